package vn.tdkt.nomination.initiative;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static vn.tdkt.support.outbox.OutboxWrites.pending;
import static vn.tdkt.support.outbox.OutboxWrites.stateOnly;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;

/** Initiatives in MongoDB, each written with its events in one document write. */
@Repository
class InitiativeRepository {

    private final MongoOperations mongo;
    private final OutboxWrites outbox;
    private volatile boolean indexed;

    InitiativeRepository(MongoOperations mongo, OutboxWrites outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /** Every dossier drafted reads its nominee's initiatives (the prefill): by author, not a collection scan. */
    private void ensureIndex() {
        if (!indexed) {
            mongo.indexOps(InitiativeDocument.COLLECTION).createIndex(
                    new Index().on("authorIds", Sort.Direction.ASC).named("author_ids"));
            indexed = true;
        }
    }

    Optional<Initiative> find(InitiativeId id) {
        return Optional.ofNullable(mongo.findOne(stateOnly(where("_id").is(id.value())), InitiativeDocument.class))
                .map(InitiativeDocument::toInitiative);
    }

    PageResponse<Initiative> byUnit(String unitCode, PageQuery page) {
        Query query = stateOnly(where("unitCode").is(unitCode));
        long total = mongo.count(query, InitiativeDocument.class);
        List<Initiative> items = mongo.find(query.with(Sort.by("recognizedOn", "_id")).skip(page.offset())
                .limit(page.size()), InitiativeDocument.class).stream().map(InitiativeDocument::toInitiative).toList();
        return PageResponse.of(page, items, total);
    }

    List<Initiative> byAuthor(String authorId) {
        ensureIndex();
        return mongo.find(stateOnly(where("authorIds").is(authorId)).with(Sort.by("_id")), InitiativeDocument.class)
                .stream().map(InitiativeDocument::toInitiative).toList();
    }

    /**
     * {@link #byAuthor} as ledger entries, read with the driver: every dossier filed without its initiatives reads
     * its nominee's, and Spring Data's mapping of query and documents cost several times the round trip. Only the
     * ledger's fields are asked for; InitiativeRepositoryTest holds the two reads equal.
     */
    List<InitiativeLedger.Entry> entriesByAuthor(String authorId) {
        ensureIndex();
        List<InitiativeLedger.Entry> entries = new ArrayList<>();
        for (Document d : mongo.getCollection(InitiativeDocument.COLLECTION).find(Filters.eq("authorIds", authorId))
                .projection(Projections.include("scope", "effectivelyApplied", "recognizedBy", "usage.proposalId"))
                .sort(Sorts.ascending("_id"))) {
            Document usage = d.get("usage", Document.class);
            entries.add(new InitiativeLedger.Entry(d.getString("_id"), d.getString("scope"),
                    Boolean.TRUE.equals(d.getBoolean("effectivelyApplied")), d.getString("recognizedBy"),
                    usage == null ? "" : usage.getString("proposalId")));
        }
        return entries;
    }

    /** The initiatives any of these people authored, by id (each once). */
    List<Initiative> byAuthors(Collection<String> authorIds) {
        if (authorIds.isEmpty()) {
            return List.of();
        }
        ensureIndex();
        return mongo.find(stateOnly(where("authorIds").in(authorIds)).with(Sort.by("_id")), InitiativeDocument.class)
                .stream().map(InitiativeDocument::toInitiative).toList();
    }

    /** The ledger's uses for one nominee and award. */
    List<Usage> usesOf(String nomineeId, String awardCode) {
        return mongo.find(stateOnly(where("usage.nomineeId").is(nomineeId).and("usage.awardCode").is(awardCode)),
                InitiativeDocument.class).stream().map(InitiativeDocument::usage).toList();
    }

    void insert(Initiative initiative, List<NominationEvent> events) {
        InitiativeDocument stored = outbox.insert(InitiativeDocument.of(initiative, pending(events)));
        initiative.stored(stored.version());
    }

    void update(Initiative initiative, List<NominationEvent> events) {
        initiative.stored(outbox.update(InitiativeDocument.of(initiative, pending(events))));
    }
}
