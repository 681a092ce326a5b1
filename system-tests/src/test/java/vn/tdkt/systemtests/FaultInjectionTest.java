package vn.tdkt.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.events.CloudEventHeaders;
import vn.tdkt.events.EventCatalog;
import vn.tdkt.events.EventType;
import vn.tdkt.events.Topics;
import vn.tdkt.localstack.AuthServerProcess;
import vn.tdkt.localstack.DemoUnits;
import vn.tdkt.localstack.Infrastructure;
import vn.tdkt.localstack.Service;
import vn.tdkt.localstack.ServiceProcess;
import vn.tdkt.localstack.SystemLauncher;
import vn.tdkt.localstack.TcpProxy;
import vn.tdkt.localstack.auth.DemoTokens;
import vn.tdkt.systemtests.FaultChecks.Tally;
import vn.tdkt.systemtests.LoadGenerator.Command;
import vn.tdkt.systemtests.LoadGenerator.Outcome;

/**
 * Issue 10's fault-injection suite: the real processes (as {@link EndToEndTest} runs them) under a steady
 * load of today's commands, while it kills services with SIGKILL, stops the Kafka broker, cuts, slows and
 * half-opens the connections between a service and Kafka or MongoDB ({@link TcpProxy}), takes SMTP down,
 * pushes load past capacity, publishes poison onto every topic and sends malformed requests to every API.
 * After each fault it waits until every accepted command has its effect everywhere, consumer lag is 0 and
 * only poison sits in the dead-letter topics, then counts lost and duplicated commands and reads each
 * service's live heap against its baseline into a dated report; any loss, duplicate or heap left grown
 * fails the test after the report is written.
 *
 * <p>{@code -Dtdkt.faults=full} ({@code ./tdkt faults}) runs every fault at full length and writes to
 * {@code system-tests/results/}; {@code short} (the default of this module's pom, so {@code ./tdkt test}
 * runs it) the short version, written to {@code target/results/}; {@code off} skips the suite.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "tdkt.faults", matches = "short|full")
class FaultInjectionTest {

    private static final Logger log = LoggerFactory.getLogger(FaultInjectionTest.class);

    /** Where a proxy fault breaks a service's connections. */
    enum Link { KAFKA, MONGODB }

    /** One proxy fault: cut, slow or half-open the connections between a service and Kafka or MongoDB. */
    record ProxyFault(Service service, Link link, TcpProxy.Mode mode) {

        String label(Duration length) {
            String what = switch (mode) {
                case CUT -> "cut";
                case SLOW -> "slowed by " + SLOW_DELAY.toMillis() + " ms a chunk";
                case HALF_OPEN -> "half-open";
                case PASS -> "untouched";
            };
            return service.moduleName() + " ↔ " + (link == Link.KAFKA ? "Kafka" : "MongoDB") + " " + what
                    + " " + length.toSeconds() + " s";
        }

        static List<ProxyFault> all(List<Service> services) {
            List<ProxyFault> all = new ArrayList<>();
            for (Service s : services) {
                for (Link l : Link.values()) {
                    for (TcpProxy.Mode m : List.of(TcpProxy.Mode.CUT, TcpProxy.Mode.SLOW, TcpProxy.Mode.HALF_OPEN)) {
                        all.add(new ProxyFault(s, l, m));
                    }
                }
            }
            return all;
        }
    }

    /** The services whose connections to Kafka and MongoDB go through proxies: the producer and the mailer. */
    static final List<Service> PROXIED = List.of(Service.CAMPAIGN, Service.NOTIFICATION);
    static final Duration SLOW_DELAY = Duration.ofMillis(200);

    /** The lengths of one run: the full suite, or the short version that runs in CI. */
    record Profile(String name, List<Service> killed, Duration kafkaDown, Duration smtpDown, double perSecond,
                   List<ProxyFault> proxyFaults, Duration proxyFaultLength, int floodClients, Duration floodLength,
                   Duration loadMargin, List<String> extraJvmOptions, Path reportDirectory) {

        static Profile fromSystemProperties(Path root) {
            if ("full".equals(System.getProperty("tdkt.faults"))) {
                return new Profile("full", List.of(Service.values()), Duration.ofSeconds(30), Duration.ofMinutes(2), 3,
                        ProxyFault.all(PROXIED), Duration.ofSeconds(20), 32, Duration.ofSeconds(30), Duration.ofSeconds(4),
                        List.of(), root.resolve("system-tests/results"));
            }
            // Short backoff and circuit so that SMTP's return shows within the CI budget; the full run keeps the defaults.
            return new Profile("short", List.of(Service.NOTIFICATION), Duration.ofSeconds(10),
                    Duration.ofSeconds(15), 2, List.of(
                            new ProxyFault(Service.CAMPAIGN, Link.KAFKA, TcpProxy.Mode.CUT),
                            new ProxyFault(Service.CAMPAIGN, Link.MONGODB, TcpProxy.Mode.HALF_OPEN),
                            new ProxyFault(Service.NOTIFICATION, Link.MONGODB, TcpProxy.Mode.SLOW)),
                    Duration.ofSeconds(8), 12, Duration.ofSeconds(10), Duration.ofSeconds(2),
                    List.of("-Dtdkt.notification.initial-backoff=5s", "-Dtdkt.notification.circuit.open-for=5s"),
                    root.resolve("system-tests/target/results"));
        }
    }

    static final Duration READY_TIMEOUT = EndToEndTest.READY_TIMEOUT;
    /** From the end of a fault until every check passes; a killed consumer's partitions wait out its session (45 s). */
    static final Duration RECOVERY_TIMEOUT = EndToEndTest.scaled(Duration.ofSeconds(240));
    /** How long the checks must stay clean, so that a late duplicate email is caught. */
    static final Duration QUIET_PERIOD = Duration.ofSeconds(5);
    static final int MAX_COMMANDS_PER_FAULT = 600;

    private Profile profile;
    private Infrastructure infra;
    private SystemLauncher system;
    private MongoClient mongo;
    private DemoTokens tokens;
    private Thread cleanupOnExit;
    private String adminToken;
    private long adminTokenAt;
    private LoadGenerator load;
    private FaultChecks checks;
    private FaultReport report;
    private HeapWatch heap;
    /** What the last flood achieved, for its row's notes. */
    private LoadGenerator.Flood flood;
    private final Set<Command> reportedLost = new HashSet<>();
    private final Set<Command> reportedDuplicated = new HashSet<>();

    @BeforeAll
    void startTheSystem() throws IOException {
        Path root = Reactor.root();
        profile = Profile.fromSystemProperties(root);
        Path logs = root.resolve("system-tests/target/fault-logs");
        Files2.emptyDirectory(logs);
        Path runRoot = root.resolve("system-tests/target/fault-run");
        for (Service s : Service.values()) { // copies, so that a rebuild during the run cannot change them
            Files.createDirectories(s.jar(runRoot).getParent());
            Files.copy(s.jar(root), s.jar(runRoot), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.createDirectories(AuthServerProcess.jar(runRoot).getParent());
        Files.copy(AuthServerProcess.jar(root), AuthServerProcess.jar(runRoot), StandardCopyOption.REPLACE_EXISTING);

        cleanupOnExit = new Thread(this::stopTheSystem, "fault-tests-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
        infra = Infrastructure.builder().proxied(PROXIED.stream().map(Service::moduleName).toArray(String[]::new)).start();
        List<String> jvm = new ArrayList<>(EndToEndTest.SERVICE_JVM_OPTIONS);
        jvm.addAll(profile.extraJvmOptions());
        system = SystemLauncher.builder(infra).projectRoot(runRoot).logDirectory(logs).jvmOptions(jvm)
                .readyTimeout(READY_TIMEOUT).build().startAll();
        tokens = new DemoTokens(URI.create(system.authServer().issuer()));
        mongo = MongoClients.create(infra.mongoConnectionString());
        checks = new FaultChecks(infra, mongo);
        List<DemoUnits.Outcome> seeded = DemoUnits.seed(system.instance(Service.CAMPAIGN).baseUrl(), token());
        assertThat(seeded).as("the demo tree the load registers under").noneMatch(DemoUnits.Outcome::failed);
        String tag = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000, 36).toUpperCase(java.util.Locale.ROOT);
        load = new LoadGenerator(system.instance(Service.CAMPAIGN).baseUrl(), this::token, tag);
        report = new FaultReport(profile.name());
        heap = new HeapWatch(system);
    }

    @AfterAll
    void stopTheSystem() {
        MongoClient m = mongo;
        SystemLauncher s = system;
        Infrastructure i = infra;
        mongo = null;
        system = null;
        infra = null;
        try {
            if (m != null) {
                m.close();
            }
            if (s != null) {
                s.close();
            }
        } finally {
            if (i != null) {
                i.close();
            }
        }
        if (cleanupOnExit != null && Thread.currentThread() != cleanupOnExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
            } catch (IllegalStateException ignored) {
                // the JVM is already shutting down
            }
        }
    }

    @Test
    void everyAcceptedCommandTakesEffectExactlyOnceThroughEveryFault() {
        try {
            runFault("none (steady load)", () -> sleep(Duration.ofSeconds(6)));
            heap.takeBaseline(); // after a first round, so that warming up is not counted as growth
            for (Service service : profile.killed()) {
                runFault("SIGKILL " + service + ", restart", () -> {
                    ServiceProcess p = system.instance(service);
                    p.kill();
                    p.start().awaitReady(READY_TIMEOUT);
                });
            }
            runFault("Kafka broker stopped " + profile.kafkaDown().toSeconds() + " s", () -> {
                infra.stopKafka();
                sleep(profile.kafkaDown()); // holds the outage
                infra.startKafka();
            });
            runFault("SMTP down " + profile.smtpDown().toSeconds() + " s", () -> {
                infra.stopSmtp();
                sleep(profile.smtpDown()); // holds the outage
                infra.startSmtp();
            });
            for (ProxyFault pf : profile.proxyFaults()) {
                runFault(pf.label(profile.proxyFaultLength()), () -> {
                    String name = pf.service().moduleName();
                    TcpProxy proxy = pf.link() == Link.KAFKA ? infra.kafkaProxy(name) : infra.mongoProxy(name);
                    switch (pf.mode()) {
                        case CUT -> proxy.cut();
                        case SLOW -> proxy.slow(SLOW_DELAY);
                        case HALF_OPEN -> proxy.halfOpen();
                        case PASS -> { }
                    }
                    try {
                        sleep(profile.proxyFaultLength()); // holds the fault
                    } finally {
                        proxy.pass();
                    }
                });
            }
            runFault("load past capacity: " + profile.floodClients() + " clients for " + profile.floodLength().toSeconds() + " s",
                    () -> flood = load.flood("overload", profile.floodClients(), profile.floodLength()));
            runFault("malformed and unknown events on every topic", this::publishPoison);
            runFault("malformed requests to every API", () -> sendMalformedRequests()
                    .forEach(r -> report.problem("not refused with a 4xx problem: " + r)));
        } catch (RuntimeException | Error e) {
            report.aborted(e);
            throw e;
        } finally {
            Path file = report.write(profile.reportDirectory());
            log.info("fault report {}:\n{}", file, report.markdown());
        }
        assertThat(report.clean()).as("every fault: 0 lost, 0 duplicated, recovered, every malformed request refused;"
                + " see the report in %s", profile.reportDirectory()).isTrue();
    }

    // --- one fault ----------------------------------------------------------------------------------------

    interface Fault {
        void inject() throws Exception;
    }

    /** Load before, during and after the fault, then the checks until they pass (or time out), then a report row. */
    private void runFault(String name, Fault fault) {
        log.info("fault: {}", name);
        LoadGenerator.Run run = load.start(name, profile.perSecond(), MAX_COMMANDS_PER_FAULT,
                RECOVERY_TIMEOUT.plus(Duration.ofMinutes(5)));
        List<Command> sent;
        long ended;
        String notes = "";
        try {
            sleep(profile.loadMargin());
            fault.inject();
            ended = System.nanoTime();
            sleep(profile.loadMargin());
        } catch (Exception e) {
            ended = System.nanoTime();
            notes = "injection failed: " + e;
            log.error("fault '{}' could not be injected", name, e);
        } finally {
            sent = run.stop();
        }
        Tally tally = awaitRecovery(name);
        Duration recovery = tally.recovered() ? Duration.ofNanos(System.nanoTime() - ended) : null;
        Tally settled = quietPeriod(tally);
        List<Command> newlyLost = settled.lost().stream().filter(reportedLost::add).toList();
        List<Command> newlyDuplicated = settled.duplicated().stream().filter(reportedDuplicated::add).toList();
        int accepted = (int) sent.stream().filter(c -> c.outcome() == Outcome.ACCEPTED).count();
        long unanswered = sent.stream().filter(c -> c.outcome() == Outcome.UNANSWERED).count();
        long refused = sent.stream().filter(c -> c.outcome() == Outcome.REFUSED).count();
        HeapWatch.Reading memory = heapOrNull();
        LoadGenerator.Flood flooded = flood;
        flood = null;
        notes = String.join("; ", Stream.of(notes,
                flooded == null ? "" : flooded.toString(),
                unanswered > 0 ? unanswered + " unanswered (service away)" : "",
                refused > 0 ? refused + " refused" : "",
                settled.recovered() ? "" : "not recovered: " + settled.toString().lines().findFirst().orElse(""))
                .filter(s -> !s.isEmpty()).toList());
        report.add(new FaultReport.Row(name, sent.size(), accepted, newlyLost.size(), newlyDuplicated.size(), recovery,
                memory == null ? "–" : memory.toString(), memory == null || memory.back(), notes));
        if (!settled.problems().isEmpty()) {
            log.warn("after '{}': {}", name, settled);
        }
    }

    /** The services' live heap against the baseline; null before the baseline is taken. */
    private HeapWatch.Reading heapOrNull() {
        if (!heap.hasBaseline()) {
            return null;
        }
        try {
            return heap.read();
        } catch (RuntimeException e) {
            report.problem("could not read the services' memory: " + e);
            return null;
        }
    }

    /** Polls the checks every 2 s until they pass or the recovery time is up; returns the last tally. */
    private Tally awaitRecovery(String fault) {
        long deadline = System.nanoTime() + RECOVERY_TIMEOUT.toNanos();
        Tally tally = tallyOrUnrecovered();
        while (!tally.recovered() && System.nanoTime() < deadline) {
            sleep(Duration.ofSeconds(2)); // poll interval
            tally = tallyOrUnrecovered();
        }
        if (!tally.recovered()) {
            log.error("not recovered {} after '{}': {}", RECOVERY_TIMEOUT, fault, tally);
        }
        return tally;
    }

    /** Checks again after a quiet period, so that an email sent twice a little later still counts. */
    private Tally quietPeriod(Tally recovered) {
        if (!recovered.recovered()) {
            return recovered;
        }
        sleep(QUIET_PERIOD);
        return tally();
    }

    /** A check that cannot read a store yet (the broker still electing leaders) counts as not recovered. */
    private Tally tallyOrUnrecovered() {
        try {
            return tally();
        } catch (RuntimeException e) {
            log.info("checks could not run yet: {}", e.toString());
            return new Tally(Set.of(), Set.of(), List.of("checks failed: " + e), Long.MAX_VALUE, 0);
        }
    }

    private Tally tally() {
        return checks.check(load.units(), load.campaigns());
    }

    // --- poison and malformed requests ---------------------------------------------------------------------

    /** On every event topic: broken JSON of a known type, an unknown type, the wrong shape, no headers at all. */
    private void publishPoison() throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (String topic : Topics.ALL) {
                String known = EventCatalog.ALL.stream().filter(t -> t.topic().equals(topic)).map(EventType::name)
                        .findFirst().orElse("tdkt.fault.unknown.v1");
                Map<String, String[]> poison = Map.of(
                        "malformed", new String[] {known, "{\"mark\":\"" + FaultChecks.POISON_MARK + "\", broken"},
                        "unknown-type", new String[] {"tdkt.fault.unknown.v1", "{\"mark\":\"" + FaultChecks.POISON_MARK + "\"}"},
                        "wrong-shape", new String[] {known, "{\"mark\":\"" + FaultChecks.POISON_MARK + "\",\"aggregateVersion\":\"x\"}"},
                        "no-headers", new String[] {null, FaultChecks.POISON_MARK + " \u0000\u00ff not json"});
                for (Map.Entry<String, String[]> p : poison.entrySet()) {
                    String key = FaultChecks.POISON_MARK + "-" + p.getKey();
                    ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8),
                            p.getValue()[1].getBytes(StandardCharsets.UTF_8));
                    if (p.getValue()[0] != null) {
                        record.headers().add(new RecordHeader(CloudEventHeaders.ID, java.util.UUID.randomUUID().toString()
                                .getBytes(StandardCharsets.UTF_8)));
                        record.headers().add(new RecordHeader(CloudEventHeaders.TYPE, p.getValue()[0].getBytes(StandardCharsets.UTF_8)));
                        record.headers().add(new RecordHeader(CloudEventHeaders.SPECVERSION,
                                CloudEventHeaders.SPECVERSION_VALUE.getBytes(StandardCharsets.UTF_8)));
                    }
                    producer.send(record).get(30, TimeUnit.SECONDS);
                }
            }
        }
    }

    /**
     * Bad JSON, wrong types, unknown fields, an oversized body and bad tokens, to each service's API; returns
     * every request that was not refused with a 4xx problem.
     */
    private List<String> sendMalformedRequests() {
        String forged = token().substring(0, token().length() - 4) + "AAAA";
        String campaign = system.instance(Service.CAMPAIGN).baseUrl();
        String oversized = "{\"code\":\"LS-CL-BIG\",\"name\":\"" + "x".repeat(600 * 1024) + "\"}";
        record Bad(String what, String method, String url, String body, String token) {
        }
        List<Bad> requests = new ArrayList<>(List.of(
                new Bad("bad JSON", "POST", campaign + "/api/v1/units", "{\"code\": \"LS-CL-X\",", token()),
                new Bad("wrong types", "POST", campaign + "/api/v1/units", "{\"code\":123,\"level\":\"CITY\",\"staffCount\":\"many\"}", token()),
                new Bad("unknown field", "POST", campaign + "/api/v1/units",
                        "{\"code\":\"LS-CL-Y\",\"name\":\"n\",\"level\":\"COMMUNE\",\"parentCode\":\"LS-CL\",\"colour\":\"red\"}", token()),
                new Bad("oversized body", "POST", campaign + "/api/v1/units", oversized, token()),
                new Bad("bad JSON", "PUT", campaign + "/api/v1/units/LS-CL", "[[[", token()),
                new Bad("wrong types", "POST", campaign + "/api/v1/campaigns", "{\"title\":[],\"startDate\":\"yesterday\"}", token()),
                new Bad("unknown phase", "POST", campaign + "/api/v1/campaigns/does-not-exist/transitions", "{\"to\":\"DONE\"}", token())));
        for (Service s : Service.values()) {
            String base = system.instance(s).baseUrl();
            requests.add(new Bad("no token", "GET", base + "/api/v1/units", null, null));
            requests.add(new Bad("forged token", "GET", base + "/api/v1/units", null, forged));
            requests.add(new Bad("not a JWT", "POST", base + "/api/v1/units", "{}", "not-a-jwt"));
            if (s != Service.CAMPAIGN) {
                requests.add(new Bad("bad JSON", "POST", base + "/api/v1/dead-letters/replay", "{\"topic\":", token()));
                requests.add(new Bad("wrong types", "POST", base + "/api/v1/dead-letters/replay",
                        "{\"topic\":1,\"partition\":\"p\",\"offset\":[]}", token()));
            }
        }
        String notification = system.instance(Service.NOTIFICATION).baseUrl();
        requests.add(new Bad("bad JSON", "POST", notification + "/api/v1/deliveries/requeue", "{,}", token()));
        requests.add(new Bad("oversized body", "POST", notification + "/api/v1/deliveries/requeue", oversized, token()));
        List<String> notRefused = new ArrayList<>();
        for (Bad bad : requests) {
            Api.Response r = Api.request(bad.method(), bad.url(), bad.body(), bad.body() == null ? null : "application/json",
                    bad.token());
            if (r.status() < 400 || r.status() >= 500 || !r.isProblem()) {
                notRefused.add(bad.what() + ": " + r);
            }
        }
        return notRefused;
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** An administrator's token, renewed well within its 30 minutes' life. */
    private synchronized String token() {
        if (adminToken == null || System.nanoTime() - adminTokenAt > TimeUnit.MINUTES.toNanos(10)) {
            adminToken = tokens.accessToken("admin");
            adminTokenAt = System.nanoTime();
        }
        return adminToken;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Deletes what a previous run left in a folder of target/. */
    private static final class Files2 {
        static void emptyDirectory(Path dir) throws IOException {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> old = Files.list(dir)) {
                    for (Path f : old.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }
    }
}
