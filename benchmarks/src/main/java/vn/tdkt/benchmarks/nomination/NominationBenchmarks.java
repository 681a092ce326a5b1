package vn.tdkt.benchmarks.nomination;

import static vn.tdkt.benchmarks.stack.RunFacts.say;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import vn.tdkt.benchmarks.stack.Arrivals;
import vn.tdkt.benchmarks.stack.RunFacts;
import vn.tdkt.benchmarks.stack.ServiceStack;
import vn.tdkt.benchmarks.stack.Shapes;
import vn.tdkt.events.CloudEventHeaders;
import vn.tdkt.events.Topics;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.localstack.DemoUnits;
import vn.tdkt.localstack.EventPublisher;
import vn.tdkt.localstack.Service;

/**
 * Issue 13's performance section, measured against the real nomination-service process (see
 * {@link ServiceStack}), each figure next to a baseline measured in the same run:
 * <ol>
 *   <li>nomination intake over REST from {@code bench.clients} (32) concurrent clients, accepted/s and p50/p99,
 *       finished dossiers filed submitted in one request each (the target's figure) and, as well, as draft then
 *       submit, against as many clients doing the driver's {@code insertOne} of documents of the stored shape
 *       ({@link Intake});</li>
 *   <li>the CSV import of {@code bench.importRows} nominations, rows/s against the driver's {@code insertMany},
 *       and the service's heap meanwhile (it runs with {@code -Xmx512m}) ({@link CsvImport}).</li>
 * </ol>
 * Writes its report to {@code bench.results}/nomination-&lt;UTC date&gt;.md and prints it.
 *
 * <pre>./mvnw -o -pl benchmarks -am verify -DskipTests -Dbench=nomination     (-Dbench.quick=true: small sizes)</pre>
 */
public final class NominationBenchmarks {

    static final boolean QUICK = Boolean.getBoolean("bench.quick");
    static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    static final int REQUESTS = Integer.getInteger("bench.requests", QUICK ? 2_000 : 20_000);
    static final int WARMUP = Integer.getInteger("bench.warmup", QUICK ? 500 : 2_000);
    static final int IMPORT_ROWS = Integer.getInteger("bench.importRows", QUICK ? 20_000 : 1_000_000);
    static final int IMPORT_WARMUP = Integer.getInteger("bench.importWarmup", QUICK ? 1_000 : 10_000);
    static final String SERVICE_JVM = System.getProperty("bench.serviceJvm", "-Xmx512m -XX:+ExitOnOutOfMemoryError");
    static final Duration EVENTS_TIMEOUT = Duration.ofSeconds(Integer.getInteger("bench.drainSeconds", 300));
    static final String BASELINE_DATABASE = "bench_baseline";
    static final String COLLECTION = "nominations";
    /** The ce_type of the event a submit writes. */
    static final String SUBMITTED = "tdkt.nomination.nomination-submitted.v1";
    private static final String PENDING = "pendingEvents.eventId";
    /** An award of the in-memory catalogue: its {@code GET} reads no database. */
    private static final String CEILING_AWARD = "CSTD_CO_SO";

    private NominationBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path root = ServiceStack.rootWithJars(Service.NOMINATION);
        Instant begin = Instant.now();
        String loadBefore = RunFacts.loadAverage();
        Path work = Files.createDirectories(root.resolve("benchmarks/target/nomination-bench"));
        NominationReport report = new NominationReport();
        List<String> jvm = ServiceStack.jvmOptions(SERVICE_JVM);

        try (ServiceStack stack = ServiceStack.start(root, work, Service.NOMINATION, jvm);
             MongoClient client = MongoClients.create(stack.infra.mongoConnectionString())) {
            MongoCollection<Document> nominations = client.getDatabase(Service.NOMINATION.database())
                    .getCollection(COLLECTION);
            MongoDatabase baselineDb = client.getDatabase(BASELINE_DATABASE);
            MongoCollection<Document> baseline = baselineDb.getCollection(COLLECTION);
            say("stack ready: nomination-service %s (pid %d), Kafka %s, MongoDB %s", stack.baseUrl(),
                    stack.service.pid(), stack.infra.kafkaBootstrapServers(), stack.infra.mongoConnectionString());
            registerUnits(stack);
            awaitUnitsKnown(stack);

            // ---- 1. intake over REST
            Dossiers warm = new Dossiers("W");
            say("warm-up: %,d nominees drafted and submitted, %,d filed submitted, by %d clients …", WARMUP, WARMUP,
                    CLIENTS);
            DocumentTemplate intakeTemplate = warmUpCatchingTemplate(stack, nominations, warm);
            say("  template: a stored dossier %s", intakeTemplate.withPendingEvents() ? "with its pending event"
                    : "whose event was already published (no pending event caught)");
            Dossiers before = new Dossiers("B");
            say("driver insertOne of %,d dossier documents by %d clients (baseline, before) …", REQUESTS, CLIENTS);
            Intake.Baseline baselineBefore = insertOneBaseline(nominations, baseline, intakeTemplate, before);
            say("  %,.0f/s, %s", baselineBefore.perSecond(), baselineBefore.insertOne());

            Measured intake = measureIntake(stack, nominations, new Dossiers("R"), true);
            Measured pair = measureIntake(stack, nominations, new Dossiers("Q"), false);
            Document serviceDoc = nominations.find(Filters.eq("_id", intake.result().ids().getLast())).first();
            Document baselineDoc = baseline.find().first();
            String intakeShape = shape(serviceDoc, baselineDoc);
            say("  document shape: %s", intakeShape);
            List<String> indexes = DocumentTemplate.indexNames(nominations);

            // ---- the REST ceiling: requests through the same stack that write nothing
            say("REST ceiling: %,d GET /api/v1/awards/%s (no database) by %d clients …", REQUESTS, CEILING_AWARD,
                    CLIENTS);
            Intake.Reads noDatabase = Intake.reads(stack,
                    Collections.nCopies(REQUESTS, "/api/v1/awards/" + CEILING_AWARD), CLIENTS);
            say("  %,.0f/s, %s", noDatabase.perSecond(), noDatabase.latencies());
            say("REST ceiling: %,d GET /api/v1/nominations/{id} of the dossiers just filed by %d clients …",
                    intake.result().ids().size(), CLIENTS);
            Intake.Reads byId = Intake.reads(stack, intake.result().ids().stream()
                    .map(id -> "/api/v1/nominations/" + id).toList(), CLIENTS);
            say("  %,.0f/s, %s", byId.perSecond(), byId.latencies());

            Dossiers after = new Dossiers("A");
            say("driver insertOne of %,d dossier documents by %d clients (baseline, after) …", REQUESTS, CLIENTS);
            Intake.Baseline baselineAfter = insertOneBaseline(nominations, baseline, intakeTemplate, after);
            say("  %,.0f/s, %s", baselineAfter.perSecond(), baselineAfter.insertOne());
            report.intake(CLIENTS, WARMUP, intake, pair, baselineBefore, baselineAfter, intakeShape, indexes);
            report.ceiling(CEILING_AWARD, noDatabase, byId, Math.max(baselineBefore.perSecond(),
                    baselineAfter.perSecond()));

            // ---- 2. CSV import
            try {
                importPart(stack, work, nominations, baseline, report);
            } catch (CsvImport.NotAvailableException e) {
                say("  %s: the import is not on this build; skipped", e.getMessage());
                report.importSkipped("`POST " + CsvImport.PATH + "` is not on this build (" + e.getMessage() + ")");
            }
            try {
                baselineDb.drop();
            } catch (RuntimeException e) {
                say("  (could not drop %s: %s)", BASELINE_DATABASE, e);
            }
            report.machine(begin, loadBefore, RunFacts.loadAverage(), stack.serviceJvmOptions, stack.gcName());
        }
        RunFacts.publish(report.render(QUICK), "nomination-" + (QUICK ? "quick-" : ""), begin);
    }

    /** One way of intake, measured, with its events awaited on Kafka and its dossiers counted SUBMITTED. */
    record Measured(Intake.Result result, Intake.Drain drain, long stored) {
    }

    private static Measured measureIntake(ServiceStack stack, MongoCollection<Document> nominations,
                                          Dossiers dossiers, boolean oneRequest) throws Exception {
        try (Arrivals arrivals = new Arrivals(stack.infra.kafkaBootstrapServers(), Topics.NOMINATION_EVENTS,
                r -> SUBMITTED.equals(header(r.headers().lastHeader(CloudEventHeaders.TYPE))) ? r.key() : null)) {
            say("intake: %,d nominees %s by %d clients …", REQUESTS, oneRequest ? "filed submitted in one request each"
                    : "drafted and submitted", CLIENTS);
            Intake.Result result = Intake.throughService(stack, dossiers, REQUESTS, CLIENTS, oneRequest);
            say("  %,.0f accepted/s in %.1f s; %s %s", result.perSecond(), result.seconds(),
                    oneRequest ? "one request" : "draft + submit", result.both());
            Intake.Drain drain = Intake.awaitEvents(arrivals, result, EVENTS_TIMEOUT);
            say("  events on Kafka: %,d, %d lost, the last %.1f s after the last answer", drain.received(),
                    drain.lost(), drain.secondsAfterLastAnswer());
            long stored = nominations.countDocuments(Filters.and(Filters.in("_id", result.ids()),
                    Filters.eq("status", "SUBMITTED")));
            say("  stored SUBMITTED: %,d of %,d", stored, result.accepted());
            return new Measured(result, drain, stored);
        }
    }

    private static void importPart(ServiceStack stack, Path work, MongoCollection<Document> nominations,
                                   MongoCollection<Document> baseline, NominationReport report) throws Exception {
        Dossiers warm = new Dossiers("IW");
        Path warmCsv = CsvImport.writeCsv(work.resolve("nominations-warm.csv"), warm, IMPORT_WARMUP);
        say("CSV import of %,d nominations (warm-up of the import path) …", IMPORT_WARMUP);
        CsvImport.Job warmJob = CsvImport.throughService(stack, warmCsv, IMPORT_WARMUP);
        say("  %,.0f rows/s", warmJob.rowsPerSecond());
        Document stored = nominations.find(Filters.eq("nomineeId", warm.nomineeId(IMPORT_WARMUP - 1))).first();
        if (stored == null) {
            throw new IllegalStateException("no stored dossier for " + warm.nomineeId(IMPORT_WARMUP - 1)
                    + " after the import");
        }
        DocumentTemplate template = new DocumentTemplate(stored, warm.nomineeId(IMPORT_WARMUP - 1));

        say("driver insertMany of %,d dossier documents (baseline, before) …", IMPORT_ROWS);
        DocumentTemplate.copyIndexes(nominations, baseline);
        CsvImport.Baseline before = CsvImport.driverInsertMany(baseline, template, new Dossiers("IB"), IMPORT_ROWS);
        say("  %,.0f rows/s", before.rowsPerSecond());
        Dossiers measured = new Dossiers("I");
        Path csv = CsvImport.writeCsv(work.resolve("nominations-import.csv"), measured, IMPORT_ROWS);
        say("CSV import of %,d nominations (%,d bytes) through nomination-service …", IMPORT_ROWS, Files.size(csv));
        CsvImport.Job job = CsvImport.throughService(stack, csv, IMPORT_ROWS);
        say("  %,.0f rows/s in %.1f s: %s%n  heap: %s", job.rowsPerSecond(), job.seconds(), job.answer(),
                job.heap().describe());
        long pending = nominations.countDocuments(Filters.exists(PENDING));
        Document serviceDoc = nominations.find(Filters.eq("nomineeId", measured.nomineeId(IMPORT_ROWS - 1))).first();
        String shape = shape(serviceDoc, baseline.find().first());
        say("  document shape: %s", shape);
        say("driver insertMany of %,d dossier documents (baseline, after) …", IMPORT_ROWS);
        DocumentTemplate.copyIndexes(nominations, baseline);
        CsvImport.Baseline after = CsvImport.driverInsertMany(baseline, template, new Dossiers("IA"), IMPORT_ROWS);
        say("  %,.0f rows/s", after.rowsPerSecond());
        report.csvImport(IMPORT_ROWS, job, before, after, shape, pending);
    }

    /**
     * The warm-up run, while another thread looks for one of its dossiers with its event still pending (the
     * relay publishes within milliseconds): the baseline's template, so that its documents carry the outbox
     * entry too. Without one caught, the last dossier as stored.
     */
    private static DocumentTemplate warmUpCatchingTemplate(ServiceStack stack, MongoCollection<Document> nominations,
                                                           Dossiers warm) throws Exception {
        AtomicReference<Document> caught = new AtomicReference<>();
        Thread watcher = Thread.ofPlatform().daemon().name("template-watch").start(() -> {
            while (caught.get() == null && !Thread.currentThread().isInterrupted()) {
                Document d = nominations.find(Filters.exists(PENDING)).first();
                if (d != null) {
                    caught.set(d);
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        Intake.Result result = Intake.throughService(stack, warm, WARMUP, CLIENTS, false);
        watcher.interrupt();
        watcher.join();
        Intake.throughService(stack, new Dossiers("V"), WARMUP, CLIENTS, true); // the one-request path warm too
        Document template = caught.get();
        if (template == null) {
            template = nominations.find(Filters.eq("_id", result.ids().getLast())).first();
        }
        return new DocumentTemplate(template, template.getString("nomineeId"));
    }

    private static Intake.Baseline insertOneBaseline(MongoCollection<Document> nominations,
                                                     MongoCollection<Document> baseline, DocumentTemplate template,
                                                     Dossiers dossiers) throws Exception {
        DocumentTemplate.copyIndexes(nominations, baseline);
        List<Document> documents = new ArrayList<>(REQUESTS);
        for (int i = 0; i < REQUESTS; i++) {
            documents.add(template.copyFor(dossiers.nomineeId(i)));
        }
        return Intake.driverInsertOne(baseline, documents, CLIENTS);
    }

    /** One service document against one baseline document; an already published one is compared as state only. */
    private static String shape(Document service, Document baseline) {
        boolean pending = !service.getList("pendingEvents", Document.class, List.of()).isEmpty();
        Document ours = new Document(baseline);
        if (!pending) {
            ours.put("pendingEvents", List.of());
        }
        return Shapes.compare(service, ours, pending ? "both with their pending event"
                : "no event pending on the service's document (published, or a draft has none): state only");
    }

    /** Province, district and commune of the demo tree, as campaign-service would publish them. */
    private static void registerUnits(ServiceStack stack) {
        Set<String> needed = Set.of("LS", Dossiers.NOMINATING, Dossiers.NOMINEE_UNIT);
        try (EventPublisher events = new EventPublisher(stack.infra.kafkaBootstrapServers())) {
            for (DemoUnits.DemoUnit u : DemoUnits.TREE) {
                if (needed.contains(u.code())) {
                    events.publish(new UnitRegistered(UUID.randomUUID(), Instant.now(), u.code(), 0, u.code(),
                            u.name(), u.level(), u.parentCode(), 20, u.contactEmails(), "ACTIVE", null, List.of(),
                            null, null, null));
                }
            }
        }
    }

    /** Until the service's unit projection has them: a first dossier is refused with 422 before. */
    private static void awaitUnitsKnown(ServiceStack stack) throws InterruptedException {
        Dossiers probe = new Dossiers("P");
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            ServiceStack.Answer a = stack.postJson(Dossiers.OFFICER, "/api/v1/nominations",
                    ServiceStack.JSON.writeValueAsString(probe.request(0)));
            if (a.status() == 201) {
                return;
            }
            if (a.status() != 422 && a.status() != 403 || System.nanoTime() > deadline) {
                throw new IllegalStateException("a first dossier answered " + a.status() + ": " + a.body());
            }
            Thread.sleep(500);
        }
    }

    private static String header(Header h) {
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
