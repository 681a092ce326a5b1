package vn.tdkt.nomination.dossier;

/** The workflow's states as stored and listed; the moves each allows are in {@link State}. */
enum Status {
    DRAFT, SUBMITTED, APPRAISED, RETURNED, APPROVED, NOT_APPROVED, DECIDED, FORWARDED;

    /**
     * Counts against a second nomination of the same nominee for the same award and year. Not approved ends
     * the proposal; forwarded goes on as the new nomination at the level above, which counts instead.
     */
    boolean live() {
        return this != NOT_APPROVED && this != FORWARDED;
    }
}
