package vn.tdkt.nomination.dossier;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.FieldError;

/**
 * Bulk imports' jobs in MongoDB. Every change after the start is conditional on the job still running, so a job
 * another instance has declared failed (its heartbeat stale) is never brought back by a late progress update.
 */
@Repository
class ImportJobRepository {

    private static final List<String> RUNNING = List.of(ImportJobStatus.VALIDATING.name(),
            ImportJobStatus.WRITING.name());

    private final MongoOperations mongo;

    ImportJobRepository(MongoOperations mongo) {
        this.mongo = mongo;
    }

    void insert(ImportJobDocument job) {
        mongo.insert(job);
    }

    Optional<ImportJobDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ImportJobDocument.class));
    }

    /** The counters and phase so far; false when the job no longer runs (declared failed meanwhile). */
    boolean progress(String id, ImportJobStatus status, long rowsRead, long rowsWritten, long rowsSkipped,
                     Instant now) {
        return mongo.updateFirst(running(id), new Update().set("status", status).set("rowsRead", rowsRead)
                        .set("rowsWritten", rowsWritten).set("rowsSkipped", rowsSkipped).set("heartbeatAt", now),
                ImportJobDocument.class).getMatchedCount() == 1;
    }

    /** The end of a job that was still running: its outcome, final counters and errors. */
    boolean finish(String id, ImportJobStatus status, long rowsRead, long rowsWritten, long rowsSkipped,
                   long errorCount, List<FieldError> errors, Instant now) {
        return mongo.updateFirst(running(id), new Update().set("status", status).set("rowsRead", rowsRead)
                .set("rowsWritten", rowsWritten).set("rowsSkipped", rowsSkipped).set("errorCount", errorCount)
                .set("errors", errors).set("finishedAt", now).set("heartbeatAt", now),
                ImportJobDocument.class).getMatchedCount() == 1;
    }

    /** This instance is still at work on these jobs (queued or running). */
    void heartbeat(Collection<String> ids, Instant now) {
        if (!ids.isEmpty()) {
            mongo.updateMulti(new Query(where("_id").in(ids).and("status").in(RUNNING)),
                    new Update().set("heartbeatAt", now), ImportJobDocument.class);
        }
    }

    /** Marks FAILED every running job whose heartbeat is older than {@code staleBefore}; how many were. */
    long failStale(Instant staleBefore, FieldError why, Instant now) {
        return mongo.updateMulti(new Query(where("status").in(RUNNING).and("heartbeatAt").lt(staleBefore)),
                new Update().set("status", ImportJobStatus.FAILED).set("finishedAt", now).set("errorCount", 1)
                        .set("errors", List.of(why)), ImportJobDocument.class).getModifiedCount();
    }

    /** The jobs of these units (all when null), newest first, then by id. */
    PageResponse<ImportJobDocument> page(Set<String> unitCodes, PageQuery page) {
        Query query = unitCodes == null ? new Query() : new Query(where("unitCode").in(unitCodes));
        long total = mongo.count(query, ImportJobDocument.class);
        List<ImportJobDocument> items = mongo.find(query.with(Sort.by(Sort.Direction.DESC, "createdAt", "_id"))
                .skip(page.offset()).limit(page.size()), ImportJobDocument.class);
        return PageResponse.of(page, items, total);
    }

    private static Query running(String id) {
        return new Query(new Criteria().andOperator(where("_id").is(id), where("status").in(RUNNING)));
    }
}
