package vn.tdkt.nomination.dossier;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static vn.tdkt.support.outbox.OutboxWrites.pending;
import static vn.tdkt.support.outbox.OutboxWrites.stateOnly;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.RawBsonDocument;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.PartialIndexFilter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.security.UnitTree;
import vn.tdkt.support.unitdirectory.DirectoryUnit;

/** Nominations in MongoDB, each written with its events in one document write; and the subtrees lists need. */
@Repository
class NominationRepository {

    private final MongoOperations mongo;
    private final OutboxWrites outbox;
    private volatile boolean indexed;

    NominationRepository(MongoOperations mongo, OutboxWrites outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /** The unique live key, and the indexes of the lists; created once, idempotently. */
    private void ensureIndexes() {
        if (!indexed) {
            var ops = mongo.indexOps(NominationDocument.COLLECTION);
            ops.createIndex(new Index().on("liveKey", Sort.Direction.ASC).unique().named("live_key")
                    .partial(PartialIndexFilter.of(where("liveKey").exists(true))));
            ops.createIndex(new Index().on("addressedTo", Sort.Direction.ASC).on("year", Sort.Direction.ASC)
                    .named("addressed_year"));
            ops.createIndex(new Index().on("nominatingUnitCode", Sort.Direction.ASC).named("nominating"));
            ops.createIndex(new Index().on("searchTerms", Sort.Direction.ASC).named("search_terms"));
            indexed = true;
        }
    }

    Optional<Nomination> find(NominationId id) {
        return Optional.ofNullable(mongo.findOne(stateOnly(where("_id").is(id.value())), NominationDocument.class))
                .map(NominationDocument::toNomination);
    }

    /** The dossiers among {@code ids} that exist, keyed by id. */
    Map<String, Nomination> findAll(Collection<String> ids) {
        return mongo.find(stateOnly(where("_id").in(ids)), NominationDocument.class).stream()
                .map(NominationDocument::toNomination)
                .collect(Collectors.toMap(n -> n.id().value(), Function.identity()));
    }

    /** The live dossier holding this nominee, award and year, if any. */
    Optional<Nomination> findLive(String liveKey) {
        ensureIndexes();
        return Optional.ofNullable(mongo.findOne(stateOnly(live(liveKey)), NominationDocument.class))
                .map(NominationDocument::toNomination);
    }

    /**
     * The live key's filter, stating the partial index's own condition too: a planner may take the partial
     * {@code live_key} index only for a filter that visibly implies {@code liveKey: {$exists: true}}
     * (embedded-mongo compares the conditions as written), else every create scans the whole collection.
     */
    static Criteria live(String liveKey) {
        return new Criteria().andOperator(where("liveKey").is(liveKey), where("liveKey").exists(true));
    }

    /** As {@link #live}, for any of several keys: without it each batch of an import scanned the collection. */
    static Criteria liveAmong(Collection<String> liveKeys) {
        return new Criteria().andOperator(where("liveKey").in(liveKeys), where("liveKey").exists(true));
    }

    void insert(Nomination nomination, List<NominationEvent> events) {
        ensureIndexes();
        NominationDocument stored = outbox.insert(NominationDocument.of(nomination, pending(events)));
        nomination.stored(stored.version());
    }

    void update(Nomination nomination, List<NominationEvent> events) {
        ensureIndexes();
        nomination.stored(outbox.update(NominationDocument.of(nomination, pending(events))));
    }

    /** The live dossiers holding any of these keys: live key → id (a bulk import's duplicate check). */
    Map<String, String> liveIds(Collection<String> liveKeys) {
        ensureIndexes();
        if (liveKeys.isEmpty()) {
            return Map.of();
        }
        Query query = new Query(liveAmong(liveKeys));
        query.fields().include("_id", "liveKey");
        return mongo.find(query, org.bson.Document.class, NominationDocument.COLLECTION).stream()
                .collect(Collectors.toMap(d -> d.getString("liveKey"), d -> d.getString("_id"), (a, b) -> a));
    }

    /**
     * Removes the drafts among these ids that nobody has touched since they were written (status DRAFT, version
     * 0): an import taking back what it wrote when it cannot finish. Answers how many went.
     */
    long removeUntouchedDrafts(Collection<String> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        Query untouched = new Query(where("_id").in(ids).and("status").is(Status.DRAFT.name()).and("version").is(0L));
        return mongo.remove(untouched, NominationDocument.COLLECTION).getDeletedCount();
    }

    /** Which of these ids are stored. */
    Set<String> existing(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Query query = new Query(where("_id").in(ids));
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, NominationDocument.COLLECTION).stream()
                .map(d -> d.getString("_id")).collect(Collectors.toSet());
    }

    /** Drafts encoded for {@link #insertEncoded}, in the order of {@code drafts}. */
    record Encoded(List<Nomination> drafts, List<RawBsonDocument> documents) {
    }

    /**
     * New drafts as the bytes {@link #insertEncoded} sends, encoded by {@link NominationBson} rather than the
     * converter (the import's largest cost); apart from the sending, so that it can run on another thread (an
     * import prepares the next batch meanwhile).
     */
    Encoded encodeDrafts(List<Nomination> drafts) {
        List<RawBsonDocument> documents = new ArrayList<>(drafts.size());
        for (Nomination draft : drafts) {
            draft.stored(0);
            // a draft has no event (as POST); stored at version 0, as a single insert would
            documents.add(NominationBson.encodeDraft(NominationDocument.of(draft, List.of())));
        }
        return new Encoded(List.copyOf(drafts), documents);
    }

    /**
     * Inserts encoded drafts in one unordered bulk write (a CSV import). The ones refused as duplicates (their
     * id, or their live key, already taken) are returned; the rest are written whatever their order.
     */
    List<Nomination> insertEncoded(Encoded encoded) {
        ensureIndexes();
        if (encoded.drafts().isEmpty()) {
            return List.of();
        }
        try {
            mongo.execute(NominationDocument.COLLECTION, collection -> collection.withDocumentClass(
                    RawBsonDocument.class).insertMany(encoded.documents(), new InsertManyOptions().ordered(false)));
            return List.of();
        } catch (RuntimeException e) {
            // translated by execute() or not, the driver's bulk failure says which documents were refused
            MongoBulkWriteException bulk = e instanceof MongoBulkWriteException direct ? direct
                    : e.getCause() instanceof MongoBulkWriteException cause ? cause : null;
            if (bulk == null) {
                throw e;
            }
            List<Nomination> duplicates = new ArrayList<>();
            for (BulkWriteError error : bulk.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                duplicates.add(encoded.drafts().get(error.getIndex()));
            }
            return duplicates;
        }
    }

    private static final int DUPLICATE_KEY = 11000;

    /** One page of the dossiers matching every filter given, oldest first, then by id. */
    PageResponse<Nomination> search(Filter filter, PageQuery page) {
        ensureIndexes();
        List<Criteria> all = new ArrayList<>();
        if (filter.readableBy() != null) {
            all.add(new Criteria().orOperator(where("addressedTo").in(filter.readableBy()),
                    where("nominatingUnitCode").in(filter.readableBy())));
        }
        if (filter.addressedTo() != null) {
            all.add(where("addressedTo").in(filter.addressedTo()));
        }
        if (filter.nominating() != null) {
            all.add(where("nominatingUnitCode").in(filter.nominating()));
        }
        if (filter.status() != null) {
            all.add(where("status").is(filter.status().name()));
        }
        if (filter.year() != null) {
            all.add(where("year").is(filter.year()));
        }
        if (filter.awardCode() != null) {
            all.add(where("awardCode").is(filter.awardCode()));
        }
        if (filter.campaignId() != null) {
            all.add(where("campaignId").is(filter.campaignId()));
        }
        if (!filter.terms().isEmpty()) {
            all.add(where("searchTerms").all(filter.terms()));
        }
        Query query = stateOnly(all.isEmpty() ? null : new Criteria().andOperator(all));
        long total = mongo.count(query, NominationDocument.class);
        List<Nomination> items = mongo.find(query.with(Sort.by("createdAt", "_id")).skip(page.offset())
                .limit(page.size()), NominationDocument.class).stream().map(NominationDocument::toNomination).toList();
        return PageResponse.of(page, items, total);
    }

    /** The dossiers addressed to a unit for a year, as (award code, status) pairs, for the guardrails. */
    List<Map.Entry<String, Status>> addressedFor(String unitCode, int year) {
        Query query = new Query(where("addressedTo").is(unitCode).and("year").is(year));
        query.fields().include("awardCode", "status");
        return mongo.find(query, org.bson.Document.class, NominationDocument.COLLECTION).stream()
                .map(d -> Map.entry(d.getString("awardCode"), Status.valueOf(d.getString("status")))).toList();
    }

    /**
     * The unit and every unit below it in this service's projection, a merged unit counting under its successor
     * (as for authorization). Breadth first, at most {@link UnitTree#MAX_DEPTH} levels.
     */
    Set<String> subtree(String unitCode) {
        Set<String> found = new LinkedHashSet<>(List.of(unitCode));
        Set<String> frontier = Set.of(unitCode);
        for (int depth = 0; !frontier.isEmpty() && depth < UnitTree.MAX_DEPTH; depth++) {
            Set<String> parents = frontier;
            Set<String> next = new HashSet<>();
            mongo.find(new Query(new Criteria().orOperator(where("parentCode").in(parents),
                            where("successorCode").in(parents))), DirectoryUnit.class).stream()
                    .filter(u -> parents.contains(u.treeParent()) && found.add(u.code()))
                    .forEach(u -> next.add(u.code()));
            frontier = next;
        }
        return found;
    }

    /** The list filters; null (or empty terms) means "any"; unit filters are sets of codes (subtrees). */
    record Filter(Set<String> readableBy, Set<String> addressedTo, Set<String> nominating, Status status,
                  Integer year, String awardCode, String campaignId, List<String> terms) {
    }
}
