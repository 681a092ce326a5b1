package vn.tdkt.nomination.decision;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static vn.tdkt.support.outbox.OutboxWrites.pending;
import static vn.tdkt.support.outbox.OutboxWrites.stateOnly;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.events.nomination.HonourConferred;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;

/** Decisions in MongoDB, each one document with its events (the outbox in the document). */
@Repository
class DecisionRepository {

    private final MongoOperations mongo;
    private final OutboxWrites outbox;
    private volatile boolean indexed;

    DecisionRepository(MongoOperations mongo, OutboxWrites outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /** The uniqueness the aggregate relies on, created once and idempotently before the first write or read. */
    private void ensureIndexes() {
        if (!indexed) {
            var ops = mongo.indexOps(DecisionDocument.COLLECTION);
            ops.createIndex(new Index().on("grantorUnitCode", Sort.Direction.ASC).on("numberKey", Sort.Direction.ASC)
                    .unique().named("decision_number"));
            ops.createIndex(new Index().on("nominationIds", Sort.Direction.ASC).unique().named("decision_nomination"));
            ops.createIndex(new Index().on("status", Sort.Direction.ASC).on("issuedAt", Sort.Direction.ASC)
                    .named("decision_status"));
            ops.createIndex(new Index().on("grantorUnitCode", Sort.Direction.ASC).on("date", Sort.Direction.DESC)
                    .on("_id", Sort.Direction.ASC).named("decision_grantor_date"));
            indexed = true;
        }
    }

    /**
     * Stores a new decision (version 0).
     *
     * @throws org.springframework.dao.DuplicateKeyException if its number or one of its dossiers is taken
     */
    void insert(Decision decision) {
        ensureIndexes();
        outbox.insert(DecisionDocument.of(decision, List.of()));
        decision.storedAs(0);
    }

    /** Stores the decision's new state with its new events, guarded by the version it was read at. */
    void update(Decision decision, List<HonourConferred> events) {
        long stored = outbox.update(DecisionDocument.of(decision, pending(events)));
        decision.storedAs(stored);
    }

    Optional<Decision> find(DecisionId id) {
        return Optional.ofNullable(mongo.findOne(stateOnly(where("_id").is(id.value())), DecisionDocument.class))
                .map(DecisionDocument::decision);
    }

    Optional<Decision> findByNumber(String grantorUnitCode, String number) {
        ensureIndexes();
        return Optional.ofNullable(mongo.findOne(stateOnly(where("grantorUnitCode").is(grantorUnitCode)
                        .and("numberKey").is(Decision.numberKey(number))), DecisionDocument.class))
                .map(DecisionDocument::decision);
    }

    /** The decisions that already decide one of these dossiers. */
    List<Decision> deciding(Collection<String> nominationIds) {
        return mongo.find(stateOnly(where("nominationIds").in(nominationIds)), DecisionDocument.class).stream()
                .map(DecisionDocument::decision).toList();
    }

    /** A grantor unit's decisions, newest date first, then by id. */
    PageResponse<Decision> page(String grantorUnitCode, PageQuery page) {
        ensureIndexes();
        Query query = stateOnly(where("grantorUnitCode").is(grantorUnitCode));
        long total = mongo.count(query, DecisionDocument.class);
        query.with(Sort.by(Sort.Order.desc("date"), Sort.Order.asc("_id"))).skip(page.offset()).limit(page.size());
        return PageResponse.of(page, mongo.find(query, DecisionDocument.class).stream()
                .map(DecisionDocument::decision).toList(), total);
    }

    /** Decisions issued before {@code before} that have not completed: interrupted, to be completed. */
    List<Decision> unfinished(Instant before) {
        ensureIndexes();
        return mongo.find(stateOnly(where("status").ne(DecisionStatus.DECIDED).and("issuedAt").lt(before))
                        .with(Sort.by("issuedAt")).limit(100), DecisionDocument.class).stream()
                .map(DecisionDocument::decision).toList();
    }
}
