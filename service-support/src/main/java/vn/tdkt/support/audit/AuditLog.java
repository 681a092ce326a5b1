package vn.tdkt.support.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;

/**
 * The per-service audit trail in its own collection, append-only and hash-chained. Appending takes
 * the next sequence number after the newest record; if another instance took it first, the insert
 * fails on the unique id and the append tries again on top of that record.
 *
 * <p>A chain alone cannot show that its newest records were cut off, so a head document in
 * {@value #HEAD_COLLECTION} follows the newest record's number and hash; verification checks the
 * chain against it. (Whoever can rewrite both collections can still rewrite history: the head's
 * hash, which verification reports, is what an operator copies elsewhere to anchor it.)
 */
public class AuditLog {

    public static final String HEAD_COLLECTION = "audit_head";
    private static final String HEAD_ID = "head";
    private static final int MAX_ATTEMPTS = 200;

    private final MongoOperations mongo;

    public AuditLog(MongoOperations mongo) {
        this.mongo = mongo;
    }

    AuditRecord append(AuditEntry entry) {
        // MongoDB keeps milliseconds: hash what will be read back.
        AuditEntry stored = new AuditEntry(entry.at().truncatedTo(ChronoUnit.MILLIS), entry.actor(), entry.actingUnit(),
                entry.roles(), entry.action(), entry.method(), entry.path(), entry.target(), entry.versionBefore(),
                entry.versionAfter(), entry.outcome(), entry.status(), entry.traceId());
        for (int attempt = 1; ; attempt++) {
            AuditRecord last = mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1),
                    AuditRecord.class);
            AuditRecord next = last == null ? AuditRecord.chain(1, stored, AuditRecord.GENESIS)
                    : AuditRecord.chain(last.seq() + 1, stored, last.hash());
            try {
                AuditRecord appended = mongo.insert(next);
                advanceHead(appended);
                return appended;
            } catch (DuplicateKeyException taken) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw taken;
                }
                // Another instance appended meanwhile: back off a little, more the more often it happens.
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(100_000L * Math.min(attempt, 20)));
            }
        }
    }

    /** Moves the head to {@code record} unless it already names a newer one (a stale upsert is a duplicate key). */
    private void advanceHead(AuditRecord record) {
        Query olderHead = Query.query(Criteria.where("_id").is(HEAD_ID).and("seq").lt(record.seq()));
        try {
            mongo.upsert(olderHead, new Update().set("seq", record.seq()).set("hash", record.hash()), HEAD_COLLECTION);
        } catch (DuplicateKeyException newerHead) {
            // another instance has appended after this record
        }
    }

    /** Newest first; every filter is optional and they combine. */
    public PageResponse<AuditRecord> find(AuditFilter filter, PageQuery page) {
        Criteria criteria = new Criteria();
        if (filter.actor() != null) {
            criteria.and("actor").is(filter.actor());
        }
        if (filter.action() != null) {
            criteria.and("action").is(filter.action());
        }
        if (filter.target() != null) {
            criteria.and("target").is(filter.target());
        }
        if (filter.outcome() != null) {
            criteria.and("outcome").is(filter.outcome());
        }
        if (filter.from() != null || filter.to() != null) {
            Criteria at = criteria.and("at");
            if (filter.from() != null) {
                at.gte(filter.from());
            }
            if (filter.to() != null) {
                at.lt(filter.to());
            }
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, AuditRecord.class);
        List<AuditRecord> items = mongo.find(Query.of(query).with(Sort.by(Sort.Direction.DESC, "_id"))
                .skip(page.offset()).limit(page.size()), AuditRecord.class);
        return PageResponse.of(page, items, total);
    }

    /** Walks the whole chain in order and reports the first record that is missing, moved or altered. */
    public Verification verify() {
        long checked = 0;
        long expectedSeq = 1;
        String expectedPrev = AuditRecord.GENESIS;
        try (Stream<AuditRecord> records = mongo.stream(new Query().with(Sort.by("_id")), AuditRecord.class)) {
            for (AuditRecord record : (Iterable<AuditRecord>) records::iterator) {
                checked++;
                if (record.seq() != expectedSeq) {
                    return Verification.brokenAt(checked, expectedSeq, "record " + expectedSeq + " is missing");
                }
                if (!expectedPrev.equals(record.prevHash())) {
                    return Verification.brokenAt(checked, record.seq(),
                            "record " + record.seq() + " does not follow record " + (record.seq() - 1));
                }
                if (!record.computeHash().equals(record.hash())) {
                    return Verification.brokenAt(checked, record.seq(),
                            "record " + record.seq() + " was changed after it was written");
                }
                expectedSeq++;
                expectedPrev = record.hash();
            }
        }
        return againstHead(checked, expectedSeq - 1, expectedPrev);
    }

    /** The chain read so far ends at {@code lastSeq}: the head must not name a later or another record. */
    private Verification againstHead(long checked, long lastSeq, String lastHash) {
        Document head = mongo.getCollection(HEAD_COLLECTION).find(new Document("_id", HEAD_ID)).first();
        if (head == null) {
            return checked == 0 ? Verification.intact(0, null)
                    : Verification.brokenAt(checked, lastSeq, "the head of the trail is missing");
        }
        long headSeq = head.get("seq", Number.class).longValue();
        if (headSeq > lastSeq) {
            return Verification.brokenAt(checked, lastSeq + 1, "records " + (lastSeq + 1) + " to " + headSeq
                    + " are missing: the head names record " + headSeq);
        }
        if (headSeq == lastSeq && !lastHash.equals(head.getString("hash"))) {
            return Verification.brokenAt(checked, lastSeq, "record " + lastSeq + " is not the one the head names");
        }
        // A head behind the chain is an append whose head update did not happen (a crash in between).
        return Verification.intact(checked, lastHash);
    }

    /** Optional filters of the audit list. */
    public record AuditFilter(String actor, String action, String target, String outcome, Instant from, Instant to) {
    }
}
