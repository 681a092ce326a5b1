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
 * A lease per outbox collection in {@code outbox_leases} ({_id: collection, owner, expiresAt, generation}), so
 * that one relay instance at a time publishes a collection's events and keeps their order.
 * Renewed with one atomic update that matches only our own lease; taken with one atomic upsert that matches
 * only an expired one and increments {@code generation}; if another owner holds it the upsert collides on
 * {@code _id} and we skip this round.
 *
 * <p>The lease alone cannot stop an owner that stalled past its expiry (a GC pause, a stopped VM, a clock
 * running behind): it still believes it holds the lease. {@code generation} tells the relay that a lease is
 * a new term, and the relay then initialises its transactional producer anew, which fences the producer of
 * every earlier term: that, not the lease, is what stops a stale owner's sends.
 */
final class OutboxLease {

    static final String COLLECTION = "outbox_leases";

    /** A term of the lease: held until {@code until}, the {@code generation}-th owner change of the collection. */
    record Lease(Instant until, long generation) {
    }

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

    /** Renews our lease or takes an expired one; returns the term we hold, or null if someone else holds it. */
    Lease acquire(String collection) {
        Instant now = clock.instant();
        Instant until = now.plus(duration);
        FindAndModifyOptions returnNew = FindAndModifyOptions.options().returnNew(true);
        Document renewed = mongo.findAndModify(new Query(Criteria.where("_id").is(collection).and("owner").is(owner)),
                new Update().set("expiresAt", Date.from(until)), returnNew, Document.class, COLLECTION);
        if (renewed != null) {
            return new Lease(until, generation(renewed));
        }
        // Two steps, never one with a conditional $inc: a renewal keeps the term (and the producer), a take starts one.
        Query expired = new Query(Criteria.where("_id").is(collection).and("expiresAt").lt(Date.from(now)));
        Update take = new Update().set("owner", owner).set("expiresAt", Date.from(until)).inc("generation", 1L);
        try {
            Document taken = mongo.findAndModify(expired, take, returnNew.upsert(true), Document.class, COLLECTION);
            return taken != null && owner.equals(taken.getString("owner")) ? new Lease(until, generation(taken)) : null;
        } catch (DuplicateKeyException held) {
            return null;
        }
    }

    private static long generation(Document lease) {
        return lease.get("generation") instanceof Number n ? n.longValue() : 0;
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
