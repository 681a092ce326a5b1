package vn.tdkt.benchmarks.campaign;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Updates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import vn.tdkt.benchmarks.stack.RunFacts;
import vn.tdkt.benchmarks.stack.ServiceStack;
import vn.tdkt.localstack.Service;

/**
 * Issue 11's performance section, measured against the real campaign-service process (see
 * {@link ServiceStack}), each figure next to a baseline measured in the same run:
 * <ol>
 *   <li>CSV import of {@code bench.importRows} units through {@code POST /api/v1/units/imports}, rows/s against
 *       the plain driver's {@code insertMany} of the same documents on the same server, and the service's heap
 *       meanwhile (it runs with {@code -Xmx256m}, as docker-compose runs it);</li>
 *   <li>command → event on Kafka (median, p95) with 1,000 units in the collection and again with
 *       {@code bench.largeCollection}, against a plain Kafka produce → consume round trip on the same broker.</li>
 * </ol>
 * Writes its report to {@code bench.results}/campaign-&lt;UTC date&gt;.md and prints it.
 *
 * <pre>./mvnw -pl benchmarks exec:exec -Dbench=campaign            (-Dbench.quick=true for small sizes)</pre>
 */
public final class CampaignBenchmarks {

    static final boolean QUICK = Boolean.getBoolean("bench.quick");
    static final int IMPORT_ROWS = Integer.getInteger("bench.importRows", QUICK ? 10_000 : 100_000);
    static final int SMALL_COLLECTION = Integer.getInteger("bench.smallCollection", 1_000);
    static final int LARGE_COLLECTION = Integer.getInteger("bench.largeCollection", QUICK ? 100_000 : 1_000_000);
    static final int COMMANDS = Integer.getInteger("bench.commands", QUICK ? 50 : 200);
    /** Unmeasured commands before each relay phase and Kafka baseline: the service's JIT is cold in the first one. */
    static final int WARMUP = Integer.getInteger("bench.warmup", QUICK ? 30 : 100);
    /** How long the relay's draining of the import is awaited before the rest is set aside (see below). */
    static final Duration DRAIN_WINDOW = Duration.ofSeconds(Integer.getInteger("bench.drainSeconds", 300));
    /** docker-compose's JAVA_TOOL_OPTIONS for every service: the heap the import must fit in. */
    static final String SERVICE_JVM = System.getProperty("bench.serviceJvm", "-Xmx256m -XX:+ExitOnOutOfMemoryError");
    static final String ROOT = "BN";
    private static final String PENDING = "pendingEvents.eventId";

    private CampaignBenchmarks() {
    }

    private static boolean anyPending(MongoCollection<Document> units) {
        return units.find(Filters.exists(PENDING)).projection(new Document("_id", 1)).limit(1).first() != null;
    }

    public static void main(String[] args) throws Exception {
        Path root = ServiceStack.rootWithJars(Service.CAMPAIGN);
        Instant begin = Instant.now();
        String loadBefore = RunFacts.loadAverage();
        Path work = root.resolve("benchmarks/target/campaign-bench");
        Report report = new Report();
        List<String> jvm = ServiceStack.jvmOptions(SERVICE_JVM);
        String database = Service.CAMPAIGN.database();

        try (ServiceStack stack = ServiceStack.start(root, work, Service.CAMPAIGN, jvm);
             MongoClient client = MongoClients.create(stack.infra.mongoConnectionString())) {
            MongoCollection<Document> units = client.getDatabase(database).getCollection(ImportComparison.UNITS);
            say("stack ready: campaign-service %s (pid %d), Kafka %s, MongoDB %s", stack.baseUrl(), stack.service.pid(),
                    stack.infra.kafkaBootstrapServers(), stack.infra.mongoConnectionString());

            // The registry of the first relay measurement: a province and its units, imported by the service itself.
            ServiceStack.Answer province = stack.postJson("/api/v1/units", ServiceStack.JSON.writeValueAsString(Map.of(
                    "code", ROOT, "name", "Ủy ban nhân dân tỉnh Bắc Ninh", "level", "PROVINCE", "staffCount", 420,
                    "contactEmails", List.of("vanphong.ubnd@bacninh.gov.vn"))));
            require(province.status() == 201, "registering " + ROOT + " answered " + province.status() + ": " + province.body());
            UnitRows small = new UnitRows("BN-R", ROOT, SMALL_COLLECTION - 1);
            Path smallCsv = small.writeCsv(Files.createDirectories(work).resolve("units-small.csv"), 0, small.count());
            ImportComparison.ServiceImport warmImport = ImportComparison.throughService(stack, small, smallCsv, false);
            say("imported %,d units (warm-up of the import path): %,.0f rows/s", small.count(), warmImport.rowsPerSecond());
            awaitDrained(units, Duration.ofMinutes(10));
            long smallCount = units.countDocuments();

            say("Kafka produce → consume round trip, before …");
            KafkaRoundTrip.Result rawBefore = KafkaRoundTrip.measure(stack.infra.kafkaBootstrapServers(), WARMUP, COMMANDS);
            say("  plain %s%n  transactional %s", rawBefore.plain(), rawBefore.transactional());

            List<Integer> picked = new ArrayList<>();
            for (int i = 0; i < Math.min(COMMANDS, small.count()); i++) {
                picked.add((int) ((long) i * small.count() / Math.min(COMMANDS, small.count())));
            }
            RelayLatency.Result atSmall;
            RelayLatency.Result atLarge;
            // A consumer per phase, so that none parses the import's events while the import is timed.
            try (RelayLatency relay = new RelayLatency(stack, 1_000)) {
                say("relay latency with %,d units …", smallCount);
                atSmall = relay.measure(small, picked, WARMUP, COMMANDS);
                say("  command → event %s%n  command answered %s", atSmall.commandToEvent(), atSmall.commandAnswered());
            }

            UnitRows big = new UnitRows("BN-I", ROOT, IMPORT_ROWS);
            Path csv = big.writeCsv(work.resolve("units-import.csv"), 0, big.count());
            say("driver insertMany of %,d unit documents (baseline, before) …", big.count());
            ImportComparison.Baseline baselineBefore = ImportComparison.driverInsertMany(client, big);
            say("  %,.0f rows/s", baselineBefore.rowsPerSecond());
            say("CSV dry run of %,d units through campaign-service (validation only) …", big.count());
            ImportComparison.ServiceImport dryRun = ImportComparison.throughService(stack, big, csv, true);
            say("  %,.0f rows/s in %.1f s", dryRun.rowsPerSecond(), dryRun.seconds());
            say("CSV import of %,d units (%,d bytes) through campaign-service …", big.count(), Files.size(csv));
            ImportComparison.ServiceImport imported = ImportComparison.throughService(stack, big, csv, false);
            say("  %,.0f rows/s in %.1f s: %s%n  heap: %s", imported.rowsPerSecond(), imported.seconds(),
                    imported.answer(), imported.heap().describe());
            String shape = ImportComparison.compareShapes(client, database, big);
            say("  document shape: %s", shape);

            // The relay publishes the import's events after it (the import holds them back while it writes): the
            // time until the last one is on Kafka is watched, up to a window; whatever is left then is set aside, so
            // that the next measurements start from an outbox with no pending events.
            long pendingAtAnswer = units.countDocuments(Filters.exists(PENDING));
            long windowStart = System.nanoTime();
            // Polled through the relay's partial index (a first match, as the relay reads): counting would scan the
            // collection every time and take the database from the relay it is watching.
            while (anyPending(units) && System.nanoTime() - windowStart < DRAIN_WINDOW.toNanos()) {
                Thread.sleep(250);
            }
            long pendingAfterWindow = anyPending(units) ? units.countDocuments(Filters.exists(PENDING)) : 0;
            // A count of a large outbox takes a while on a busy machine: the window is what really passed.
            Duration window = Duration.ofNanos(System.nanoTime() - windowStart);
            long setAside = pendingAfterWindow == 0 ? 0
                    : units.updateMany(Filters.exists(PENDING), Updates.set("pendingEvents", List.of()))
                            .getModifiedCount();
            say("  relay: %,d events pending when the import answered, %,d after %d s; %,d set aside",
                    pendingAtAnswer, pendingAfterWindow, window.toSeconds(), setAside);
            awaitDrained(units, Duration.ofMinutes(2));

            say("driver insertMany of %,d unit documents (baseline, after) …", big.count());
            ImportComparison.Baseline baselineAfter = ImportComparison.driverInsertMany(client, big);
            say("  %,.0f rows/s", baselineAfter.rowsPerSecond());
            try {
                client.getDatabase(ImportComparison.BASELINE_DATABASE).drop();
            } catch (RuntimeException e) {
                say("  (could not drop %s: %s)", ImportComparison.BASELINE_DATABASE, e);
            }

            fillTo(units, LARGE_COLLECTION);
            awaitDrained(units, Duration.ofMinutes(2));
            long largeCount = units.countDocuments();
            try (RelayLatency relay = new RelayLatency(stack, 100_000)) {
                say("relay latency with %,d units …", largeCount);
                atLarge = relay.measure(small, picked, WARMUP, COMMANDS);
                say("  command → event %s%n  command answered %s", atLarge.commandToEvent(), atLarge.commandAnswered());
            }
            say("Kafka produce → consume round trip, after …");
            KafkaRoundTrip.Result rawAfter = KafkaRoundTrip.measure(stack.infra.kafkaBootstrapServers(), WARMUP, COMMANDS);
            say("  plain %s%n  transactional %s", rawAfter.plain(), rawAfter.transactional());

            report.machine(begin, loadBefore, RunFacts.loadAverage(), stack.serviceJvmOptions, stack.gcName());
            report.csvImport(IMPORT_ROWS, imported, dryRun, baselineBefore, baselineAfter, shape, pendingAtAnswer,
                    pendingAfterWindow, setAside, window);
            report.relay(smallCount, atSmall, largeCount, atLarge, rawBefore, rawAfter, COMMANDS, WARMUP);
        }
        RunFacts.publish(report.render(QUICK), "campaign-" + (QUICK ? "quick-" : ""), begin);
    }

    /**
     * Brings the units collection to {@code target} documents with the plain driver: units as the service
     * stores them once their events are published ({@code pendingEvents: []}), so the relay has nothing more to
     * do, but every query and index of the service works on a collection of that size.
     */
    private static void fillTo(MongoCollection<Document> units, int target) {
        long existing = units.countDocuments();
        int missing = (int) Math.max(0, target - existing);
        UnitRows fill = new UnitRows("BN-F", ROOT, missing);
        say("adding %,d unit documents with the driver (no pending events) …", missing);
        long start = System.nanoTime();
        List<Document> batch = new ArrayList<>(10_000);
        InsertManyOptions unordered = new InsertManyOptions().ordered(false);
        for (int i = 0; i < missing; i++) {
            batch.add(UnitRows.document(fill.row(i), Instant.now(), false));
            if (batch.size() == 10_000 || i == missing - 1) {
                units.insertMany(batch, unordered);
                batch.clear();
                if ((i + 1) % 200_000 == 0) {
                    say("  %,d", i + 1);
                }
            }
        }
        say("  done in %.0f s", (System.nanoTime() - start) / 1e9);
    }

    /** Until no unit document holds a pending event (the relay published them all). */
    private static void awaitDrained(MongoCollection<Document> units, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pending;
        while ((pending = units.countDocuments(Filters.exists(PENDING))) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(pending + " unit events still pending after " + timeout);
            }
            Thread.sleep(500);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    static void say(String format, Object... args) {
        RunFacts.say(format, args);
    }
}
