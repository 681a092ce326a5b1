package vn.tdkt.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;

/**
 * Every write to {@code deliveries} is a single-document atomic operation, so that any number of
 * instances can share the work without a lock: inserts rely on the unique (eventId, recipient) index,
 * claims are one findAndModify, and state changes after a send only apply while the claim is still ours.
 */
@Component
class DeliveryStore {

    private final MongoOperations mongo;

    DeliveryStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    void createIndexes() {
        var indexes = mongo.indexOps(Delivery.class);
        indexes.createIndex(new Index().on("eventId", Sort.Direction.ASC).on("recipient", Sort.Direction.ASC)
                .unique().named("event_recipient_unique"));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC)
                .named("status_due"));
        indexes.createIndex(new Index().on("recipient", Sort.Direction.ASC).named("recipient"));
    }

    /** Inserts the delivery unless one for the same (eventId, recipient) exists; returns whether it was new. */
    boolean insertIfAbsent(Delivery delivery) {
        try {
            mongo.insert(delivery);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    /**
     * Atomically takes the most overdue delivery that is due (PENDING or FAILED with nextAttemptAt reached)
     * or whose previous claim expired, counting the attempt.
     */
    Optional<Delivery> claimNext(Instant now, Duration claimTimeout) {
        Criteria due = Criteria.where("status").in(DeliveryStatus.PENDING, DeliveryStatus.FAILED)
                .and("nextAttemptAt").lte(now);
        Criteria abandoned = Criteria.where("status").is(DeliveryStatus.SENDING).and("claimExpiresAt").lte(now);
        Query query = Query.query(new Criteria().orOperator(due, abandoned))
                .with(Sort.by("nextAttemptAt", "createdAt"));
        Update claim = new Update()
                .set("status", DeliveryStatus.SENDING)
                .set("claimToken", UUID.randomUUID().toString())
                .set("claimExpiresAt", now.plus(claimTimeout))
                .inc("attempts", 1);
        return Optional.ofNullable(mongo.findAndModify(query, claim,
                FindAndModifyOptions.options().returnNew(true), Delivery.class));
    }

    boolean markSent(Delivery claimed, Instant now) {
        return finish(claimed, new Update().set("status", DeliveryStatus.SENT).set("sentAt", now).set("lastError", null));
    }

    boolean markFailed(Delivery claimed, DeliveryStatus status, Instant nextAttemptAt, String error) {
        return finish(claimed, new Update().set("status", status).set("nextAttemptAt", nextAttemptAt)
                .set("lastError", error));
    }

    /** Applies only while the claim is still ours: a claim that expired and was taken over is not overwritten. */
    private boolean finish(Delivery claimed, Update update) {
        Query ours = Query.query(Criteria.where("_id").is(claimed.id())
                .and("status").is(DeliveryStatus.SENDING).and("claimToken").is(claimed.claimToken()));
        update.unset("claimToken").unset("claimExpiresAt");
        return mongo.updateFirst(ours, update, Delivery.class).getModifiedCount() == 1;
    }

    PageResponse<Delivery> find(DeliveryFilter filter, PageQuery page) {
        Query query = new Query();
        filter.recipient().ifPresent(recipient -> query.addCriteria(Criteria.where("recipient").is(recipient)));
        filter.eventId().ifPresent(eventId -> query.addCriteria(Criteria.where("eventId").is(eventId.toString())));
        filter.withinUnit().ifPresent(unit -> query.addCriteria(Criteria.where("unitPath").is(unit)));
        long total = mongo.count(query, Delivery.class);
        List<Delivery> items = mongo.find(query.with(Sort.by("createdAt", "recipient", "_id")).skip(page.offset())
                .limit(page.size()), Delivery.class);
        return PageResponse.of(page, items, total);
    }
}
