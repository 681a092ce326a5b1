package vn.tdkt.nomination.exemplar;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static vn.tdkt.support.outbox.OutboxWrites.pending;
import static vn.tdkt.support.outbox.OutboxWrites.stateOnly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.events.DomainEvent;
import vn.tdkt.events.nomination.ExemplarsRegistered;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.security.UnitTree;
import vn.tdkt.support.unitdirectory.DirectoryUnit;

/** Registrations, reminders and the register book in MongoDB; the offices from the unit projection. */
@Repository
class ExemplarRepository {

    private final MongoOperations mongo;
    private final OutboxWrites outbox;
    private volatile boolean indexed;

    ExemplarRepository(MongoOperations mongo, OutboxWrites outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    private void ensureIndexes() {
        if (!indexed) {
            mongo.indexOps(RegistrationDocument.COLLECTION).createIndex(new Index().on("month", Sort.Direction.ASC)
                    .on("unitCode", Sort.Direction.ASC).named("registration_month_unit"));
            indexed = true;
        }
    }

    Optional<Registration> find(RegistrationId id) {
        return Optional.ofNullable(mongo.findOne(stateOnly(where("_id").is(id.value())), RegistrationDocument.class))
                .map(RegistrationDocument::registration);
    }

    /** @throws DuplicateKeyException if the office registered the month meanwhile */
    void insert(Registration registration, ExemplarsRegistered event) {
        ensureIndexes();
        outbox.insert(RegistrationDocument.of(registration, pending(List.of(event))));
        registration.storedAs(0);
    }

    void update(Registration registration, ExemplarsRegistered event) {
        registration.storedAs(outbox.update(RegistrationDocument.of(registration, pending(List.of(event)))));
    }

    /** The offices among {@code unitCodes} that registered {@code month}. */
    Set<String> registered(YearMonth month, Collection<String> unitCodes) {
        ensureIndexes();
        Query query = new Query(where("month").is(month.toString()).and("unitCode").in(unitCodes));
        query.fields().include("unitCode");
        return new HashSet<>(mongo.find(query, Document.class, RegistrationDocument.COLLECTION).stream()
                .map(d -> d.getString("unitCode")).toList());
    }

    /**
     * The register book: every exemplar of the offices {@code unitCodes} from {@code from} to {@code to},
     * by month, office and the office's order; one page of lines and their total.
     */
    PageResponse<BookLine> book(Collection<String> unitCodes, YearMonth from, YearMonth to, PageQuery page) {
        ensureIndexes();
        Criteria range = where("unitCode").in(unitCodes).and("month").gte(from.toString()).lte(to.toString());
        List<AggregationOperation> lines = List.of(Aggregation.match(range), Aggregation.unwind("entries", "no"),
                Aggregation.sort(Sort.by("month", "unitCode", "no")));
        List<AggregationOperation> counted = new ArrayList<>(lines);
        counted.add(Aggregation.count().as("total"));
        Document count = mongo.aggregate(Aggregation.newAggregation(counted), RegistrationDocument.COLLECTION,
                Document.class).getUniqueMappedResult();
        long total = count == null ? 0 : ((Number) count.get("total")).longValue();
        List<AggregationOperation> paged = new ArrayList<>(lines);
        paged.add(Aggregation.skip(page.offset()));
        paged.add(Aggregation.limit(page.size()));
        List<BookLine> items = mongo.aggregate(Aggregation.newAggregation(paged), RegistrationDocument.COLLECTION,
                Document.class).getMappedResults().stream().map(ExemplarRepository::line).toList();
        return PageResponse.of(page, items, total);
    }

    private static BookLine line(Document d) {
        Document e = d.get("entries", Document.class);
        return new BookLine(d.getString("month"), d.getString("unitCode"), d.getString("unitName"),
                ((Number) d.get("no")).intValue() + 1, e.getString("recipientKind"), e.getString("name"),
                e.getString("position"), e.getString("unitName"), e.getString("achievement"), e.getString("field"));
    }

    /**
     * {@code root} and every unit under it in the unit projection (a merged unit under its successor), by code;
     * empty when the root is not known.
     */
    List<DirectoryUnit> subtree(String root) {
        Map<String, DirectoryUnit> found = new LinkedHashMap<>();
        DirectoryUnit top = mongo.findById(root, DirectoryUnit.class);
        if (top == null) {
            return List.of();
        }
        found.put(top.code(), top);
        List<String> frontier = List.of(root);
        for (int depth = 0; !frontier.isEmpty() && depth < UnitTree.MAX_DEPTH; depth++) {
            List<DirectoryUnit> children = mongo.find(new Query(new Criteria().orOperator(
                    where("parentCode").in(frontier), where("successorCode").in(frontier))), DirectoryUnit.class);
            frontier = children.stream().filter(u -> found.putIfAbsent(u.code(), u) == null)
                    .map(DirectoryUnit::code).toList();
        }
        return found.values().stream().sorted(java.util.Comparator.comparing(DirectoryUnit::code)).toList();
    }

    /** Every active unit of these levels in the whole projection, by code: the offices that register. */
    List<DirectoryUnit> activeUnits(Collection<String> levels) {
        return mongo.find(new Query(where("level").in(levels).and("status").in(DirectoryUnit.ACTIVE, null))
                .with(Sort.by("_id")), DirectoryUnit.class);
    }

    /** Publishes a reminder once: false if it was already published (the id is taken). */
    boolean remind(ReminderDocument reminder, DomainEvent event) {
        try {
            outbox.insert(new ReminderDocument(reminder.id(), reminder.kind(), reminder.unitCode(), reminder.month(),
                    reminder.deadline(), reminder.createdAt(), null, pending(List.of(event))));
            return true;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }
}
