package vn.tdkt.benchmarks.campaign;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;
import vn.tdkt.benchmarks.stack.ServiceHeap;
import vn.tdkt.benchmarks.stack.ServiceStack;
import vn.tdkt.benchmarks.stack.Shapes;

/**
 * The CSV import through campaign-service against the database work it cannot avoid: the same units as
 * documents of the same shape, written with the plain driver's {@code insertMany} into a collection with the
 * same indexes, on the same embedded-mongo server.
 */
final class ImportComparison {

    static final String BASELINE_DATABASE = "bench_baseline";
    static final String UNITS = "units";
    /** campaign-service's write batch (UnitImport.BATCH), so both sides send the same number of round trips. */
    static final int BATCH = 1_000;

    record Baseline(double rowsPerSecond, double rowsPerSecondWithBuilding, double seconds) {
    }

    record ServiceImport(double rowsPerSecond, double seconds, long csvBytes, String answer, ServiceHeap.Figures heap) {
    }

    private ImportComparison() {
    }

    /**
     * {@code insertMany} (unordered, as the service's bulk write) of every row's document, with its
     * {@code UnitRegistered} event in {@code pendingEvents}, in batches of {@link #BATCH}; the rate counts the
     * time inside {@code insertMany} only (the documents of a batch are built before its clock starts).
     */
    static Baseline driverInsertMany(MongoClient client, UnitRows rows) {
        MongoCollection<Document> units = client.getDatabase(BASELINE_DATABASE).getCollection(UNITS);
        units.drop();
        createServiceIndexes(units);
        InsertManyOptions unordered = new InsertManyOptions().ordered(false);
        long inserting = 0;
        long wallStart = System.nanoTime();
        List<Document> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < rows.count(); i++) {
            batch.add(UnitRows.document(rows.row(i), Instant.now(), true));
            if (batch.size() == BATCH || i == rows.count() - 1) {
                long start = System.nanoTime();
                units.insertMany(batch, unordered);
                inserting += System.nanoTime() - start;
                batch.clear();
            }
        }
        double wall = (System.nanoTime() - wallStart) / 1e9;
        long count = units.countDocuments();
        if (count != rows.count()) {
            throw new IllegalStateException("baseline wrote " + count + " documents, not " + rows.count());
        }
        return new Baseline(rows.count() / (inserting / 1e9), rows.count() / wall, inserting / 1e9);
    }

    /**
     * The indexes campaign-service's units collection has: {@code _id}, {@code parentCode} (declared on the
     * document class) and the relay's partial index on {@code pendingEvents.eventId}.
     */
    static void createServiceIndexes(MongoCollection<Document> units) {
        units.createIndex(Indexes.ascending("parentCode"), new IndexOptions().name("parentCode"));
        units.createIndex(Indexes.ascending("pendingEvents.eventId"), new IndexOptions().name("outbox_pending")
                .partialFilterExpression(Filters.exists("pendingEvents.eventId")));
    }

    /**
     * {@code POST /api/v1/units/imports?root=…&dryRun=…} with the whole file, timed from send to answer. A dry run
     * spools and validates every row (the service's first pass) and writes nothing.
     */
    static ServiceImport throughService(ServiceStack stack, UnitRows rows, Path csv, boolean dryRun) throws Exception {
        ServiceHeap heap = new ServiceHeap(stack::prometheus, stack.gcLog);
        heap.start();
        long start = System.nanoTime();
        ServiceStack.Answer answer = stack.postCsv("/api/v1/units/imports?root=" + rows.root() + "&dryRun=" + dryRun, csv);
        double seconds = (System.nanoTime() - start) / 1e9;
        ServiceHeap.Figures figures = heap.stop();
        if (answer.status() != 200 || answer.json().path(dryRun ? "rows" : "imported").asLong() != rows.count()) {
            throw new IllegalStateException("the import answered " + answer.status() + ": "
                    + (answer.body().length() > 2000 ? answer.body().substring(0, 2000) + "…" : answer.body()));
        }
        return new ServiceImport(rows.count() / seconds, seconds, Files.size(csv), answer.body(), figures);
    }

    /**
     * Field by field (path → BSON value type), one unit as the service stored it against the same unit as the
     * baseline stored it; prefers a service document whose event is still pending, so the outbox entry is
     * compared too. Answers the differences (empty: the same shape) and both documents' sizes.
     */
    static String compareShapes(MongoClient client, String serviceDatabase, UnitRows rows) {
        MongoCollection<Document> service = client.getDatabase(serviceDatabase).getCollection(UNITS);
        MongoCollection<Document> baseline = client.getDatabase(BASELINE_DATABASE).getCollection(UNITS);
        Document stored = null;
        for (int i = rows.count() - 1; i >= 0 && i >= rows.count() - 2_000; i -= 97) {
            Document candidate = service.find(Filters.eq("_id", rows.code(i))).first();
            if (candidate != null && !candidate.getList("pendingEvents", Document.class, List.of()).isEmpty()) {
                stored = candidate;
                break;
            }
        }
        if (stored == null) {
            stored = service.find(Filters.eq("_id", rows.code(rows.count() - 1))).first();
        }
        Document ours = baseline.find(Filters.eq("_id", Objects.requireNonNull(stored, "no imported unit").get("_id")))
                .first();
        boolean pending = !stored.getList("pendingEvents", Document.class, List.of()).isEmpty();
        if (!pending) {
            ours.put("pendingEvents", List.of()); // already published: compare the state only
        }
        return Shapes.compare(stored, ours, pending ? "both with their pending event"
                : "event already published: state only");
    }
}
