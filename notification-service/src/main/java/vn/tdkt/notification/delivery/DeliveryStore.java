package vn.tdkt.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bson.Document;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;

/**
 * Every write to {@code deliveries} is a single-document atomic operation, so that any number of
 * instances can share the work without a lock: inserts rely on the unique (eventId, recipient, channel) index,
 * claims are one findAndModify, and state changes after a send only apply while the claim is still ours.
 */
@Component
class DeliveryStore {

    static final String DUE_INDEX = "due";
    static final String SENT_TTL_INDEX = "sent_ttl";
    static final String UNIQUE_INDEX = "event_recipient_channel_unique";
    static final String OLD_UNIQUE_INDEX = "event_recipient_unique";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoOperations mongo;

    DeliveryStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * The indexes, and {@code dueAt} for deliveries written before it existed. {@code due} is sparse: only
     * deliveries still to send carry {@code dueAt}, so the claim reads those and nothing of the history
     * (real MongoDB and embedded-mongo both use a sparse index for a {@code $lte} on a date). {@code sent_ttl}
     * removes SENT deliveries once {@code sentRetention} has passed (only they have {@code sentAt}).
     */
    void createIndexes(Duration sentRetention) {
        var indexes = mongo.indexOps(Delivery.class);
        migrateToChannelKey(indexes);
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC)
                .named("status_due"));
        indexes.createIndex(new Index().on("recipient", Sort.Direction.ASC).named("recipient"));
        indexes.createIndex(new Index().on("dueAt", Sort.Direction.ASC).sparse().named(DUE_INDEX));
        // A changed retention cannot be applied to an existing TTL index by createIndex: replace it.
        indexes.getIndexInfo().stream()
                .filter(info -> info.getName().equals(SENT_TTL_INDEX)
                        && !info.getExpireAfter().equals(Optional.of(sentRetention)))
                .findFirst().ifPresent(stale -> dropRacing(indexes));
        indexes.createIndex(new Index().on("sentAt", Sort.Direction.ASC).expire(sentRetention).named(SENT_TTL_INDEX));
        backfillDueAt();
    }

    /**
     * One delivery per (event, recipient, channel). Deliveries stored before {@code channel} existed are e-mails:
     * they get {@code channel: EMAIL} first, then the new unique index is built (it would fail on a duplicate, and
     * there is none: the old index was stricter), and only then the old (eventId, recipient) index goes, so a
     * uniqueness index is in force at every moment. Idempotent: every instance runs it at start.
     */
    private void migrateToChannelKey(IndexOperations indexes) {
        mongo.updateMulti(Query.query(Criteria.where("channel").exists(false)), new Update().set("channel",
                Channel.EMAIL), Delivery.class);
        indexes.createIndex(new Index().on("eventId", Sort.Direction.ASC).on("recipient", Sort.Direction.ASC)
                .on("channel", Sort.Direction.ASC).unique().named(UNIQUE_INDEX));
        if (indexes.getIndexInfo().stream().anyMatch(info -> info.getName().equals(OLD_UNIQUE_INDEX))) {
            try {
                indexes.dropIndex(OLD_UNIQUE_INDEX);
            } catch (DataAccessException droppedByAnotherInstance) {
                // the same migration ran concurrently elsewhere
            }
        }
    }

    /** Another instance starting with the same new retention may have dropped it first. */
    private static void dropRacing(IndexOperations indexes) {
        try {
            indexes.dropIndex(SENT_TTL_INDEX);
        } catch (DataAccessException alreadyDropped) {
            // the createIndex that follows settles it
        }
    }

    private void backfillDueAt() {
        Query unmarked = Query.query(Criteria.where("status")
                .in(DeliveryStatus.PENDING, DeliveryStatus.FAILED, DeliveryStatus.SENDING).and("dueAt").exists(false));
        for (Delivery delivery : mongo.find(unmarked, Delivery.class)) {
            Instant due = delivery.status() == DeliveryStatus.SENDING ? delivery.claimExpiresAt() : delivery.nextAttemptAt();
            mongo.updateFirst(Query.query(Criteria.where("_id").is(delivery.id()).and("status").is(delivery.status())
                            .and("dueAt").exists(false)),
                    new Update().set("dueAt", due == null ? Instant.EPOCH : due), Delivery.class);
        }
    }

    /** Inserts the delivery unless one for the same (eventId, recipient, channel) exists; returns whether it was new. */
    boolean insertIfAbsent(Delivery delivery) {
        try {
            mongo.insert(delivery);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    /**
     * Inserts the deliveries in one unordered bulk write; those whose (eventId, recipient, channel) exists are
     * skipped by the unique index, the others go in all the same. Returns how many were new.
     */
    int insertAllIfAbsent(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return 0;
        }
        try {
            return mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Delivery.class).insert(deliveries).execute()
                    .getInsertedCount();
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
            return e.getResult().getInsertedCount();
        }
    }

    /**
     * Atomically takes the most overdue delivery that is due: PENDING, FAILED with nextAttemptAt reached, or
     * SENDING whose claim expired (all three are what {@code dueAt} marks), counting the attempt. While it is
     * claimed, {@code dueAt} is the claim's expiry, so that a claim whose instance died is taken over.
     */
    Optional<Delivery> claimNext(Instant now, Duration claimTimeout) {
        Instant expires = now.plus(claimTimeout);
        Update claim = claimUpdate(UUID.randomUUID().toString(), expires);
        return Optional.ofNullable(mongo.findAndModify(claimQuery(now), claim,
                FindAndModifyOptions.options().returnNew(true), Delivery.class));
    }

    /**
     * Takes up to {@code limit} due deliveries with one conditional update: reads the ids of the most overdue
     * ({@code due} index), then sets the claim on those still due ({@code dueAt <= now}: a delivery another
     * dispatcher claimed meanwhile has its claim's expiry there, in the future, so it is skipped), all with one
     * claim token, and reads back what carries that token. Each document's update is atomic, so two claims never
     * share a delivery; a claimer that lost every candidate to another one reads the next due ones. The candidates
     * are a random part of the {@code spread} × {@code limit} most overdue, so that one instance's senders, claiming
     * at the same moment, mostly take different deliveries. Three round trips for {@code limit} deliveries instead
     * of one findAndModify each.
     */
    List<Delivery> claim(Instant now, Duration claimTimeout, int limit, int spread) {
        if (limit <= 1) {
            return claimNext(now, claimTimeout).map(List::of).orElse(List.of());
        }
        for (int tries = 0; tries < 3; tries++) {
            Query due = claimQuery(now).limit(limit * Math.max(1, spread));
            due.fields().include("_id");
            List<String> candidates = new ArrayList<>(mongo.find(due, Document.class, Delivery.COLLECTION).stream()
                    .map(d -> d.getString("_id")).toList());
            if (candidates.isEmpty()) {
                return List.of();
            }
            if (candidates.size() > limit) {
                Collections.shuffle(candidates, ThreadLocalRandom.current());
                candidates = candidates.subList(0, limit);
            }
            String token = UUID.randomUUID().toString();
            Instant expires = now.plus(claimTimeout);
            mongo.updateMulti(Query.query(Criteria.where("_id").in(candidates).and("dueAt").lte(now)),
                    claimUpdate(token, expires), Delivery.class);
            List<Delivery> claimed = mongo.find(Query.query(Criteria.where("_id").in(candidates)
                    .and("claimToken").is(token)), Delivery.class);
            if (!claimed.isEmpty()) {
                return claimed.stream().sorted(Comparator.comparing(Delivery::createdAt)).toList();
            }
        }
        return List.of();
    }

    private static Update claimUpdate(String token, Instant expires) {
        return new Update()
                .set("status", DeliveryStatus.SENDING)
                .set("claimToken", token)
                .set("claimExpiresAt", expires)
                .set("dueAt", expires)
                .inc("attempts", 1);
    }

    /** An index range over {@code due} and nothing else: no status, no {@code $or}, sorted by that index. */
    static Query claimQuery(Instant now) {
        return Query.query(Criteria.where("dueAt").lte(now)).with(Sort.by("dueAt"));
    }

    boolean markSent(Delivery claimed, Instant now) {
        return finish(claimed, new Update().set("status", DeliveryStatus.SENT).set("sentAt", now).set("lastError", null)
                .unset("dueAt"));
    }

    /** FAILED is due again at {@code nextAttemptAt}; DEAD is never due (until an operator requeues it). */
    boolean markFailed(Delivery claimed, DeliveryStatus status, Instant nextAttemptAt, String error) {
        Update update = new Update().set("status", status).set("nextAttemptAt", nextAttemptAt).set("lastError", error);
        if (status == DeliveryStatus.FAILED) {
            update.set("dueAt", nextAttemptAt);
        } else {
            update.unset("dueAt");
        }
        return finish(claimed, update);
    }

    /** FAILED and due at {@code nextAttemptAt}, the claim's attempt taken back: the send never reached a server. */
    boolean releaseUncounted(Delivery claimed, Instant nextAttemptAt, String error) {
        return finish(claimed, new Update().set("status", DeliveryStatus.FAILED).set("nextAttemptAt", nextAttemptAt)
                .set("dueAt", nextAttemptAt).set("lastError", error).inc("attempts", -1));
    }

    /** Served by {@code status_due} (equality on status); DEAD deliveries are never claimed, so no claim races this. */
    long requeueDead(Optional<UUID> eventId, List<String> ids, Instant now) {
        Criteria dead = Criteria.where("status").is(DeliveryStatus.DEAD);
        eventId.ifPresent(id -> dead.and("eventId").is(id.toString()));
        if (!ids.isEmpty()) {
            dead.and("_id").in(ids);
        }
        return mongo.updateMulti(Query.query(dead), new Update().set("status", DeliveryStatus.PENDING)
                .set("attempts", 0).set("nextAttemptAt", now).set("dueAt", now), Delivery.class).getModifiedCount();
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
        filter.status().ifPresent(status -> query.addCriteria(Criteria.where("status").in(status.stored())));
        filter.eventType().ifPresent(type -> query.addCriteria(Criteria.where("eventType").is(type)));
        if (filter.from().isPresent() || filter.to().isPresent()) {
            Criteria created = Criteria.where("createdAt");
            filter.from().ifPresent(created::gte);
            filter.to().ifPresent(created::lt);
            query.addCriteria(created);
        }
        long total = mongo.count(query, Delivery.class);
        List<Delivery> items = mongo.find(query.with(Sort.by("createdAt", "recipient", "_id")).skip(page.offset())
                .limit(page.size()), Delivery.class);
        return PageResponse.of(page, items, total);
    }
}
