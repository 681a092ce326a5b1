package vn.tdkt.nomination.dossier;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.support.problem.FieldError;

/**
 * A bulk import of dossiers as stored, so that every instance answers its progress: counters advanced by the
 * instance running it, and a heartbeat by which another instance tells that it stopped. It names no person:
 * errors name lines and columns, and the file itself is only on the running instance's disk.
 *
 * @param unitCode    the nominating unit of every row (whose subtree may read the job)
 * @param fileSha256  the file's SHA-256: the dossiers' ids derive from it, so a re-sent file skips what was written
 * @param rowsSkipped rows already written by an earlier import of the same file (ids from the file and line)
 */
@Document(ImportJobDocument.COLLECTION)
record ImportJobDocument(@Id String id, ImportJobStatus status, boolean dryRun, String unitCode, String addressedTo,
                         String importer, String fileSha256, long rowsRead, long rowsWritten, long rowsSkipped,
                         long errorCount, List<FieldError> errors, Instant createdAt, Instant finishedAt,
                         Instant heartbeatAt) {

    static final String COLLECTION = "nomination_imports";

    ImportJobDocument {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
