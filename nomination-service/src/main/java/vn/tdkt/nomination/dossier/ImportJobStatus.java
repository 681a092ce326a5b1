package vn.tdkt.nomination.dossier;

/**
 * Where a bulk import stands: {@code VALIDATING → WRITING → SUCCEEDED}; or {@code REJECTED} (a bad row: nothing
 * written) or {@code FAILED} (the infrastructure failed, or the instance running it stopped).
 */
enum ImportJobStatus {
    VALIDATING, WRITING, SUCCEEDED, REJECTED, FAILED;

    boolean running() {
        return this == VALIDATING || this == WRITING;
    }
}
