package vn.tdkt.nomination.honours;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static vn.tdkt.support.outbox.OutboxWrites.pending;
import static vn.tdkt.support.outbox.OutboxWrites.stateOnly;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;
import vn.tdkt.events.nomination.HonourRecorded;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.support.outbox.OutboxWrites;

/** Honours batches in MongoDB: one insert per batch, its lines and their events in the same document. */
@Repository
class HonoursRepository {

    private final MongoOperations mongo;
    private final OutboxWrites outbox;
    private volatile boolean indexed;

    HonoursRepository(MongoOperations mongo, OutboxWrites outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /** The history of a recipient is read by {@code entries.recipientId}; created once, idempotently. */
    private void ensureIndex() {
        if (!indexed) {
            mongo.indexOps(HonourBatchDocument.COLLECTION).createIndex(
                    new Index().on("entries.recipientId", Sort.Direction.ASC).named("entries_recipient_id"));
            indexed = true;
        }
    }

    void insert(HonourBatch batch, List<HonourRecorded> events) {
        ensureIndex();
        outbox.insert(new HonourBatchDocument(batch.id().value(), batch.source(), batch.recordedAt(), batch.entries(),
                null, pending(events)));
    }

    /** Every line of achievement year {@code year} recorded for recipients of these units. */
    List<HonourEntry> linesOf(Collection<String> unitCodes, int year) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        Set<String> units = Set.copyOf(unitCodes);
        return mongo.find(stateOnly(where("entries").elemMatch(where("unitCode").in(units).and("year").is(year))),
                        HonourBatchDocument.class).stream()
                .flatMap(doc -> doc.entries().stream()).filter(e -> e.year() == year && units.contains(e.unitCode()))
                .toList();
    }

    boolean exists(BatchId id) {
        return mongo.exists(stateOnly(where("_id").is(id.value())), HonourBatchDocument.class);
    }

    /**
     * {@link #linesOf(Collection)} as history lines (recipient, kind, unit, year, award), read with the driver: every
     * dossier filed reads its nominee's history, and mapping the query and the batches through Spring Data cost
     * several times the round trip (its query mapper throws and catches an exception per nested path). Only the
     * five fields of the matching lines are asked for; HonoursRepositoryTest holds the two reads equal.
     */
    List<HonoursHistory.Line> historyOf(Collection<String> recipientIds) {
        if (recipientIds.isEmpty()) {
            return List.of();
        }
        ensureIndex();
        Set<String> wanted = Set.copyOf(recipientIds);
        List<HonoursHistory.Line> lines = new ArrayList<>();
        Bson projection = Projections.include(HISTORY_FIELDS.stream().map(f -> "entries." + f).toList());
        for (Document batch : mongo.getCollection(HonourBatchDocument.COLLECTION)
                .find(Filters.in("entries.recipientId", wanted)).projection(projection)) {
            for (Document e : batch.getList("entries", Document.class, List.of())) {
                String recipient = e.getString("recipientId");
                if (wanted.contains(recipient)) {
                    lines.add(new HonoursHistory.Line(recipient, RecipientKind.valueOf(e.getString("recipientKind")),
                            e.getString("unitCode"), e.getInteger("year"), e.getString("awardCode")));
                }
            }
        }
        lines.sort(Comparator.comparing(HonoursHistory.Line::recipientId).thenComparing(HonoursHistory.Line::year)
                .thenComparing(HonoursHistory.Line::awardCode));
        return lines;
    }

    private static final List<String> HISTORY_FIELDS = List.of("recipientId", "recipientKind", "unitCode", "year",
            "awardCode");

    /** Every line recorded for these recipients, by recipient, year, award code. */
    List<HonourEntry> linesOf(Collection<String> recipientIds) {
        if (recipientIds.isEmpty()) {
            return List.of();
        }
        ensureIndex();
        Set<String> wanted = Set.copyOf(recipientIds);
        return mongo.find(stateOnly(where("entries.recipientId").in(wanted)), HonourBatchDocument.class).stream()
                .flatMap(doc -> doc.entries().stream()).filter(e -> wanted.contains(e.recipientId()))
                .sorted(Comparator.comparing(HonourEntry::recipientId).thenComparing(HonourEntry::year)
                        .thenComparing(HonourEntry::awardCode))
                .toList();
    }
}
