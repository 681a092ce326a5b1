package vn.tdkt.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import vn.tdkt.events.Topics;
import vn.tdkt.localstack.AuthServerProcess;
import vn.tdkt.localstack.Infrastructure;
import vn.tdkt.localstack.ReceivedMail;
import vn.tdkt.localstack.Service;
import vn.tdkt.localstack.ServiceProcess;
import vn.tdkt.localstack.SystemLauncher;
import vn.tdkt.localstack.auth.DemoTokens;

/**
 * The whole system as the one command runs it: the infrastructure ({@link Infrastructure}: Kafka
 * KRaft, embedded-mongo, GreenMail; free ports, temporary data) and the four services as separate
 * JVMs from their jars ({@link SystemLauncher}), driven only through the services' REST APIs.
 *
 * <p>The jars are {@code <module>/target/<module>-<version>.jar}: in {@code ./mvnw verify} the
 * reactor packages the services before this module's tests run (see this module's pom).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndTest {

    private static final Logger log = LoggerFactory.getLogger(EndToEndTest.class);

    /**
     * -Xmx256m per service JVM. The short claim timeout only shortens how long a delivery claimed by a killed instance
     * waits; the congress reminder pass runs every 5 s instead of hourly, so a document due soon is mailed in the test.
     */
    static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Dtdkt.notification.claim-timeout=20s",
            "-Dtdkt.congress.reminder-interval=PT5S");
    /**
     * Generous, because a service JVM starts in ~20 s on an idle 2-core machine but in minutes on a
     * busy one; -Dtdkt.e2e.timeout-scale=2 doubles every wait of this test.
     */
    static final double SCALE = Double.parseDouble(System.getProperty("tdkt.e2e.timeout-scale", "1"));
    static final Duration READY_TIMEOUT = scaled(Duration.ofSeconds(300));
    /** Emails after a launch; includes a consumer-group rebalance after a kill (session timeout 45 s). */
    static final Duration MAIL_TIMEOUT = scaled(Duration.ofSeconds(180));
    /** A unit event reaching a consumer's projection. */
    static final Duration PROJECTION_TIMEOUT = scaled(Duration.ofSeconds(90));
    /** How long the count of emails must stay exactly one per contact, to catch late duplicates. */
    static final Duration QUIET_PERIOD = Duration.ofSeconds(5);
    static final String PHASE_CHANGED = "tdkt.campaign.phase-changed.v1";

    record UnitSpec(String code, String name, String level, String parentCode, int staffCount, List<String> contactEmails) {
    }

    // Units of Lạng Sơn with Vietnamese names; every contact is distinct and lower-case.
    static final UnitSpec PROVINCE = new UnitSpec("LS", "Ủy ban nhân dân tỉnh Lạng Sơn", "PROVINCE", null, 350,
            List.of("vanphong.ubnd@langson.gov.vn"));
    static final UnitSpec FINANCE = new UnitSpec("LS-STC", "Sở Tài chính tỉnh Lạng Sơn", "DEPARTMENT", "LS", 120,
            List.of("thidua.stc@langson.gov.vn", "vanthu.stc@langson.gov.vn"));
    static final UnitSpec FINANCE_ADMIN = new UnitSpec("LS-STC-TCHC", "Phòng Tổ chức – Hành chính", "OFFICE", "LS-STC", 12,
            List.of("tchc.stc@langson.gov.vn"));
    static final UnitSpec HOME_AFFAIRS = new UnitSpec("LS-SNV", "Sở Nội vụ tỉnh Lạng Sơn", "DEPARTMENT", "LS", 80,
            List.of("banthidua.snv@langson.gov.vn"));
    static final UnitSpec DONG_DANG = new UnitSpec("LS-XA-DONGDANG", "Ủy ban nhân dân xã Đồng Đăng", "COMMUNE", "LS", 45,
            List.of("vanphong.dongdang@langson.gov.vn", "thidua.dongdang@langson.gov.vn", "chutich.dongdang@langson.gov.vn"));
    static final List<UnitSpec> UNITS = List.of(PROVINCE, FINANCE, FINANCE_ADMIN, HOME_AFFAIRS, DONG_DANG);
    // The districts and commune the demo officers act for (their codes are in the demo users' tokens).
    static final UnitSpec CHI_LANG = new UnitSpec("LS-CL", "Ủy ban nhân dân huyện Chi Lăng", "DISTRICT", "LS", 450,
            List.of("vanphong.chilang@langson.gov.vn"));
    static final UnitSpec HUU_LUNG = new UnitSpec("LS-HL", "Ủy ban nhân dân huyện Hữu Lũng", "DISTRICT", "LS", 75,
            List.of("vanphong.huulung@langson.gov.vn"));
    static final UnitSpec NHAN_LY = new UnitSpec("LS-CL-NL", "Ủy ban nhân dân xã Nhân Lý", "COMMUNE", "LS-CL", 18,
            List.of("vanphong.nhanly@langson.gov.vn"));

    private Infrastructure infra;
    private SystemLauncher system;
    private Thread cleanupOnExit;
    private boolean unitsRegistered;
    private DemoTokens tokens;

    @RegisterExtension
    final TestWatcher logsOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            dumpServiceLogs();
        }
    };

    @BeforeAll
    void startTheSystem() throws IOException {
        Path root = Reactor.root();
        List<String> missing = Stream.of(Service.values()).map(s -> s.jar(root)).filter(j -> !Files.isRegularFile(j))
                .map(Path::toString).toList();
        assertThat(missing).as("service jars to run; build them first (./mvnw -DskipTests package, or ./mvnw verify "
                + "which packages them before this module's tests)").isEmpty();

        Path logs = root.resolve("system-tests/target/e2e-logs");
        if (Files.isDirectory(logs)) {
            try (Stream<Path> old = Files.list(logs)) {
                for (Path f : old.toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
        // Run copies of the jars, so that a rebuild of a module while this test runs cannot change them.
        Path runRoot = root.resolve("system-tests/target/e2e-run");
        for (Service s : Service.values()) {
            Path copy = s.jar(runRoot);
            Files.createDirectories(copy.getParent());
            Files.copy(s.jar(root), copy, StandardCopyOption.REPLACE_EXISTING);
        }
        Path authCopy = AuthServerProcess.jar(runRoot); // SystemLauncher starts the auth server first
        Files.createDirectories(authCopy.getParent());
        Files.copy(AuthServerProcess.jar(root), authCopy, StandardCopyOption.REPLACE_EXISTING);

        cleanupOnExit = new Thread(this::stopTheSystem, "system-tests-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
        long begin = System.nanoTime();
        infra = Infrastructure.builder().start();
        system = SystemLauncher.builder(infra)
                .projectRoot(runRoot)
                .logDirectory(logs)
                .jvmOptions(Stream.concat(SERVICE_JVM_OPTIONS.stream(), Stream.of(
                        "-Dtdkt.rule-packs.extra-location=" + root.resolve("system-tests/src/test/resources/rule-packs")))
                        .toList())
                .readyTimeout(READY_TIMEOUT)
                .build()
                .startAll();
        tokens = new DemoTokens(URI.create(system.authServer().issuer()));
        Api.signedInAs(tokens.accessToken("admin"));
        log.info("system ready in {} s: {}", (System.nanoTime() - begin) / 1_000_000_000,
                system.instances().stream().map(p -> p.service() + " " + p.baseUrl()).collect(Collectors.joining(", ")));
    }

    @AfterAll
    void stopTheSystem() {
        SystemLauncher s = system;
        Infrastructure i = infra;
        system = null;
        infra = null;
        try {
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

    // ------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void launchingACampaignEmailsEveryContactOfItsUnitsExactlyOnce() {
        registerUnits();
        for (UnitSpec unit : UNITS) {
            awaitUnitKnown(Service.NOMINATION, unit);
            awaitUnitKnown(Service.DELEGATE, unit);
        }

        String title = "Phong trào thi đua “Đổi mới, sáng tạo, tăng tốc, bứt phá” năm 2026";
        String id = createCampaign(title, FINANCE, List.of(FINANCE_ADMIN, HOME_AFFAIRS));
        Api.Response launched = transition(id, "LAUNCHED");
        assertThat(launched.status()).as("%s", launched).isEqualTo(200);
        assertThat(launched.json().path("phase").asString()).isEqualTo("LAUNCHED");

        List<String> contacts = contactsOf(FINANCE, FINANCE_ADMIN, HOME_AFFAIRS);
        awaitExactlyOneMailPerContact(title, contacts);
        for (ReceivedMail mail : mailsAbout(title)) {
            assertThat(mail.subject()).as("subject, decoded").contains(title).contains("Phát động");
            assertThat(mail.body()).as("body of the mail to %s", mail.to()).contains(FINANCE.name()).contains(title);
        }
        assertThat(recipientsOf(mailsAbout(title))).as("nobody outside the organiser and the distribution list")
                .doesNotContainAnyElementsOf(contactsOf(PROVINCE, DONG_DANG));

        List<JsonNode> deliveries = awaitDeliveriesSent(title, contacts);
        String eventId = deliveries.getFirst().path("eventId").asString();
        assertThat(deliveries).allSatisfy(d -> {
            assertThat(d.path("eventType").asString()).isEqualTo(PHASE_CHANGED);
            assertThat(d.path("eventId").asString()).as("one event, one delivery per contact").isEqualTo(eventId);
            assertThat(d.path("sentAt").isNull() || d.path("sentAt").isMissingNode()).as("sentAt of %s", d).isFalse();
            assertThat(d.path("subject").asString()).contains(title);
        });
        String oneContact = contacts.getFirst();
        Api.Response byRecipient = Api.get(url(Service.NOTIFICATION, "/api/v1/deliveries?recipient=" + oneContact));
        assertThat(byRecipient.status()).isEqualTo(200);
        assertThat(elements(byRecipient.json())).as("deliveries to %s", oneContact)
                .anySatisfy(d -> assertThat(d.path("eventId").asString()).isEqualTo(eventId))
                .allSatisfy(d -> assertThat(d.path("recipient").asString()).isEqualTo(oneContact));
        Api.Response byEvent = Api.get(url(Service.NOTIFICATION, "/api/v1/deliveries?eventId=" + eventId));
        assertThat(elements(byEvent.json())).extracting(d -> d.path("recipient").asString())
                .containsExactlyInAnyOrderElementsOf(contacts);
    }

    @Test
    @Order(2)
    void killingNotificationServiceRightAfterALaunchLosesAndDuplicatesNoEmail() {
        registerUnits();
        for (UnitSpec unit : UNITS) {
            awaitUnitKnown(Service.NOTIFICATION, unit);
        }
        String title = "Thi đua thực hiện thắng lợi nhiệm vụ chuyển đổi số – đợt cao điểm năm 2026";
        String id = createCampaign(title, PROVINCE, List.of(FINANCE, FINANCE_ADMIN, HOME_AFFAIRS, DONG_DANG));
        List<String> contacts = contactsOf(PROVINCE, FINANCE, FINANCE_ADMIN, HOME_AFFAIRS, DONG_DANG);

        ServiceProcess notification = system.instance(Service.NOTIFICATION);
        Api.Response launched = transition(id, "LAUNCHED");
        notification.kill(); // SIGKILL: no graceful shutdown, no offset commit, no chance to mark anything
        assertThat(launched.status()).as("%s", launched).isEqualTo(200);
        log.info("killed notification-service right after the launch; {} of {} emails had arrived",
                mailsAbout(title).size(), contacts.size());

        notification.start().awaitReady(READY_TIMEOUT);

        awaitExactlyOneMailPerContact(title, contacts);
        awaitDeliveriesSent(title, contacts);
    }

    @Test
    @Order(3)
    void killingCampaignServiceRightAfterALaunchLosesAndDuplicatesNoEmail() {
        registerUnits();
        for (UnitSpec unit : UNITS) {
            awaitUnitKnown(Service.NOTIFICATION, unit);
        }
        String title = "Phong trào thi đua “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công vụ” năm 2026";
        String id = createCampaign(title, HOME_AFFAIRS, List.of(FINANCE_ADMIN, DONG_DANG));
        List<String> contacts = contactsOf(HOME_AFFAIRS, FINANCE_ADMIN, DONG_DANG);

        ServiceProcess campaign = system.instance(Service.CAMPAIGN);
        Api.Response launched = transition(id, "LAUNCHED");
        campaign.kill(); // SIGKILL: the launch is stored, its event may or may not have left the outbox
        assertThat(launched.status()).as("%s", launched).isEqualTo(200);
        log.info("killed campaign-service right after the launch; {} of {} emails had arrived",
                mailsAbout(title).size(), contacts.size());

        campaign.start().awaitReady(READY_TIMEOUT);
        Api.Response after = Api.get(url(Service.CAMPAIGN, "/api/v1/campaigns/" + id));
        assertThat(after.json().path("phase").asString()).as("%s", after).isEqualTo("LAUNCHED");

        awaitExactlyOneMailPerContact(title, contacts);
        awaitDeliveriesSent(title, contacts);
    }

    @Test
    @Order(4)
    void badInputGetsA4xxProblemAndChangesNothing() {
        registerUnits();
        String draft = createCampaign("Phong trào thi đua “Dân vận khéo” năm 2026", HOME_AFFAIRS, List.of(FINANCE));
        awaitUnitKnown(Service.NOMINATION, HOME_AFFAIRS);
        Map<String, JsonNode> before = snapshot();
        int mailsBefore = infra.receivedMails().size();

        String units = url(Service.CAMPAIGN, "/api/v1/units");
        String campaigns = url(Service.CAMPAIGN, "/api/v1/campaigns");
        String transitions = url(Service.CAMPAIGN, "/api/v1/campaigns/" + draft + "/transitions");
        Map<String, Object> goodUnit = unitBody(new UnitSpec("LS-SXD", "Sở Xây dựng tỉnh Lạng Sơn", "DEPARTMENT", "LS", 60,
                List.of("thidua.sxd@langson.gov.vn")));
        Map<String, Object> goodCampaign = campaignBody("Phong trào thi đua “Xanh – Sạch – Đẹp”", FINANCE, List.of(HOME_AFFAIRS));

        Map<String, Api.Response> answers = new LinkedHashMap<>();
        // campaign-service: units
        answers.put("unit: empty body", Api.post(units, "{}"));
        answers.put("unit: blank name", Api.post(units, with(goodUnit, "name", "   ")));
        answers.put("unit: unknown level", Api.post(units, with(goodUnit, "level", "CAP_TINH")));
        answers.put("unit: code with diacritics", Api.post(units, with(goodUnit, "code", "mã có dấu")));
        answers.put("unit: not an email", Api.post(units, with(goodUnit, "contactEmails", List.of("không phải thư điện tử"))));
        answers.put("unit: negative staff count", Api.post(units, with(goodUnit, "staffCount", -3)));
        answers.put("unit: unknown parent", Api.post(units, with(goodUnit, "parentCode", "KHONG-TON-TAI")));
        answers.put("unit: code registered twice", Api.post(units, with(unitBody(FINANCE), "name", "Sở Tài chính (đăng ký trùng)")));
        answers.put("unit: malformed JSON", Api.post(units, "{\"code\": \"LS-SXD\", \"name\": \"Sở Xây dựng"));
        answers.put("unit: text/plain", Api.postRaw(units, "code=LS-SXD", "text/plain"));
        // campaign-service: campaigns
        answers.put("campaign: empty body", Api.post(campaigns, "{}"));
        answers.put("campaign: unknown kind", Api.post(campaigns, with(goodCampaign, "kind", "HANG_TUAN")));
        answers.put("campaign: ends before it starts", Api.post(campaigns, with(with(goodCampaign, "startDate", "2026-12-31"), "endDate", "2026-01-01")));
        answers.put("campaign: unknown organiser", Api.post(campaigns, with(goodCampaign, "organiserUnitCode", "KHONG-TON-TAI")));
        answers.put("campaign: unknown recipient", Api.post(campaigns, with(goodCampaign, "recipientUnitCodes", List.of("KHONG-TON-TAI"))));
        answers.put("campaign: date not ISO", Api.post(campaigns, with(goodCampaign, "startDate", "31/12/2026")));
        answers.put("campaign: incomplete legal basis", Api.post(campaigns, with(goodCampaign, "legalBasis", List.of(Map.of("number", "", "issuer", "UBND tỉnh")))));
        // campaign-service: transitions (the campaign is a DRAFT)
        answers.put("transition: DRAFT→CLOSED", Api.post(transitions, Map.of("to", "CLOSED")));
        answers.put("transition: DRAFT→MIDTERM_REVIEW", Api.post(transitions, Map.of("to", "MIDTERM_REVIEW")));
        answers.put("transition: unknown phase", Api.post(transitions, Map.of("to", "KET_THUC")));
        answers.put("transition: empty body", Api.post(transitions, "{}"));
        answers.put("transition: unknown campaign", Api.post(url(Service.CAMPAIGN, "/api/v1/campaigns/" + UUID.nameUUIDFromBytes(new byte[] {1})
                + "/transitions"), Map.of("to", "LAUNCHED")));
        // the consumers' operator API (the one POST endpoint each of them has)
        for (Service consumer : List.of(Service.NOMINATION, Service.DELEGATE, Service.NOTIFICATION)) {
            String replay = url(consumer, "/api/v1/dead-letters/replay");
            answers.put(consumer + " replay: empty body", Api.post(replay, "{}"));
            answers.put(consumer + " replay: negative partition and offset",
                    Api.post(replay, Map.of("topic", "tdkt.unit.events", "partition", -1, "offset", -5)));
            answers.put(consumer + " replay: malformed JSON", Api.post(replay, "{\"topic\": \"tdkt.unit.events\", "));
            answers.put(consumer + " replay: blank topic", Api.post(replay, Map.of("topic", "", "partition", 0, "offset", 0)));
        }

        assertThat(answers).allSatisfy((what, r) -> {
            assertThat(r.status()).as("%s: %s", what, r).isBetween(400, 499);
            assertThat(r.isProblem()).as("problem+json: %s", r).isTrue();
            JsonNode problem = r.json();
            assertThat(problem.path("status").asInt()).as("status in %s", r).isEqualTo(r.status());
            assertThat(problem.path("errors").isArray()).as("errors list in %s", r).isTrue();
        });
        assertThat(answers.get("unit: code registered twice").status()).as("%s", answers.get("unit: code registered twice"))
                .isEqualTo(409);
        assertThat(answers.get("transition: DRAFT→CLOSED").status()).isEqualTo(409);
        assertThat(answers.get("transition: DRAFT→MIDTERM_REVIEW").status()).isEqualTo(409);
        assertThat(answers.get("transition: unknown campaign").status()).isEqualTo(404);

        // Nothing changed: not in campaign-service, and (after time for any event to travel) not in
        // the consumers' projections, deliveries or dead letters, and no email went out.
        assertThat(Api.get(url(Service.CAMPAIGN, "/api/v1/campaigns/" + draft)).json().path("phase").asString())
                .isEqualTo("DRAFT");
        await("state unchanged after bad input").during(QUIET_PERIOD).atMost(QUIET_PERIOD.multipliedBy(3))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(snapshot()).isEqualTo(before));
        assertThat(infra.receivedMails()).hasSize(mailsBefore);
    }

    @Test
    @Order(5)
    void anOfficerActsUnderItsUnitOnlyAndNobodyActsWithoutAValidToken() {
        registerUnits();
        for (UnitSpec district : List.of(CHI_LANG, HUU_LUNG)) {
            Api.Response r = Api.post(url(Service.CAMPAIGN, "/api/v1/units"), unitBody(district));
            assertThat(r.status()).as("%s", r).isIn(201, 409);
        }
        String chiLang = tokens.accessToken("thiduakt.chilang");

        Api.Response own = Api.post(url(Service.CAMPAIGN, "/api/v1/units"), unitBody(NHAN_LY), chiLang);
        Api.Response foreign = Api.post(url(Service.CAMPAIGN, "/api/v1/units"), unitBody(new UnitSpec("LS-HL-DT",
                "Ủy ban nhân dân xã Đồng Tân", "COMMUNE", HUU_LUNG.code(), 20, List.of())), chiLang);

        assertThat(own.status()).as("%s", own).isEqualTo(201);
        assertThat(foreign.status()).as("%s", foreign).isEqualTo(403);
        assertThat(foreign.isProblem()).isTrue();
        assertThat(Api.get(url(Service.CAMPAIGN, "/api/v1/units/LS-HL-DT")).status()).isEqualTo(404);
        awaitUnitKnown(Service.NOMINATION, NHAN_LY);

        String forged = chiLang.substring(0, chiLang.length() - 4) + (chiLang.endsWith("AAAA") ? "BBBB" : "AAAA");
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("GET", url(Service.CAMPAIGN, "/api/v1/units"));
        endpoints.put("POST", url(Service.CAMPAIGN, "/api/v1/campaigns"));
        for (Service service : Service.values()) {
            for (String path : List.of("/api/v1/units/LS", "/api/v1/audit", "/v3/api-docs")) {
                endpoints.put("GET " + service + path, url(service, path));
            }
        }
        endpoints.put("GET deliveries", url(Service.NOTIFICATION, "/api/v1/deliveries"));
        endpoints.put("GET dead letters", url(Service.NOMINATION, "/api/v1/dead-letters"));
        for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
            for (String token : java.util.Arrays.asList(null, forged, "not-a-jwt")) {
                Api.Response r = endpoint.getKey().startsWith("POST") ? Api.post(endpoint.getValue(), "{}", token)
                        : Api.get(endpoint.getValue(), token);
                assertThat(r.status()).as("%s with %s", r, token == null ? "no token" : "a bad token").isEqualTo(401);
                assertThat(r.isProblem()).as("%s", r).isTrue();
            }
        }
        for (Service service : Service.values()) {
            assertThat(Api.get(url(service, "/actuator/health/readiness"), null).status()).isEqualTo(200);
            assertThat(Api.get(url(service, "/actuator/prometheus"), null, Map.of("Accept", "text/plain")).status())
                    .isEqualTo(200);
        }
    }

    @Test
    @Order(6)
    void aTraceIdSetOnARestCallReachesTheKafkaRecordTheConsumerLogAndTheDelivery() throws IOException {
        registerUnits();
        for (UnitSpec unit : List.of(FINANCE, HOME_AFFAIRS)) {
            awaitUnitKnown(Service.NOTIFICATION, unit);
        }
        String title = "Phong trào thi đua “Chuyển đổi số” năm 2026";
        String id = createCampaign(title, FINANCE, List.of(HOME_AFFAIRS));
        String traceId = UUID.randomUUID().toString().replace("-", "");
        Api.Response launched = Api.post(url(Service.CAMPAIGN, "/api/v1/campaigns/" + id + "/transitions"),
                Map.of("to", "LAUNCHED"), tokens.accessToken("admin"),
                Map.of("traceparent", "00-" + traceId + "-" + traceId.substring(0, 16) + "-01"));
        assertThat(launched.status()).as("%s", launched).isEqualTo(200);

        Map<String, String> headers = awaitRecord(Topics.CAMPAIGN_EVENTS, id, PHASE_CHANGED);
        assertThat(headers.get("traceparent")).as("the Kafka record's traceparent").contains("-" + traceId + "-");
        String eventId = headers.get("ce_id");

        awaitDeliveriesSent(title, contactsOf(FINANCE, HOME_AFFAIRS));
        List<JsonNode> deliveries = elements(Api.get(url(Service.NOTIFICATION, "/api/v1/deliveries?eventId=" + eventId))
                .json());
        assertThat(deliveries).isNotEmpty().allSatisfy(d -> assertThat(d.path("traceId").asString()).isEqualTo(traceId));
        try (Stream<String> lines = Files.lines(system.instance(Service.NOTIFICATION).logFile())) {
            assertThat(lines.filter(line -> line.contains(traceId) && line.contains(id)))
                    .as("the consumer's log line for campaign %s carries trace %s", id, traceId).isNotEmpty();
        }
    }

    @Test
    @Order(7)
    void theLogsNameNoContactOfAnyUnit() throws IOException {
        List<String> contacts = Stream.concat(UNITS.stream(), Stream.of(CHI_LANG, HUU_LUNG, NHAN_LY))
                .flatMap(u -> u.contactEmails().stream()).toList();
        try (Stream<Path> files = Files.list(system.logDirectory())) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                assertThat(contacts).as("personal data in %s", file).noneMatch(text::contains);
            }
        }
    }

    @Test
    @Order(8)
    void seed000ACampaignCascadesDownTheLevelsAndItsOrganiserSeesWhoHasNotActed() {
        registerUnits();
        UnitSpec inspectorate = new UnitSpec("LS-STC-TTRA", "Thanh tra Sở Tài chính", "OFFICE", "LS-STC", 9,
                List.of("thanhtra.stc@langson.gov.vn"));
        Api.Response registered = Api.post(url(Service.CAMPAIGN, "/api/v1/units"), unitBody(inspectorate));
        assertThat(registered.status()).as("%s", registered).isEqualTo(201);

        // The province launches the directive to two departments and a commune.
        Api.Response province = Api.post(url(Service.CAMPAIGN, "/api/v1/campaigns"), PlanCascadeFlow.provinceCampaign(
                PROVINCE.code(), List.of(FINANCE.code(), HOME_AFFAIRS.code(), DONG_DANG.code())));
        assertThat(province.status()).as("%s", province).isEqualTo(201);
        String provinceId = province.json().path("id").asString();
        assertThat(transition(provinceId, "LAUNCHED").status()).isEqualTo(200);
        awaitExactlyOneMailPerContact(PlanCascadeFlow.DIRECTIVE_TITLE, contactsOf(PROVINCE, FINANCE, HOME_AFFAIRS, DONG_DANG));

        // The Department of Finance implements it with its own plan, a task for each office, and launches it.
        Api.Response finance = Api.post(url(Service.CAMPAIGN, "/api/v1/campaigns"), PlanCascadeFlow.departmentCampaign(
                FINANCE.code(), provinceId, List.of(FINANCE_ADMIN.code(), inspectorate.code())));
        assertThat(finance.status()).as("%s", finance).isEqualTo(201);
        String financeId = finance.json().path("id").asString();
        assertThat(transition(financeId, "LAUNCHED").status()).isEqualTo(200);
        awaitExactlyOneMailPerContact(PlanCascadeFlow.FINANCE_PLAN_TITLE, contactsOf(FINANCE, FINANCE_ADMIN, inspectorate));

        // The province sees who has acted: Finance has, Home Affairs and Đồng Đăng have not.
        Api.Response cascade = Api.get(url(Service.CAMPAIGN, "/api/v1/campaigns/" + provinceId + "/cascade"));
        assertThat(cascade.status()).as("%s", cascade).isEqualTo(200);
        Map<String, JsonNode> byUnit = new TreeMap<>();
        cascade.json().path("root").path("recipients").forEach(r -> byUnit.put(r.path("unitCode").asString(), r));
        assertThat(byUnit.keySet()).containsExactlyInAnyOrder(FINANCE.code(), HOME_AFFAIRS.code(), DONG_DANG.code());
        assertThat(byUnit.get(FINANCE.code()).path("launched").asBoolean()).isTrue();
        assertThat(byUnit.get(FINANCE.code()).path("campaignId").asString()).isEqualTo(financeId);
        assertThat(byUnit.get(HOME_AFFAIRS.code()).path("launched").asBoolean()).isFalse();
        assertThat(byUnit.get(DONG_DANG.code()).path("launched").asBoolean()).isFalse();
        assertThat(elements(cascade.json().path("root").path("implementedBy")))
                .extracting(c -> c.path("campaignId").asString()).containsExactly(financeId);

        // The other services learn the plan's place in the cascade from the events.
        for (Service consumer : List.of(Service.NOMINATION, Service.DELEGATE)) {
            await("the finance plan on " + consumer).atMost(PROJECTION_TIMEOUT).pollInterval(Duration.ofMillis(300))
                    .untilAsserted(() -> {
                        Api.Response r = Api.get(url(consumer, "/api/v1/campaigns/" + financeId));
                        assertThat(r.status()).as("%s", r).isEqualTo(200);
                        assertThat(r.json().path("parentCampaignId").asString()).isEqualTo(provinceId);
                        assertThat(r.json().path("phase").asString()).isEqualTo("LAUNCHED");
                    });
        }
    }

    @Test
    @Order(9)
    void afterTwoCommunesMergeTheSuccessorReceivesTheCampaignsEmailsAndEveryServiceKnowsIt() {
        registerUnits();
        UnitSpec tanThanh = new UnitSpec("LS-XA-TANTHANH", "Ủy ban nhân dân xã Tân Thành", "COMMUNE", "LS", 20,
                List.of("vanphong.tanthanh@langson.gov.vn"));
        UnitSpec hoangDong = new UnitSpec("LS-XA-HOANGDONG", "Ủy ban nhân dân xã Hoàng Đồng", "COMMUNE", "LS", 22,
                List.of("vanphong.hoangdong@langson.gov.vn"));
        UnitSpec successor = new UnitSpec("LS-XA-HOANGVANTHU", "Ủy ban nhân dân xã Hoàng Văn Thụ", "COMMUNE", "LS", 42,
                List.of("vanphong.hoangvanthu@langson.gov.vn", "thidua.hoangvanthu@langson.gov.vn"));
        for (UnitSpec u : List.of(tanThanh, hoangDong)) {
            Api.Response r = Api.post(url(Service.CAMPAIGN, "/api/v1/units"), unitBody(u));
            assertThat(r.status()).as("%s", r).isEqualTo(201);
        }
        // Drafted while Tân Thành still exists; launched after it merged.
        String id = createCampaign(PlanCascadeFlow.MERGER_CAMPAIGN_TITLE, PROVINCE, List.of(tanThanh));

        Api.Response merged = Api.post(url(Service.CAMPAIGN, "/api/v1/units/mergers"), PlanCascadeFlow.merger(
                List.of(tanThanh.code(), hoangDong.code()), unitBody(successor)));
        assertThat(merged.status()).as("%s", merged).isEqualTo(201);
        Api.Response old = Api.get(url(Service.CAMPAIGN, "/api/v1/units/" + tanThanh.code()));
        assertThat(old.status()).isEqualTo(200);
        assertThat(old.json().path("status").asString()).isEqualTo("MERGED");
        assertThat(old.json().path("successorCode").asString()).isEqualTo(successor.code());
        assertThat(elements(Api.get(url(Service.CAMPAIGN, "/api/v1/units/" + successor.code())).json().path("predecessorCodes")))
                .extracting(JsonNode::asString).containsExactlyInAnyOrder(tanThanh.code(), hoangDong.code());
        for (Service consumer : List.of(Service.NOMINATION, Service.DELEGATE, Service.NOTIFICATION)) {
            await(tanThanh.code() + " merged on " + consumer).atMost(PROJECTION_TIMEOUT).pollInterval(Duration.ofMillis(300))
                    .untilAsserted(() -> {
                        Api.Response r = Api.get(url(consumer, "/api/v1/units/" + tanThanh.code()));
                        assertThat(r.status()).as("%s", r).isEqualTo(200);
                        assertThat(r.json().path("status").asString()).isEqualTo("MERGED");
                        assertThat(r.json().path("successorCode").asString()).isEqualTo(successor.code());
                    });
            awaitUnitKnown(consumer, successor);
        }

        assertThat(transition(id, "LAUNCHED").status()).isEqualTo(200);
        awaitExactlyOneMailPerContact(PlanCascadeFlow.MERGER_CAMPAIGN_TITLE, contactsOf(PROVINCE, successor));
        assertThat(recipientsOf(mailsAbout(PlanCascadeFlow.MERGER_CAMPAIGN_TITLE)))
                .as("the merged commune's old office gets nothing").doesNotContainAnyElementsOf(tanThanh.contactEmails());
    }

    /**
     * Issue 13 end to end: a commune nominates; the district appraises it, its council votes in secret and it
     * forwards the dossier; the province appraises, its council votes in secret, a decision confers the
     * honour; the units are mailed at each step, and delegate-service learns the honoured person.
     */
    @Test
    @Order(10)
    void aCommunesNomineeIsVotedInSecretUpTheLevelsAndTheDecisionReachesEveryService() {
        ensureRegistered(PROVINCE, CHI_LANG, NHAN_LY);
        for (Service consumer : List.of(Service.NOMINATION, Service.DELEGATE, Service.NOTIFICATION)) {
            for (UnitSpec unit : List.of(PROVINCE, CHI_LANG, NHAN_LY)) {
                awaitUnitKnown(consumer, unit);
            }
        }
        String nhanLy = tokens.accessToken("thiduakt.nhanly");
        String chiLang = tokens.accessToken("thiduakt.chilang");
        String secretary = tokens.accessToken("thuky.hoidong");

        // The commune drafts and submits to the district.
        Api.Response drafted = Api.post(url(Service.NOMINATION, "/api/v1/nominations"),
                NominationFlow.dossier(NHAN_LY.code(), CHI_LANG.code(), NHAN_LY.code()), nhanLy);
        assertThat(drafted.status()).as("%s", drafted).isEqualTo(201);
        String lower = drafted.json().path("id").asString();
        assertThat(dossierStep(lower, "submit", null, nhanLy).path("status").asString()).isEqualTo("SUBMITTED");

        // The district appraises it (noting what the law leaves open), its council votes, it forwards.
        appraise(lower, chiLang);
        List<String> district = List.of("uyvien.1", "uyvien.2", "uyvien.3");
        voteInSecret(CHI_LANG.code(), "Hội đồng Thi đua – Khen thưởng huyện Chi Lăng", district, lower, secretary);
        JsonNode forwarded = dossierStep(lower, "forward", null, chiLang);
        assertThat(forwarded.path("status").asString()).isEqualTo("FORWARDED");
        assertThat(forwarded.path("forward").path("to").asString()).isEqualTo(PROVINCE.code());
        String upper = forwarded.path("forward").path("as").asString();

        // The province appraises and votes, and decides within the authority its (test) pack states.
        appraise(upper, secretary);
        List<String> province = List.of("uyvien.1", "uyvien.2", "uyvien.3", "uyvien.4", "uyvien.5");
        voteInSecret(PROVINCE.code(), "Hội đồng Thi đua – Khen thưởng tỉnh Lạng Sơn", province, upper, secretary);
        Api.Response decided = Api.post(url(Service.NOMINATION, "/api/v1/decisions"),
                NominationFlow.decision(PROVINCE.code(), upper), tokens.accessToken("thiduakt.tinh"));
        assertThat(decided.status()).as("%s", decided).isEqualTo(201);
        await("the dossier decided").atMost(PROJECTION_TIMEOUT).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> assertThat(Api.get(url(Service.NOMINATION, "/api/v1/nominations/" + upper))
                        .json().path("status").asString()).isEqualTo("DECIDED"));
        JsonNode history = Api.get(url(Service.NOMINATION, "/api/v1/nominations/" + upper + "/history?size=50")).json();
        assertThat(elements(history)).extracting(h -> h.path("unitCode").asString())
                .as("the province's dossier carries the district's steps").contains(CHI_LANG.code(), PROVINCE.code());

        // The nominating district and the nominee's commune are told of the decision, once each.
        awaitExactlyOneMailPerContact("Hồ sơ khen thưởng " + NominationFlow.NOMINEE + ": đã được khen thưởng",
                contactsOf(CHI_LANG, NHAN_LY));
        // delegate-service knows her now, for the congresses' delegate lists.
        await("the honour on delegate-service").atMost(PROJECTION_TIMEOUT).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    Api.Response people = Api.get(url(Service.DELEGATE, "/api/v1/exemplary-people?unit="
                            + NHAN_LY.code()));
                    assertThat(people.status()).as("%s", people).isEqualTo(200);
                    assertThat(elements(people.json())).anySatisfy(p -> {
                        assertThat(p.path("name").asString()).isEqualTo(NominationFlow.NOMINEE);
                        assertThat(p.path("awardCode").asString()).isEqualTo(NominationFlow.AWARD);
                    });
                });
    }

    /**
     * Issue 14 end to end, after seed 002 (Chi Lăng, 2024): the district plans its congress of at most 300 delegates
     * for April 2025 and the communes theirs first (the pilot Nhân Lý in February, the others in the first quarter; one
     * dated after the district refused); the district's council records the communes' documents (one late); the
     * timeline shows the pilot first, then the communes, then the district, and what is late; the district shares
     * its exemplary seats among the communes by staff; each commune fills its list (Nhân Lý picks the person the
     * province honoured in the nomination test), a person sent twice blocks approval until removed, two lists are
     * approved, one is left proposed, and the district's roster shows seats, proposed, approved and missing per
     * commune; the approval reaches Kafka; a document due soon reminds its organiser by email.
     */
    @Test
    @Order(11)
    void seed002ChiLangPlansItsCongressesAllocatesSeatsAndApprovesTheCommunesDelegateLists() {
        UnitSpec quangLang = new UnitSpec("LS-CL-QL", "Ủy ban nhân dân xã Quang Lang", "COMMUNE", CHI_LANG.code(), 24,
                List.of("vanphong.quanglang@langson.gov.vn"));
        UnitSpec maiSao = new UnitSpec("LS-CL-MS", "Ủy ban nhân dân xã Mai Sao", "COMMUNE", CHI_LANG.code(), 28,
                List.of("vanphong.maisao@langson.gov.vn"));
        ensureRegistered(PROVINCE, CHI_LANG, NHAN_LY, quangLang, maiSao, DONG_DANG);
        for (UnitSpec unit : List.of(CHI_LANG, NHAN_LY, quangLang, maiSao, DONG_DANG)) {
            awaitUnitKnown(Service.DELEGATE, unit);
            awaitUnitKnown(Service.NOTIFICATION, unit);
        }
        String chiLang = tokens.accessToken("thiduakt.chilang");
        String nhanLy = tokens.accessToken("thiduakt.nhanly");
        String congresses = url(Service.DELEGATE, "/api/v1/congresses");

        // The district: a delegate conference (over 200 staff) of at most 300 (seed 002 §II.2.2); 350 is refused.
        Map<String, Object> districtBody = new LinkedHashMap<>(Map.of("organiserUnitCode", CHI_LANG.code(),
                "title", "Hội nghị điển hình tiên tiến huyện Chi Lăng năm 2025", "date", "2025-04-15",
                "maxDelegates", 350));
        Api.Response tooLarge = Api.post(congresses, districtBody, chiLang);
        assertThat(tooLarge.status()).as("%s", tooLarge).isEqualTo(422);
        assertThat(tooLarge.isProblem()).isTrue();
        Api.Response district = Api.post(congresses, with(districtBody, "maxDelegates", 300), chiLang);
        assertThat(district.status()).as("%s", district).isEqualTo(201);
        assertThat(district.json().path("form").asString()).isEqualTo("DELEGATE");
        assertThat(district.json().path("exemplarySeats").asInt()).as("70 % of 300").isEqualTo(210);
        String districtId = district.json().path("id").asString();

        // The communes first: the pilot Nhân Lý in February, the others in the first quarter.
        String nhanLyCongress = planCommune(NHAN_LY, "2025-02-20", true, districtId, nhanLy);
        String quangLangCongress = planCommune(quangLang, "2025-03-10", false, districtId, chiLang);
        Api.Response afterTheDistrict = Api.post(congresses, communeCongress(maiSao, "2025-04-20", false, districtId),
                chiLang);
        assertThat(afterTheDistrict.status()).as("a commune after its district: %s", afterTheDistrict).isEqualTo(422);
        assertThat(afterTheDistrict.isProblem()).isTrue();
        assertThat(afterTheDistrict.body()).contains("\"date\"");
        String maiSaoCongress = planCommune(maiSao, "2025-03-14", false, districtId, chiLang);

        // The district's council records the communes' documents, due 15 days before each congress (seed 002 §IV.1).
        for (String document : List.of("PLAN", "SCHEDULE", "REPORT", "AGENDA")) {
            receive(nhanLyCongress, document, "2025-02-03", chiLang);
            receive(quangLangCongress, document, "2025-02-20", chiLang);
        }
        receive(maiSaoCongress, "PLAN", "2025-02-27", chiLang); // due 2025-02-27: on time
        receive(maiSaoCongress, "REPORT", "2025-03-03", chiLang); // late

        JsonNode timeline = Api.get(congresses + "/" + districtId + "/timeline", chiLang).json();
        List<JsonNode> nodes = elements(timeline.path("nodes"));
        assertThat(nodes).extracting(n -> n.path("organiserUnitCode").asString()).as("pilot, communes, district")
                .containsExactly(NHAN_LY.code(), quangLang.code(), maiSao.code(), CHI_LANG.code());
        assertThat(nodes.getFirst().path("pilot").asBoolean()).isTrue();
        Map<String, String> maiSaoDocuments = new TreeMap<>();
        nodes.get(2).path("documents").forEach(d -> maiSaoDocuments.put(d.path("document").asString(),
                d.path("state").asString()));
        assertThat(maiSaoDocuments).isEqualTo(Map.of("PLAN", "RECEIVED", "REPORT", "RECEIVED_LATE",
                "SCHEDULE", "LATE", "AGENDA", "LATE"));
        assertThat(elements(nodes.getFirst().path("documents"))).extracting(d -> d.path("state").asString())
                .containsOnly("RECEIVED");

        // The district's exemplary seats among the communes, by staff (18, 24, 28 of 70): 54, 72, 84 of 210.
        Api.Response allocated = Api.post(congresses + "/" + districtId + "/allocations", Map.of("basis", "STAFF"),
                chiLang);
        assertThat(allocated.status()).as("%s", allocated).isEqualTo(201);
        Map<String, Integer> seats = new TreeMap<>();
        allocated.json().path("units").forEach(u -> seats.put(u.path("unitCode").asString(), u.path("seats").asInt()));
        assertThat(seats).isEqualTo(Map.of(NHAN_LY.code(), 54, quangLang.code(), 72, maiSao.code(), 84));

        // Nhân Lý picks the person the province honoured (the nomination test), and two of its own by hand.
        String honoured = await("the honoured person on delegate-service").atMost(PROJECTION_TIMEOUT)
                .pollInterval(Duration.ofMillis(500)).until(() -> elements(Api.get(url(Service.DELEGATE,
                        "/api/v1/exemplary-people?unit=" + NHAN_LY.code()), nhanLy).json()).stream()
                        .filter(p -> NominationFlow.NOMINEE.equals(p.path("name").asString()))
                        .map(p -> p.path("id").asString()).findFirst().orElse(null), id -> id != null);
        String nhanLyList = congresses + "/" + districtId + "/delegate-lists/" + NHAN_LY.code();
        addDelegate(nhanLyList, Map.of("exemplaryPersonId", honoured, "birthYear", 1986, "gender", "FEMALE",
                "ethnicity", "Tày", "position", "Cán bộ xã Nhân Lý", "category", "EXEMPLARY"), nhanLy);
        addDelegate(nhanLyList, delegate("Lương Văn Quý", 1979, "MALE", "Nùng", "Nông dân sản xuất giỏi",
                "EXEMPLARY"), nhanLy);
        addDelegate(nhanLyList, delegate("Vi Thị Hằng", 1990, "FEMALE", "Tày", "Bí thư Đoàn xã", "GUEST"), nhanLy);
        approve(nhanLyList, nhanLy, nhanLy);

        // Quang Lang sends the same person again, by hand: approval is refused naming her, until she is removed.
        String quangLangList = congresses + "/" + districtId + "/delegate-lists/" + quangLang.code();
        addDelegate(quangLangList, delegate("Hoàng Văn Minh", 1975, "MALE", "Kinh", "Chủ nhiệm hợp tác xã",
                "EXEMPLARY"), chiLang);
        addDelegate(quangLangList, delegate("Nông Thị Thu", 1988, "FEMALE", "Nùng", "Giáo viên trường tiểu học",
                "EXEMPLARY"), chiLang);
        JsonNode twice = addDelegate(quangLangList, delegate(NominationFlow.NOMINEE, 1986, "FEMALE", "Tày",
                "Cán bộ xã", "EXEMPLARY"), chiLang);
        assertThat(Api.post(quangLangList + "/submit", Map.of(), chiLang).status()).isEqualTo(200);
        // The commune's own congress passes its list, not the district (seed 002's programme): Chi Lăng is refused.
        // Quang Lang has no user in the demo, so the administrator records its congress's decision.
        assertThat(Api.post(quangLangList + "/approve", Map.of(), chiLang).status())
                .as("the district may return a commune's list, not pass it").isEqualTo(403);
        String quangLangDecides = tokens.accessToken("admin");
        Api.Response refused = Api.post(quangLangList + "/approve", Map.of(), quangLangDecides);
        assertThat(refused.status()).as("%s", refused).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.body()).contains("delegates[2]");
        JsonNode checks = Api.get(quangLangList + "/checks", chiLang).json();
        JsonNode duplicate = elements(checks.path("checks")).stream()
                .filter(c -> "DUPLICATE_PERSON".equals(c.path("code").asString())).findFirst().orElseThrow();
        assertThat(duplicate.path("outcome").asString()).isEqualTo("BLOCKING");
        assertThat(duplicate.path("elsewhere").get(0).path("unitCode").asString()).isEqualTo(NHAN_LY.code());
        String duplicateId = duplicate.path("delegateId").asString();
        assertThat(elements(twice.path("delegates"))).extracting(d -> d.path("id").asString()).contains(duplicateId);
        Api.Response reopened = Api.post(quangLangList + "/reopen",
                Map.of("reason", "Bỏ đại biểu trùng với xã Nhân Lý"), chiLang);
        assertThat(reopened.status()).as("%s", reopened).isEqualTo(200);
        Api.Response removed = Api.request("DELETE", quangLangList + "/delegates/" + duplicateId, null, null, chiLang);
        assertThat(removed.status()).as("%s", removed).isEqualTo(200);
        approve(quangLangList, chiLang, quangLangDecides);

        // Mai Sao proposes its list, which its congress has not passed yet.
        String maiSaoList = congresses + "/" + districtId + "/delegate-lists/" + maiSao.code();
        addDelegate(maiSaoList, delegate("Lộc Văn Tài", 1982, "MALE", "Tày", "Trưởng thôn", "EXEMPLARY"), chiLang);
        addDelegate(maiSaoList, delegate("Hoàng Thị Mai", 1992, "FEMALE", "Nùng", "Y sĩ trạm y tế xã", "EXEMPLARY"),
                chiLang);
        assertThat(Api.post(maiSaoList + "/submit", Map.of(), chiLang).status()).isEqualTo(200);

        // The district's roster: seats, proposed, approved and missing per commune.
        JsonNode summary = Api.get(congresses + "/" + districtId + "/roster/summary", chiLang).json();
        Map<String, JsonNode> byUnit = new TreeMap<>();
        summary.path("units").forEach(u -> byUnit.put(u.path("unitCode").asString(), u));
        assertThat(byUnit.get(NHAN_LY.code()).path("approved").asInt()).isEqualTo(3);
        assertThat(byUnit.get(NHAN_LY.code()).path("missing").asInt()).isEqualTo(51);
        assertThat(byUnit.get(quangLang.code()).path("approved").asInt()).isEqualTo(2);
        assertThat(byUnit.get(maiSao.code()).path("seats").asInt()).isEqualTo(84);
        assertThat(byUnit.get(maiSao.code()).path("proposed").asInt()).isEqualTo(2);
        assertThat(byUnit.get(maiSao.code()).path("approved").asInt()).isZero();
        assertThat(byUnit.get(maiSao.code()).path("missing").asInt()).isEqualTo(84);
        assertThat(summary.path("totals").path("approved").asInt()).isEqualTo(5);
        assertThat(summary.path("totals").path("missing").asInt()).isEqualTo(210 - 5);
        JsonNode roster = Api.get(congresses + "/" + districtId + "/roster?size=50", chiLang).json();
        assertThat(elements(roster)).extracting(d -> d.path("fullName").asString())
                .contains(NominationFlow.NOMINEE, "Hoàng Văn Minh").doesNotContain("Lộc Văn Tài");
        assertThat(Api.get(congresses + "/" + districtId + "/roster", nhanLy).status())
                .as("a commune does not read the district's roster").isEqualTo(403);

        Map<String, String> approval = awaitRecord(Topics.CONGRESS_EVENTS, districtId + ":" + NHAN_LY.code(),
                "tdkt.congress.delegate-list-approved.v1");
        assertThat(approval).containsKey("ce_id");

        // A congress 18 days away: its documents are due in 3, within the reminder's lead; its organiser is mailed.
        String title = "Hội nghị điển hình tiên tiến xã Đồng Đăng " + UUID.randomUUID().toString().substring(0, 8);
        Api.Response soon = Api.post(congresses, Map.of("organiserUnitCode", DONG_DANG.code(), "title", title,
                "date", LocalDate.now().plusDays(18).toString()), tokens.accessToken("bantochuc.tinh"));
        assertThat(soon.status()).as("%s", soon).isEqualTo(201);
        await("the document reminders mailed to " + DONG_DANG.code()).atMost(MAIL_TIMEOUT)
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(recipientsOf(mailsAbout(title)))
                        .containsAll(DONG_DANG.contactEmails()));
        assertThat(mailsAbout(title)).allSatisfy(m -> assertThat(m.subject()).contains("Nhắc gửi"));
        await("the reminders as deliveries").atMost(PROJECTION_TIMEOUT).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(elements(Api.get(url(Service.NOTIFICATION,
                        "/api/v1/deliveries?size=200")).json()).stream()
                        .filter(d -> d.path("subject").asString("").contains(title))
                        .map(d -> d.path("recipient").asString()).toList())
                        .containsAll(DONG_DANG.contactEmails()));
    }

    @Test
    @Order(100)
    void theAuditTrailOfEveryServiceVerifies() {
        String operator = tokens.accessToken("vanhanh");
        for (Service service : Service.values()) {
            Api.Response verification = Api.get(url(service, "/api/v1/audit/verification"), operator);
            assertThat(verification.status()).as("%s", verification).isEqualTo(200);
            assertThat(verification.json().path("intact").asBoolean()).as("%s", verification).isTrue();
        }
        Api.Response campaignTrail = Api.get(url(Service.CAMPAIGN, "/api/v1/audit?size=200"), operator);
        assertThat(elements(campaignTrail.json())).extracting(r -> r.path("outcome").asString())
                .contains("SUCCEEDED", "DENIED", "REJECTED");
        assertThat(Api.get(url(Service.NOTIFICATION, "/api/v1/deliveries"), operator).status())
                .as("an operator reads no personal data").isEqualTo(403);
    }

    // --- steps ----------------------------------------------------------------------------------

    /** The headers of the first record on {@code topic} with this key and CloudEvents type. */
    private Map<String, String> awaitRecord(String topic, String key, String type) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<String, String> found = new TreeMap<>();
            await("a " + type + " record of " + key).atMost(PROJECTION_TIMEOUT).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Header ceType = record.headers().lastHeader("ce_type");
                    if (key.equals(record.key()) && ceType != null
                            && type.equals(new String(ceType.value(), StandardCharsets.UTF_8)) && found.isEmpty()) {
                        record.headers().forEach(h -> found.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
                    }
                }
                return !found.isEmpty();
            });
            return found;
        }
    }

    /** Registers the units not registered yet (an earlier test may have). */
    private void ensureRegistered(UnitSpec... units) {
        for (UnitSpec unit : units) {
            Api.Response r = Api.post(url(Service.CAMPAIGN, "/api/v1/units"), unitBody(unit));
            assertThat(r.status()).as("%s", r).isIn(201, 409);
        }
    }

    private JsonNode dossierStep(String id, String step, Object body, String token) {
        Api.Response r = Api.post(url(Service.NOMINATION, "/api/v1/nominations/" + id + "/" + step),
                body == null ? Map.of() : body, token);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json();
    }

    /** Appraises the dossier; where a criterion is left UNKNOWN by the law as read, the appraiser notes it. */
    private void appraise(String id, String token) {
        JsonNode first = dossierStep(id, "appraisal", Map.of(), token);
        if (!"APPRAISED".equals(first.path("status").asString())) {
            Map<String, String> notes = new TreeMap<>();
            first.path("appraisal").path("criteria").forEach(c -> {
                assertThat(c.path("status").asString()).as("%s", c).isNotEqualTo("NOT_MET");
                if ("UNKNOWN".equals(c.path("status").asString())) {
                    notes.put(c.path("code").asString(), "Đã kiểm tra hồ sơ gốc: đạt (ghi nhận của tổ thẩm định)");
                }
            });
            JsonNode second = dossierStep(id, "appraisal", Map.of("notes", notes), token);
            assertThat(second.path("status").asString()).as("%s", second).isEqualTo("APPRAISED");
        }
    }

    /**
     * The secretary sets up the unit's council and opens a session on the dossier; every member approves in
     * secret and checks their receipt; the secretary closes it, recording the rule the pack leaves open.
     */
    private void voteInSecret(String unit, String name, List<String> members, String nominationId, String secretary) {
        Api.Response council = Api.put(url(Service.NOMINATION, "/api/v1/councils/" + unit),
                NominationFlow.council(name, members), secretary);
        assertThat(council.status()).as("%s", council).isIn(200, 201);
        Api.Response opened = Api.post(url(Service.NOMINATION, "/api/v1/councils/" + unit + "/sessions"),
                Map.of("title", "Phiên họp xét khen thưởng", "nominationIds", List.of(nominationId)), secretary);
        assertThat(opened.status()).as("%s", opened).isEqualTo(201);
        String session = "/api/v1/councils/" + unit + "/sessions/" + opened.json().path("id").asString();
        for (String member : members) {
            String token = tokens.accessToken(member);
            Api.Response ballot = Api.post(url(Service.NOMINATION, session + "/ballots"),
                    Map.of("nominationId", nominationId, "choice", "APPROVE"), token);
            assertThat(ballot.status()).as("%s", ballot).isEqualTo(201);
            assertThat(ballot.body()).as("the answer never repeats the choice").doesNotContain("APPROVE");
            Api.Response receipt = Api.get(url(Service.NOMINATION, session + "/ballots/receipts/"
                    + ballot.json().path("receipt").asString()), token);
            assertThat(receipt.status()).as("%s", receipt).isEqualTo(200);
            assertThat(receipt.json().path("counted").asBoolean()).isTrue();
        }
        Api.Response closed = Api.post(url(Service.NOMINATION, session + "/close"), NominationFlow.closing(), secretary);
        assertThat(closed.status()).as("%s", closed).isEqualTo(200);
        JsonNode item = closed.json().path("agenda").get(0);
        assertThat(item.path("approvals").asInt()).isEqualTo(members.size());
        assertThat(item.path("approved").asBoolean()).isTrue();
        assertThat(closed.body()).as("no member next to a choice").doesNotContain("\"voter\"");
        Api.Response minutes = Api.get(url(Service.NOMINATION, session + "/minutes"), secretary,
                Map.of("Accept", "text/html"));
        assertThat(minutes.status()).as("%s", minutes).isEqualTo(200);
        assertThat(minutes.body()).contains(NominationFlow.NOMINEE);
        await("the vote applied").atMost(PROJECTION_TIMEOUT).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> assertThat(Api.get(url(Service.NOMINATION, "/api/v1/nominations/" + nominationId))
                        .json().path("status").asString()).isEqualTo("APPROVED"));
    }

    private void registerUnits() {
        if (unitsRegistered) {
            return;
        }
        for (UnitSpec unit : UNITS) {
            Api.Response r = Api.post(url(Service.CAMPAIGN, "/api/v1/units"), unitBody(unit));
            assertThat(r.status()).as("%s", r).isEqualTo(201);
            JsonNode body = r.json();
            assertThat(body.path("name").asString()).isEqualTo(unit.name());
            Api.Response read = Api.get(url(Service.CAMPAIGN, "/api/v1/units/" + unit.code()));
            assertThat(read.json().path("name").asString()).as("%s", read).isEqualTo(unit.name());
        }
        unitsRegistered = true;
    }

    /** The unit shows on that service's own projection, with the Vietnamese name and contacts intact. */
    private void awaitUnitKnown(Service service, UnitSpec unit) {
        String u = url(service, "/api/v1/units/" + unit.code());
        await(unit.code() + " on " + service).atMost(PROJECTION_TIMEOUT).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> {
                    Api.Response r = Api.get(u);
                    assertThat(r.status()).as("%s", r).isEqualTo(200);
                    JsonNode body = r.json();
                    assertThat(body.path("name").asString()).isEqualTo(unit.name());
                    assertThat(elements(body.path("contactEmails"))).extracting(JsonNode::asString)
                            .containsExactlyElementsOf(unit.contactEmails());
                });
    }

    private String createCampaign(String title, UnitSpec organiser, List<UnitSpec> recipients) {
        Api.Response r = Api.post(url(Service.CAMPAIGN, "/api/v1/campaigns"), campaignBody(title, organiser, recipients));
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.json().path("phase").asString()).isEqualTo("DRAFT");
        assertThat(r.json().path("title").asString()).isEqualTo(title);
        return r.json().path("id").asString();
    }

    private Api.Response transition(String campaignId, String to) {
        return Api.post(url(Service.CAMPAIGN, "/api/v1/campaigns/" + campaignId + "/transitions"), Map.of("to", to));
    }

    /** Every contact gets its email, and then, for a quiet period, nobody gets a second one. */
    private void awaitExactlyOneMailPerContact(String title, List<String> contacts) {
        Map<String, Integer> expected = new TreeMap<>();
        contacts.forEach(c -> expected.put(c, 1));
        await("an email about '" + title + "' to each of " + contacts).atMost(MAIL_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> countsByRecipient(title).keySet().containsAll(contacts));
        await("exactly one email per contact about '" + title + "'").during(QUIET_PERIOD)
                .atMost(QUIET_PERIOD.multipliedBy(3)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(countsByRecipient(title)).isEqualTo(expected));
    }

    /** notification-service lists one SENT delivery per contact for the campaign, and no other. */
    private List<JsonNode> awaitDeliveriesSent(String title, List<String> contacts) {
        List<List<JsonNode>> last = new ArrayList<>(List.of(List.of()));
        await("deliveries about '" + title + "' SENT").atMost(PROJECTION_TIMEOUT).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    Api.Response r = Api.get(url(Service.NOTIFICATION, "/api/v1/deliveries?size=200"));
                    assertThat(r.status()).as("%s", r).isEqualTo(200);
                    List<JsonNode> about = elements(r.json()).stream()
                            .filter(d -> d.path("subject").asString("").contains(title)).toList();
                    assertThat(about).extracting(d -> d.path("recipient").asString())
                            .containsExactlyInAnyOrderElementsOf(contacts);
                    assertThat(about).extracting(d -> d.path("status").asString()).containsOnly("SENT");
                    last.set(0, about);
                });
        return last.getFirst();
    }

    /** What a user can read through the APIs, to compare before and after bad input. */
    private Map<String, JsonNode> snapshot() {
        Map<String, JsonNode> s = new LinkedHashMap<>();
        s.put("campaign units", Api.get(url(Service.CAMPAIGN, "/api/v1/units?size=200")).json());
        s.put("campaigns", Api.get(url(Service.CAMPAIGN, "/api/v1/campaigns?size=200")).json());
        for (Service consumer : List.of(Service.NOMINATION, Service.DELEGATE, Service.NOTIFICATION)) {
            s.put(consumer + " units", Api.get(url(consumer, "/api/v1/units?size=200")).json());
            s.put(consumer + " dead letters", Api.get(url(consumer, "/api/v1/dead-letters?size=200")).json());
        }
        s.put("deliveries", Api.get(url(Service.NOTIFICATION, "/api/v1/deliveries?size=200")).json());
        return s;
    }

    static Duration scaled(Duration d) {
        return Duration.ofMillis(Math.round(d.toMillis() * SCALE));
    }

    // --- mails ------------------------------------------------------------------------------------

    private List<ReceivedMail> mailsAbout(String title) {
        return infra.receivedMails().stream().filter(m -> m.subject() != null && m.subject().contains(title)).toList();
    }

    private Map<String, Integer> countsByRecipient(String title) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String to : recipientsOf(mailsAbout(title))) {
            counts.merge(to, 1, Integer::sum);
        }
        return counts;
    }

    private static List<String> recipientsOf(List<ReceivedMail> mails) {
        return mails.stream().flatMap(m -> m.to().stream()).map(a -> a.toLowerCase(Locale.ROOT)).toList();
    }

    // --- bodies and helpers -----------------------------------------------------------------------

    private static Map<String, Object> unitBody(UnitSpec unit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", unit.code());
        body.put("name", unit.name());
        body.put("level", unit.level());
        if (unit.parentCode() != null) {
            body.put("parentCode", unit.parentCode());
        }
        body.put("staffCount", unit.staffCount());
        body.put("contactEmails", unit.contactEmails());
        return body;
    }

    private static Map<String, Object> campaignBody(String title, UnitSpec organiser, List<UnitSpec> recipients) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("theme", "Đổi mới, sáng tạo, tăng tốc, bứt phá");
        body.put("kind", "PERIODIC");
        body.put("organiserUnitCode", organiser.code());
        body.put("legalBasis", List.of(Map.of("number", "1665/UBND-NC", "date", "2026-01-05",
                "issuer", "Ủy ban nhân dân tỉnh Lạng Sơn")));
        body.put("startDate", "2026-01-01");
        body.put("endDate", "2026-12-31");
        body.put("recipientUnitCodes", recipients.stream().map(UnitSpec::code).toList());
        return body;
    }

    private static Map<String, Object> communeCongress(UnitSpec commune, String date, boolean pilot, String upperId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organiserUnitCode", commune.code());
        body.put("title", "Hội nghị điển hình tiên tiến " + commune.name().replace("Ủy ban nhân dân ", "")
                + " năm 2025");
        body.put("date", date);
        body.put("pilot", pilot);
        body.put("upperCongressId", upperId);
        return body;
    }

    private String planCommune(UnitSpec commune, String date, boolean pilot, String upperId, String token) {
        Api.Response r = Api.post(url(Service.DELEGATE, "/api/v1/congresses"),
                communeCongress(commune, date, pilot, upperId), token);
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.json().path("form").asString()).as("under 200 staff").isEqualTo("PLENARY");
        return r.json().path("id").asString();
    }

    private void receive(String congressId, String document, String receivedOn, String token) {
        Api.Response r = Api.put(url(Service.DELEGATE, "/api/v1/congresses/" + congressId + "/documents/" + document),
                Map.of("receivedOn", receivedOn), token);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
    }

    private static Map<String, Object> delegate(String name, int birthYear, String gender, String ethnicity,
                                                String position, String category) {
        return Map.of("fullName", name, "birthYear", birthYear, "gender", gender, "ethnicity", ethnicity,
                "position", position, "category", category);
    }

    private static JsonNode addDelegate(String list, Map<String, Object> delegate, String token) {
        Api.Response r = Api.post(list + "/delegates", delegate, token);
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r.json();
    }

    /** Submits the list to the unit's congress and approves it; the approval's checks may warn, never block. */
    /** Submitted by whoever prepares the list, approved by the list's own unit (its congress). */
    private static void approve(String list, String submitter, String approver) {
        Api.Response submitted = Api.post(list + "/submit", Map.of(), submitter);
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);
        Api.Response approved = Api.post(list + "/approve", Map.of(), approver);
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        assertThat(approved.json().path("status").asString()).isEqualTo("APPROVED");
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private static List<String> contactsOf(UnitSpec... units) {
        return Stream.of(units).flatMap(u -> u.contactEmails().stream()).toList();
    }

    /** The elements of a list answer: a page's items. */
    private static List<JsonNode> elements(JsonNode page) {
        List<JsonNode> out = new ArrayList<>();
        (page.has("items") ? page.get("items") : page).forEach(out::add);
        return out;
    }

    private String url(Service service, String path) {
        return system.instance(service).baseUrl() + path;
    }

    private void dumpServiceLogs() {
        SystemLauncher s = system;
        if (s == null) {
            return;
        }
        for (ServiceProcess p : s.instances()) {
            try {
                List<String> lines = Files.readAllLines(p.logFile());
                log.error("last lines of {} ({}):\n{}", p, p.logFile(),
                        String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())));
            } catch (IOException | RuntimeException e) {
                log.error("could not read the log of {}: {}", p, e.toString());
            }
        }
    }
}
