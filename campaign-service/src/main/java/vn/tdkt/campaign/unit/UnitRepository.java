package vn.tdkt.campaign.unit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static vn.tdkt.support.outbox.OutboxWrites.pending;
import static vn.tdkt.support.outbox.OutboxWrites.stateOnly;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.RawBsonDocument;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.events.unit.UnitEvent;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;

/** Units in MongoDB, each stored with the events of its last changes until the relay publishes them. */
@Repository
class UnitRepository {

    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

    private final MongoOperations mongo;
    private final OutboxWrites outbox;

    UnitRepository(MongoOperations mongo, OutboxWrites outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    Optional<Unit> find(UnitCode code) {
        return Optional.ofNullable(mongo.findOne(stateOnly(where("_id").is(code.value())), UnitDocument.class))
                .map(UnitDocument::toUnit);
    }

    /** The registered units among {@code codes}, by code; unknown codes are absent. */
    Map<UnitCode, Unit> findAll(Collection<UnitCode> codes) {
        Map<UnitCode, Unit> found = new LinkedHashMap<>();
        mongo.find(stateOnly(where("_id").in(codes.stream().map(UnitCode::value).distinct().toList())),
                UnitDocument.class).forEach(document -> found.put(new UnitCode(document.code()), document.toUnit()));
        return found;
    }

    /** One page of all units, or of the children of {@code parentCode}; by code. */
    PageResponse<Unit> findAll(UnitCode parentCode, PageQuery page) {
        Query query = parentCode == null ? stateOnly(null) : stateOnly(where("parentCode").is(parentCode.value()));
        long total = mongo.count(query, UnitDocument.class);
        List<Unit> items = mongo.find(query.with(Sort.by("_id")).skip(page.offset()).limit(page.size()),
                UnitDocument.class).stream().map(UnitDocument::toUnit).toList();
        return PageResponse.of(page, items, total);
    }

    /** The units whose parent is one of {@code parentCodes}, by code. */
    List<Unit> childrenOf(Collection<UnitCode> parentCodes) {
        return mongo.find(stateOnly(where("parentCode").in(parentCodes.stream().map(UnitCode::value).toList()))
                .with(Sort.by("_id")), UnitDocument.class).stream().map(UnitDocument::toUnit).toList();
    }

    /** Whether an active unit (or one stored before statuses existed) sits directly under {@code code}. */
    boolean hasActiveChildren(UnitCode code) {
        return mongo.exists(new Query(where("parentCode").is(code.value()).and("status")
                .nin(UnitStatus.INACTIVE.name(), UnitStatus.MERGED.name())), UnitDocument.class);
    }

    /**
     * The parent for authorization, read without the rest of the document: a merged unit counts as being
     * under its successor, so the successor's officers reach the old codes and their history.
     */
    Optional<String> parentOf(String code) {
        Query query = new Query(where("_id").is(code));
        query.fields().include("parentCode", "status", "successorCode");
        return Optional.ofNullable(mongo.findOne(query, UnitDocument.class))
                .map(unit -> unit.status() == UnitStatus.MERGED && unit.successorCode() != null
                        ? unit.successorCode() : unit.parentCode());
    }

    /** The units above {@code code} as stored (its real parents, not successors), nearest first. */
    List<UnitCode> ancestorsOf(UnitCode code) {
        List<UnitCode> ancestors = new java.util.ArrayList<>();
        String current = code.value();
        while (current != null && ancestors.size() < vn.tdkt.support.security.UnitTree.MAX_DEPTH) {
            Query query = new Query(where("_id").is(current));
            query.fields().include("parentCode");
            UnitDocument document = mongo.findOne(query, UnitDocument.class);
            current = document == null ? null : document.parentCode();
            if (current != null) {
                UnitCode parent = new UnitCode(current);
                if (ancestors.contains(parent)) {
                    break;
                }
                ancestors.add(parent);
            }
        }
        return ancestors;
    }

    Set<UnitCode> existing(Collection<UnitCode> codes) {
        Query query = new Query(where("_id").in(codes.stream().map(UnitCode::value).toList()));
        query.fields().include("_id");
        return mongo.find(query, UnitDocument.class).stream().map(d -> new UnitCode(d.code()))
                .collect(Collectors.toSet());
    }

    /** The status of each registered unit among {@code codes}, read without the rest. */
    Map<String, UnitStatus> statuses(Collection<String> codes) {
        Query query = new Query(where("_id").in(codes));
        query.fields().include("_id", "status");
        Map<String, UnitStatus> found = new LinkedHashMap<>();
        mongo.find(query, UnitDocument.class).forEach(unit -> found.put(unit.code(),
                unit.status() == null ? UnitStatus.ACTIVE : unit.status()));
        return found;
    }

    void insert(Unit unit, List<UnitEvent> events) {
        UnitDocument stored = outbox.insert(UnitDocument.of(unit, pending(events)));
        unit.stored(stored.version());
    }

    void update(Unit unit, List<UnitEvent> events) {
        unit.stored(outbox.update(UnitDocument.of(unit, pending(events))));
    }

    /**
     * Inserts new units with their events in one unordered bulk write (a CSV import): one round trip per
     * batch instead of one per unit. Each document is complete with its outbox, so whatever part of a batch
     * is written is published. Encoded by {@link UnitBson} rather than the converter: at 100,000 units the
     * mapping was the import's largest cost.
     */
    void insertAll(List<Unit.Registration> registrations) {
        if (registrations.isEmpty()) {
            return;
        }
        List<RawBsonDocument> documents = new java.util.ArrayList<>(registrations.size());
        for (Unit.Registration registration : registrations) {
            registration.unit().stored(0);
            // stored at version 0, as a single insert would, and as the events say
            documents.add(UnitBson.encode(UnitDocument.of(registration.unit(), pending(registration.events()))));
        }
        // execute(): the driver's failures are translated as the template's own are
        mongo.execute(UnitDocument.COLLECTION, collection -> collection.withDocumentClass(RawBsonDocument.class)
                .insertMany(documents, UNORDERED));
    }

    /**
     * The active units below {@code root} (itself included), parents before children, handed over in
     * batches of at most {@code batchSize}: an export streams them without holding the province in memory.
     */
    void forEachActiveInSubtree(UnitCode root, int batchSize, Consumer<List<Unit>> batch) {
        List<String> level = root == null ? List.of() : List.of(root.value());
        Query first = root == null
                ? stateOnly(where("parentCode").is(null).and("status").nin(UnitStatus.INACTIVE.name(),
                        UnitStatus.MERGED.name()))
                : stateOnly(where("_id").is(root.value()).and("status").nin(UnitStatus.INACTIVE.name(),
                        UnitStatus.MERGED.name()));
        List<Unit> top = mongo.find(first.with(Sort.by("_id")), UnitDocument.class).stream()
                .map(UnitDocument::toUnit).toList();
        if (!top.isEmpty()) {
            batch.accept(top);
        }
        level = top.stream().map(unit -> unit.code().value()).toList();
        while (!level.isEmpty()) {
            List<String> next = new java.util.ArrayList<>();
            for (int from = 0; from < level.size(); from += batchSize) {
                List<String> parents = level.subList(from, Math.min(level.size(), from + batchSize));
                Query children = stateOnly(where("parentCode").in(parents).and("status")
                        .nin(UnitStatus.INACTIVE.name(), UnitStatus.MERGED.name())).with(Sort.by("_id"));
                List<Unit> chunk = new java.util.ArrayList<>(batchSize);
                try (Stream<UnitDocument> stream = mongo.stream(children, UnitDocument.class)) {
                    stream.forEach(document -> {
                        Unit unit = document.toUnit();
                        chunk.add(unit);
                        next.add(unit.code().value());
                        if (chunk.size() == batchSize) {
                            batch.accept(List.copyOf(chunk));
                            chunk.clear();
                        }
                    });
                }
                if (!chunk.isEmpty()) {
                    batch.accept(List.copyOf(chunk));
                }
            }
            level = next;
        }
    }
}
