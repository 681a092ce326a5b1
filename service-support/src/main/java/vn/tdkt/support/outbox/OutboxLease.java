package vn.tdkt.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.bson.Document;

/**
 * A lease per outbox collection in {@code outbox_leases} ({_id: collection, owner, expiresAt}), so
 * that one relay instance at a time publishes a collection's events and keeps their order.
 * Taken with one atomic upsert: it matches only if we already hold it or it has expired; if another
 * owner holds it the upsert collides on {@code _id} and we skip this round.
 */
final class OutboxLease {

    static final String COLLECTION = "outbox_leases";

    private final MongoOperations mongo;
    private final String owner;
    private final Duration duration;
    private final Clock clock;

    OutboxLease(MongoOperations mongo, String owner, Duration duration, Clock clock) {
        this.mongo = mongo;
        this.owner = owner;
        this.duration = duration;
        this.clock = clock;
    }

    /** Takes or renews the lease; returns until when we hold it, or null if someone else does. */
    Instant acquire(String collection) {
        Instant now = clock.instant();
        Instant until = now.plus(duration);
        Query query = new Query(Criteria.where("_id").is(collection)
                .orOperator(Criteria.where("owner").is(owner), Criteria.where("expiresAt").lt(Date.from(now))));
        Update update = new Update().set("owner", owner).set("expiresAt", Date.from(until));
        try {
            Document taken = mongo.findAndModify(query, update,
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
            return taken != null && owner.equals(taken.getString("owner")) ? until : null;
        } catch (DuplicateKeyException held) {
            return null;
        }
    }

    /** Gives the lease up (on shutdown), so that another instance need not wait for it to expire. */
    void release(String collection) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(collection).and("owner").is(owner)),
                new Update().set("expiresAt", Date.from(clock.instant().minusMillis(1))), COLLECTION);
    }

    String owner() {
        return owner;
    }
}
