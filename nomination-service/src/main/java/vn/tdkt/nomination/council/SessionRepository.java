package vn.tdkt.nomination.council;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static vn.tdkt.support.outbox.OutboxWrites.pending;
import static vn.tdkt.support.outbox.OutboxWrites.stateOnly;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.outbox.PendingEvent;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;

/**
 * Voting sessions in MongoDB. A ballot is one atomic update of the session document that can only succeed once
 * per member and dossier while the session is open; closing is one update guarded by the number of ballots it
 * counted, so a ballot that lands meanwhile makes closing read again instead of being left out.
 */
@Repository
class SessionRepository {

    private static final String RECEIPTS = "receipts";
    private static final String BALLOTS_CAST = "ballotsCast";

    private final MongoOperations mongo;
    private final OutboxWrites outbox;

    SessionRepository(MongoOperations mongo, OutboxWrites outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    Optional<VotingSession> find(SessionId id) {
        Query query = stateOnly(where("_id").is(id.value()));
        query.fields().exclude(RECEIPTS);
        return Optional.ofNullable(mongo.findOne(query, SessionDocument.class)).map(SessionDocument::toSession);
    }

    PageResponse<VotingSession> byCouncil(String unitCode, PageQuery page) {
        Query query = stateOnly(where("councilUnitCode").is(unitCode));
        query.fields().exclude(RECEIPTS);
        long total = mongo.count(query, SessionDocument.class);
        List<VotingSession> items = mongo.find(query.with(Sort.by(Sort.Order.desc("openedAt"), Sort.Order.asc("_id")))
                .skip(page.offset()).limit(page.size()), SessionDocument.class).stream()
                .map(SessionDocument::toSession).toList();
        return PageResponse.of(page, items, total);
    }

    void insert(VotingSession session, List<NominationEvent> events) {
        session.stored(outbox.insert(SessionDocument.opened(session, pending(events))).version());
    }

    /**
     * Records one ballot: adds {@code member} to the dossier's participants (kept sorted), one to the counter of
     * {@code choice}, the receipt's hash to the sorted receipts, in one atomic update that matches only an open
     * session of which {@code member} is a member and whose dossier {@code member} has not voted on yet. The
     * version is left alone: a per-ballot version would number the ballots.
     *
     * @return false if nothing matched (closed meanwhile, or this member's ballot already counted)
     */
    boolean cast(SessionId id, String nominationId, String member, Choice choice, String receiptHash) {
        Query query = new Query(where("_id").is(id.value()).and("status").is(VotingSession.Status.OPEN.name())
                .and("members").is(member)
                .and("items").elemMatch(where("nominationId").is(nominationId).and("participants").ne(member)));
        Update update = new Update()
                .push("items.$[item].participants").sort(Sort.Direction.ASC).each(member)
                .push(RECEIPTS).sort(Sort.Direction.ASC).each(receiptHash)
                .inc("items.$[item]." + choice.counter, 1)
                .inc(BALLOTS_CAST, 1)
                .filterArray(where("item.nominationId").is(nominationId));
        // By collection name, not entity class: for an entity with @Version, MongoTemplate would increment the
        // version with every ballot, numbering them.
        return mongo.updateFirst(query, update, SessionDocument.COLLECTION).getModifiedCount() == 1;
    }

    boolean hasReceipt(SessionId id, String receiptHash) {
        return mongo.exists(new Query(where("_id").is(id.value()).and(RECEIPTS).is(receiptHash)), SessionDocument.class);
    }

    /**
     * Stores the closing and its events, only if the session is still open, at the version read, with exactly the
     * ballots the closing counted.
     *
     * @return false if a ballot or another closing came in between: read again and retry
     */
    boolean close(VotingSession session, List<NominationEvent> events) {
        VotingSession.Closing closing = session.closing();
        int counted = session.lines().stream().mapToInt(l -> l.tally().count()).sum();
        Query query = new Query(where("_id").is(session.id().value()).and("version").is(session.version())
                .and("status").is(VotingSession.Status.OPEN.name()).and(BALLOTS_CAST).is(counted));
        List<PendingEvent> pendingEvents = pending(events);
        Update update = new Update().set("status", VotingSession.Status.CLOSED.name())
                .set("closedAt", closing.closedAt()).set("closedBy", closing.closedBy())
                .set("outcomes", closing.outcomes()).set("version", session.version() + 1)
                .push(PendingEvent.FIELD).each(pendingEvents.toArray());
        if (closing.recordedRule() != null) {
            update.set("recordedRule", closing.recordedRule());
        }
        boolean closed = mongo.updateFirst(query, update, SessionDocument.class).getModifiedCount() == 1;
        if (closed) {
            session.stored(session.version() + 1);
        }
        return closed;
    }

    /** Marks a closed session's results as applied to the dossiers; no new version and no event. */
    void markApplied(SessionId id) {
        mongo.updateFirst(new Query(where("_id").is(id.value()).and("status").is(VotingSession.Status.CLOSED.name())),
                new Update().set("resultsApplied", true), SessionDocument.COLLECTION);
    }

    /** Closed sessions whose results were not applied yet, closed before {@code before}. */
    List<VotingSession> unapplied(Instant before) {
        Query query = stateOnly(new Criteria().andOperator(where("status").is(VotingSession.Status.CLOSED.name()),
                where("resultsApplied").is(false), where("closedAt").lt(before)));
        query.fields().exclude(RECEIPTS);
        return mongo.find(query.with(Sort.by("closedAt", "_id")).limit(100), SessionDocument.class).stream()
                .map(SessionDocument::toSession).toList();
    }
}
