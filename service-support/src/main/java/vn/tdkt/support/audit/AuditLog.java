package vn.tdkt.support.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * fails on the unique id and the append tries again on top of that record. Within one instance,
 * appends that arrive together are written together (see {@link #append}).
 *
 * <p>A chain alone cannot show that its newest records were cut off, so a head document in
 * {@value #HEAD_COLLECTION} follows the newest record's number and hash; verification checks the
 * chain against it. (Whoever can rewrite both collections can still rewrite history: the head's
 * hash, which verification reports, is what an operator copies elsewhere to anchor it.)
 */
public class AuditLog {

    public static final String HEAD_COLLECTION = "audit_head";
    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final String HEAD_ID = "head";
    private static final int MAX_ATTEMPTS = 200;
    /** Records per insert when many commands end at once. */
    private static final int MAX_GROUP = 256;

    private final MongoOperations mongo;
    private final Queue<Queued> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writer = new ReentrantLock();
    /** The newest record as of this instance's last write, or null when it must be read; under {@code writer}. */
    private AuditRecord tip;

    public AuditLog(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * Appends {@code entry} and returns once its record is acknowledged by the database. Concurrent appends of
     * this instance are committed as a group: whoever holds the writer lock chains everything queued meanwhile
     * and inserts it in one ordered write, so 32 commands in flight cost a few round trips rather than 32
     * sequential ones (and no longer race each other for the same sequence number). Every caller still waits
     * for the write that holds its own record. Under the lock there is one round trip, the insert: the chain's
     * tip is remembered from the last write (read again only when another instance got there first), and the
     * head moves after the lock is released, since a head behind the chain is already accepted as a crash
     * between the two writes.
     */
    AuditRecord append(AuditEntry entry) {
        // MongoDB keeps milliseconds: hash what will be read back.
        Queued mine = new Queued(new AuditEntry(entry.at().truncatedTo(ChronoUnit.MILLIS), entry.actor(),
                entry.actingUnit(), entry.roles(), entry.action(), entry.method(), entry.path(), entry.target(),
                entry.versionBefore(), entry.versionAfter(), entry.outcome(), entry.status(), entry.traceId()));
        queue.add(mine);
        AuditRecord written = null;
        writer.lock();
        try {
            while (mine.outcome == null) {
                List<Queued> group = new ArrayList<>();
                for (Queued next; group.size() < MAX_GROUP && (next = queue.poll()) != null; ) {
                    group.add(next);
                }
                if (group.isEmpty()) {
                    // taken by a writer that failed without settling it: never wait for it
                    mine.outcome = new IllegalStateException("the audit record was lost by a failed group write");
                    break;
                }
                AuditRecord last = writeGroup(group);
                written = last == null ? written : last;
            }
        } finally {
            writer.unlock();
        }
        if (written != null) {
            advanceHead(written);
        }
        // The lock orders this read after the write that settled it.
        if (mine.outcome instanceof RuntimeException failed) {
            throw failed;
        }
        return (AuditRecord) mine.outcome;
    }

    /**
     * Records how work that a command started and left running ended (an import job, say): the request that started
     * it was audited when it was answered, and this is the outcome, under the same actor and unit, with method
     * {@code JOB}. {@code status} is read as a request's would be: below 400 succeeded, 4xx rejected, 5xx failed.
     */
    public AuditRecord appendJobOutcome(Instant at, String actor, String actingUnit, String action, String path,
                                        String target, int status) {
        return append(new AuditEntry(at, actor, actingUnit, List.of(), action, "JOB", path, target, null, null,
                AuditEntry.Outcome.of(status), status, null));
    }

    /**
     * Chains {@code group} onto the newest record and inserts it; settles every member, written or failed.
     * Returns the newest record this write stored, or null.
     */
    private AuditRecord writeGroup(List<Queued> group) {
        AuditRecord stored = null;
        try {
            List<Queued> unwritten = group;
            for (int attempt = 1; ; attempt++) {
                AuditRecord last = tip != null ? tip : mongo.findOne(
                        new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1), AuditRecord.class);
                long seq = last == null ? 1 : last.seq() + 1;
                String prev = last == null ? AuditRecord.GENESIS : last.hash();
                List<AuditRecord> chained = new ArrayList<>(unwritten.size());
                for (Queued q : unwritten) {
                    AuditRecord record = AuditRecord.chain(seq++, q.entry, prev);
                    chained.add(record);
                    prev = record.hash();
                }
                try {
                    mongo.insert(chained, AuditRecord.class);
                    settle(unwritten, chained);
                    tip = chained.getLast();
                    return tip;
                } catch (DuplicateKeyException taken) {
                    // Another instance appended meanwhile. The write is ordered: a prefix may be stored.
                    tip = null;
                    AuditRecord prefix = settleStored(unwritten, chained);
                    stored = prefix == null ? stored : prefix;
                    unwritten = unwritten.stream().filter(q -> q.outcome == null).toList();
                    if (unwritten.isEmpty()) {
                        return stored;
                    }
                    if (attempt >= MAX_ATTEMPTS) {
                        throw taken;
                    }
                    // Back off a little, more the more often it happens.
                    LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(100_000L * Math.min(attempt, 20)));
                }
            }
        } catch (RuntimeException failed) {
            tip = null;
            group.stream().filter(q -> q.outcome == null).forEach(q -> q.outcome = failed);
            return stored;
        } catch (Error fatal) {
            tip = null;
            // the others of the group must not wait for ever on a record nobody will write
            IllegalStateException failed = new IllegalStateException("the audit write failed: " + fatal, fatal);
            group.stream().filter(q -> q.outcome == null).forEach(q -> q.outcome = failed);
            throw fatal;
        }
    }

    private static void settle(List<Queued> queued, List<AuditRecord> records) {
        for (int i = 0; i < queued.size(); i++) {
            queued.get(i).outcome = records.get(i);
        }
    }

    /** Settles the members whose record this write did store (same number, same hash); returns the newest of them. */
    private AuditRecord settleStored(List<Queued> queued, List<AuditRecord> attempted) {
        Query ours = Query.query(Criteria.where("_id").gte(attempted.getFirst().seq()).lte(attempted.getLast().seq()));
        Set<String> stored = new HashSet<>();
        mongo.find(ours, AuditRecord.class).forEach(r -> stored.add(r.hash()));
        AuditRecord lastStored = null;
        for (int i = 0; i < queued.size(); i++) {
            if (stored.contains(attempted.get(i).hash())) {
                queued.get(i).outcome = attempted.get(i);
                lastStored = attempted.get(i);
            }
        }
        return lastStored;
    }

    /** An entry waiting for its group's write; {@code outcome} becomes its record or the failure, under the lock. */
    private static final class Queued {
        final AuditEntry entry;
        Object outcome;

        Queued(AuditEntry entry) {
            this.entry = entry;
        }
    }

    /** Moves the head to {@code record} unless it already names a newer one (a stale upsert is a duplicate key). */
    private void advanceHead(AuditRecord record) {
        Query olderHead = Query.query(Criteria.where("_id").is(HEAD_ID).and("seq").lt(record.seq()));
        try {
            mongo.upsert(olderHead, new Update().set("seq", record.seq()).set("hash", record.hash()), HEAD_COLLECTION);
        } catch (DuplicateKeyException newerHead) {
            // another instance has appended after this record
        } catch (RuntimeException headFailed) {
            // The record is stored; a head behind the chain is what a crash between the two writes leaves, and the
            // next append moves it on. The caller's command must not look unaudited for it.
            log.warn("The audit head could not follow record {}: {}", record.seq(), headFailed.toString());
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
