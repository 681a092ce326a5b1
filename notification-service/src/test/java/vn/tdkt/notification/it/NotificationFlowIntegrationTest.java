package vn.tdkt.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.events.bloc.BlocProposal;
import vn.tdkt.events.bloc.BlocRankingEntry;
import vn.tdkt.events.bloc.BlocResultPublished;
import vn.tdkt.events.campaign.CampaignMilestoneAdded;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.events.campaign.Milestone;
import vn.tdkt.events.registration.CampaignRegistrationSubmitted;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.events.unit.UnitUpdated;
import vn.tdkt.localstack.EventPublisher;
import vn.tdkt.localstack.Infrastructure;
import vn.tdkt.localstack.ReceivedMail;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PlatformEndpoints;
import vn.tdkt.support.testing.ServiceProbe;
import vn.tdkt.support.testing.TestTokens;

/**
 * The whole notification flow on a real Kafka broker, embedded-mongo and GreenMail: unit events fill the
 * projection, a phase change becomes exactly one email per contact, a redelivered event sends nothing more,
 * a campaign event that overtakes its units is retried until they arrive, an SMTP outage opens the circuit
 * and costs no attempt, a server that refuses mail makes deliveries DEAD until an operator requeues them,
 * and the producer's trace id reaches the consumer's log line and the deliveries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tdkt.notification.max-attempts=3",
        "tdkt.notification.initial-backoff=200ms",
        "tdkt.notification.max-backoff=1s",
        "tdkt.notification.circuit.failure-threshold=2",
        "tdkt.notification.circuit.open-for=1s",
        "spring.cloud.stream.bindings.campaignEvents-in-0.consumer.back-off-initial-interval=500",
        "tdkt.notification.reminders.interval=300ms"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationFlowIntegrationTest {

    static final Infrastructure INFRA = Infrastructure.builder().build().start();

    static {
        // Stopped after the context (closed after this class, see @DirtiesContext) is gone, not while it runs.
        Runtime.getRuntime().addShutdownHook(new Thread(INFRA::close, "infrastructure-stop"));
    }
    static final EventPublisher EVENTS = new EventPublisher(INFRA.kafkaBootstrapServers());
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Duration TIMEOUT = Duration.ofSeconds(120);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> INFRA.mongoUri("tdkt_notification"));
        registry.add("spring.cloud.stream.kafka.binder.brokers", INFRA::kafkaBootstrapServers);
        TestTokens.register(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", INFRA::smtpPort);
    }

    @AfterAll
    static void stopPublisher() {
        EVENTS.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    InMemorySpanExporter spans;

    @Autowired
    ApplicationContext context;

    @Autowired
    MongoOperations mongo;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ShiftedClock clock;

    /** Finished spans, besides whatever Boot exports (nothing here: no OTLP endpoint is configured). */
    @TestConfiguration(proxyBeanMethods = false)
    static class Spans {

        @Bean
        InMemorySpanExporter spans() {
            return InMemorySpanExporter.create();
        }

        /** Real time, moved forward by the reminder test to reach a milestone's lead time. */
        @Bean
        @Primary
        ShiftedClock shiftedClock() {
            return new ShiftedClock();
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();

    private static UnitRegistered unit(String code, String name, String... emails) {
        return new UnitRegistered(UUID.randomUUID(), Instant.now(), code, 1, code, name, "DEPARTMENT", null, 120,
                List.of(emails));
    }

    private static CampaignPhaseChanged launch(String campaignId, String title, String organiser, List<String> recipients) {
        return new CampaignPhaseChanged(UUID.randomUUID(), Instant.now(), campaignId, 2, title,
                "Đổi mới, sáng tạo, tăng tốc, bứt phá", organiser, recipients, "DRAFT", "LAUNCHED",
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 31));
    }

    private List<ReceivedMail> mailsAbout(String title) {
        return INFRA.receivedMails().stream().filter(mail -> mail.subject().endsWith(title)).toList();
    }

    private JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                        .header("Authorization", TestTokens.admin()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(pathAndQuery + " → " + response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        return body.has("items") ? body.get("items") : body; // a list endpoint answers one page
    }

    private JsonNode deliveriesOf(UUID eventId) throws IOException, InterruptedException {
        return get("/api/v1/deliveries?eventId=" + eventId);
    }

    private static boolean allHaveStatus(JsonNode deliveries, int count, String status) {
        if (deliveries.size() != count) {
            return false;
        }
        for (JsonNode delivery : deliveries) {
            if (!status.equals(delivery.get("status").asString())) {
                return false;
            }
        }
        return true;
    }

    @Test
    @Order(1)
    void aLaunchEmailsEveryContactOfTheOrganiserAndRecipientsExactlyOnceInVietnamese() throws Exception {
        EVENTS.publish(unit("SNV", "Sở Nội vụ", "ThiDua@snv.gov.vn", "vanthu@snv.gov.vn"));
        EVENTS.publish(unit("PGD", "Phòng Giáo dục và Đào tạo", "thidua@snv.gov.vn", "pgd@pgd.gov.vn"));
        await().atMost(TIMEOUT).until(() -> get("/api/v1/units").size() >= 2);

        String title = "Thi đua thực hiện thắng lợi nhiệm vụ năm 2026";
        CampaignPhaseChanged launched = launch("c-launch", title, "SNV", List.of("PGD"));
        EVENTS.publish(launched);

        await().atMost(TIMEOUT).until(() -> allHaveStatus(deliveriesOf(launched.eventId()), 3, "SENT"));
        await().atMost(TIMEOUT).until(() -> mailsAbout(title).size() == 3);

        List<ReceivedMail> mails = mailsAbout(title);
        assertThat(mails).flatExtracting(ReceivedMail::to)
                .containsExactlyInAnyOrder("thidua@snv.gov.vn", "vanthu@snv.gov.vn", "pgd@pgd.gov.vn");
        assertThat(mails).allSatisfy(mail -> {
            assertThat(mail.subject()).isEqualTo("[Thi đua – Khen thưởng] Phát động phong trào: " + title);
            assertThat(mail.body()).contains("Sở Nội vụ thông báo", "Chủ đề: Đổi mới, sáng tạo, tăng tốc, bứt phá",
                    "Thời gian: từ 05/01/2026 đến 31/12/2026", "Giai đoạn mới: Phát động",
                    "Xem chi tiết: http://127.0.0.1:8080/campaigns/c-launch");
        });
        JsonNode first = deliveriesOf(launched.eventId()).get(0);
        assertThat(first.get("eventType").asString()).isEqualTo("tdkt.campaign.phase-changed.v1");
        assertThat(first.get("attempts").asInt()).isEqualTo(1);
        assertThat(absent(first.path("sentAt"))).isFalse();
        assertThat(get("/api/v1/deliveries?recipient=PGD@pgd.gov.vn&eventId=" + launched.eventId())).hasSize(1);
        assertThat(get("/api/v1/deliveries?recipient=pgd@pgd.gov.vn")).hasSize(1);
        assertThat(get("/api/v1/deliveries")).hasSize(3);
        assertThat(get("/api/v1/deliveries?status=SENT&eventType=tdkt.campaign.phase-changed.v1")).hasSize(3);
        assertThat(get("/api/v1/deliveries?status=DEAD")).isEmpty();
        String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        assertThat(metrics).containsPattern(
                        "tdkt_notification_emails_total\\{[^}]*kind=\"campaign-phase-changed\"[^}]*outcome=\"sent\"[^}]*} 3")
                .containsPattern("tdkt_notification_latency_seconds_bucket\\{[^}]*kind=\"campaign-phase-changed\"");
    }

    @Test
    @Order(2)
    void aRedeliveredEventSendsNothingMore() throws Exception {
        String title = "Phong trào thi đua chuyển đổi số";
        CampaignPhaseChanged launched = launch("c-redelivered", title, "SNV", List.of());
        EVENTS.publish(launched);
        await().atMost(TIMEOUT).until(() -> mailsAbout(title).size() == 2);

        EVENTS.publish(launched);
        // Same key, so the same partition: once the next event of this campaign is mailed, the repeat was handled.
        CampaignPhaseChanged review = new CampaignPhaseChanged(UUID.randomUUID(), Instant.now(), "c-redelivered", 3,
                title, null, "SNV", List.of(), "LAUNCHED", "MIDTERM_REVIEW", null, null);
        EVENTS.publish(review);
        await().atMost(TIMEOUT).until(() -> mailsAbout(title).size() == 4);

        assertThat(mailsAbout(title)).extracting(ReceivedMail::subject).containsOnly(
                "[Thi đua – Khen thưởng] Phát động phong trào: " + title,
                "[Thi đua – Khen thưởng] Sơ kết phong trào: " + title);
        assertThat(deliveriesOf(launched.eventId())).hasSize(2);
    }

    @Test
    @Order(3)
    void aCampaignEventThatOvertakesItsUnitsIsRetriedUntilTheyArrive() throws Exception {
        String title = "Phong trào thi đua xây dựng nông thôn mới";
        CampaignPhaseChanged launched = launch("c-early", title, "SNV", List.of("UBX-MOI"));
        EVENTS.publish(launched);
        Thread.sleep(700); // the first attempt fails: UBX-MOI is not known yet
        assertThat(mailsAbout(title)).isEmpty();

        EVENTS.publish(unit("UBX-MOI", "Ủy ban nhân dân xã Mới", "ubx@xamoi.gov.vn"));

        await().atMost(TIMEOUT).until(() -> mailsAbout(title).size() == 3);
        assertThat(mailsAbout(title)).flatExtracting(ReceivedMail::to).contains("ubx@xamoi.gov.vn");
    }

    @Test
    @Order(3)
    void aCampaignForAMergedCommuneEmailsItsSuccessorOnceTheSuccessorIsKnown() throws Exception {
        String title = "Phong trào thi đua sau sáp nhập xã";
        EVENTS.publish(new UnitUpdated(UUID.randomUUID(), Instant.now(), "XA-CU", 3, "XA-CU", "UBND xã Cũ", "COMMUNE",
                null, 12, List.of("vanphong@xacu.gov.vn"), "MERGED", "XA-SAP-NHAP", List.of(),
                LocalDate.of(2025, 7, 1), null, null));
        CampaignPhaseChanged launched = launch("c-merged", title, "SNV", List.of("XA-CU"));
        EVENTS.publish(launched);
        Thread.sleep(700); // waits: the successor is not known yet
        assertThat(mailsAbout(title)).isEmpty();

        EVENTS.publish(new UnitRegistered(UUID.randomUUID(), Instant.now(), "XA-SAP-NHAP", 0, "XA-SAP-NHAP",
                "UBND xã Sáp Nhập", "COMMUNE", null, 30, List.of("thidua@xasapnhap.gov.vn"), "ACTIVE", null,
                List.of("XA-CU"), LocalDate.of(2025, 7, 1), null, null));

        await().atMost(TIMEOUT).until(() -> mailsAbout(title).size() == 3);
        assertThat(mailsAbout(title)).flatExtracting(ReceivedMail::to)
                .contains("thidua@xasapnhap.gov.vn").doesNotContain("vanphong@xacu.gov.vn");
        assertThat(get("/api/v1/units/XA-CU").get("successorCode").asString()).isEqualTo("XA-SAP-NHAP");
    }

    @Test
    @Order(4)
    void anSmtpOutageOpensTheCircuitCostsNoAttemptAndEveryEmailGoesOutOnceAfter() throws Exception {
        int smtpPort = mailSender.getPort();
        String title = "Phong trào thi đua khi máy chủ thư ngừng";
        CampaignPhaseChanged launched = launch("c-smtp-down", title, "PGD", List.of());
        mailSender.setPort(closedPort());
        try {
            EVENTS.publish(launched);

            await().atMost(TIMEOUT).until(() -> circuit() == 1 && allHaveStatus(deliveriesOf(launched.eventId()), 2, "FAILED"));
            assertThat(deliveriesOf(launched.eventId())).allSatisfy(delivery ->
                    assertThat(delivery.get("attempts").asInt()).as("unreachable is not an attempt").isZero());
            assertThat(mailsAbout(title)).isEmpty();
        } finally {
            mailSender.setPort(smtpPort);
        }

        await().atMost(TIMEOUT).until(() -> allHaveStatus(deliveriesOf(launched.eventId()), 2, "SENT"));
        assertThat(deliveriesOf(launched.eventId())).allSatisfy(delivery ->
                assertThat(delivery.get("attempts").asInt()).isEqualTo(1));
        assertThat(mailsAbout(title)).hasSize(2);
        assertThat(circuit()).isZero();
    }

    @Test
    @Order(5)
    void aServerThatRefusesMailMakesDeliveriesDeadUntilAnOperatorRequeuesThem() throws Exception {
        int smtpPort = mailSender.getPort();
        String title = "Phong trào thi đua khi máy chủ thư từ chối";
        CampaignPhaseChanged launched = launch("c-smtp-refuses", title, "PGD", List.of());
        try (RefusingSmtpServer refusing = new RefusingSmtpServer()) {
            mailSender.setPort(refusing.port());
            EVENTS.publish(launched);

            await().atMost(TIMEOUT).until(() -> allHaveStatus(deliveriesOf(launched.eventId()), 2, "DEAD"));
            assertThat(deliveriesOf(launched.eventId())).allSatisfy(delivery ->
                    assertThat(delivery.get("attempts").asInt()).isEqualTo(3));
        } finally {
            mailSender.setPort(smtpPort);
        }
        assertThat(circuit()).as("a server that answers is reachable").isZero();

        HttpResponse<String> requeued = post("/api/v1/deliveries/requeue", DemoUser.OPERATOR.bearer(),
                "{\"status\":\"DEAD\",\"eventId\":\"" + launched.eventId() + "\"}");
        assertThat(requeued.statusCode()).as(requeued.body()).isEqualTo(200);
        assertThat(JSON.readTree(requeued.body()).get("requeued").asInt()).isEqualTo(2);
        assertThat(requeued.body()).as("the operator sees no recipient").doesNotContain("@");
        assertThat(get("/api/v1/audit?action=delivery.requeue")).singleElement().satisfies(record -> {
            assertThat(record.get("actor").asString()).isEqualTo(DemoUser.OPERATOR.username());
            assertThat(record.get("target").asString()).isEqualTo("deliveries:DEAD event:" + launched.eventId());
            assertThat(record.get("outcome").asString()).isEqualTo("SUCCEEDED");
        });

        await().atMost(TIMEOUT).until(() -> allHaveStatus(deliveriesOf(launched.eventId()), 2, "SENT"));
        assertThat(deliveriesOf(launched.eventId())).allSatisfy(delivery ->
                assertThat(delivery.get("attempts").asInt()).isEqualTo(1));
        assertThat(mailsAbout(title)).hasSize(2).flatExtracting(ReceivedMail::to)
                .containsExactlyInAnyOrder("thidua@snv.gov.vn", "pgd@pgd.gov.vn");
        HttpResponse<String> again = post("/api/v1/deliveries/requeue", DemoUser.OPERATOR.bearer(),
                "{\"status\":\"DEAD\",\"eventId\":\"" + launched.eventId() + "\"}");
        assertThat(JSON.readTree(again.body()).get("requeued").asInt()).as("SENT ones stay SENT").isZero();
        Thread.sleep(500);
        assertThat(mailsAbout(title)).as("exactly once").hasSize(2);
    }

    private double circuit() {
        return meters.get("tdkt.notification.smtp.circuit").gauge().value();
    }

    private HttpResponse<String> post(String path, String bearer, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", bearer).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** An SMTP server that answers every connection with "554 no service": reachable, but refusing every mail. */
    private static final class RefusingSmtpServer implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0);

        RefusingSmtpServer() throws IOException {
            Thread.ofVirtual().start(() -> {
                while (!socket.isClosed()) {
                    try (Socket connection = socket.accept()) {
                        connection.getOutputStream().write("554 5.3.2 no service here\r\n".getBytes(StandardCharsets.US_ASCII));
                        connection.getOutputStream().flush();
                    } catch (IOException closed) {
                        // closed by the test, or the client hung up
                    }
                }
            });
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    @Order(6)
    void oneTraceIdLeadsFromTheProducersTraceparentToTheConsumersLogAndTheDeliveries(CapturedOutput output)
            throws Exception {
        // As campaign-service's relay publishes an event appended during a traced REST request.
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String producerSpanId = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        EVENTS.publish(unit("SKHCN", "Sở Khoa học và Công nghệ", "thidua@skhcn.gov.vn", "vanthu@skhcn.gov.vn"));
        CampaignPhaseChanged launched = launch("c-traced", "Phong trào thi đua đổi mới sáng tạo", "SKHCN", List.of());
        EVENTS.publish(launched, "00-" + traceId + "-" + producerSpanId + "-01");

        await().atMost(TIMEOUT).until(() -> allHaveStatus(deliveriesOf(launched.eventId()), 2, "SENT"));

        assertThat(deliveriesOf(launched.eventId())).allSatisfy(delivery ->
                assertThat(delivery.get("traceId").asString()).isEqualTo(traceId));
        assertThat(output.getOut().lines().filter(line -> line.contains("deliveries queued")
                && line.contains("c-traced"))).as("the consumer's log line (ECS JSON)").singleElement()
                .satisfies(line -> assertThat(line).contains("\"traceId\":\"" + traceId + "\"")
                        .containsPattern("\"spanId\":\"[0-9a-f]{16}\""));
        await().atMost(TIMEOUT).untilAsserted(() -> {
            List<SpanData> trace = spans.getFinishedSpanItems().stream()
                    .filter(span -> span.getTraceId().equals(traceId)).toList();
            List<SpanData> consumers = trace.stream().filter(span -> span.getKind() == SpanKind.CONSUMER).toList();
            assertThat(consumers).as("every delivery attempt continues the producer's span").isNotEmpty()
                    .allSatisfy(span -> assertThat(span.getParentSpanId()).isEqualTo(producerSpanId));
            assertThat(trace.stream().filter(span -> span.getName().equals("smtp send"))).hasSize(2)
                    .allSatisfy(send -> assertThat(consumers).extracting(SpanData::getSpanId)
                            .contains(send.getParentSpanId()));
        });
        assertThat(context.getBeansOfType(SpanExporter.class).values()).as("no OTLP export without an endpoint")
                .containsExactly(spans);
    }

    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static CampaignPhaseChanged launchWithPlan(String campaignId, String title, String organiser,
                                                       List<String> recipients, List<Milestone> milestones,
                                                       LocalDate registrationDeadline) {
        return new CampaignPhaseChanged(UUID.randomUUID(), Instant.now(), campaignId, 2, title, null, organiser,
                recipients, "DRAFT", "LAUNCHED", LocalDate.of(2026, 1, 5), LocalDate.of(2027, 12, 31), null,
                "THEMATIC", null, List.of(), null, List.of(), List.of(), List.of(), List.of(), milestones, List.of(),
                registrationDeadline);
    }

    /** This campaign's reminders (other campaigns' milestones may fall near whatever day the test runs). */
    private List<ReceivedMail> reminders(String title, String kind) {
        return mailsAbout(title).stream().filter(mail -> mail.subject().contains(kind)).toList();
    }

    private List<ReceivedMail> mailsWhoseSubjectContains(String text) {
        return INFRA.receivedMails().stream().filter(mail -> mail.subject().contains(text)).toList();
    }

    @Test
    @Order(7)
    void aMilestoneAddedAfterLaunchIsMailedToTheOrganiserAndTheList() throws Exception {
        String title = "Thi đua chào mừng kỷ niệm 80 năm Quốc khánh";
        CampaignPhaseChanged launched = launch("c-80", title, "SNV", List.of("PGD"));
        EVENTS.publish(launched);
        await().atMost(TIMEOUT).until(() -> mailsAbout(title).size() == 3);

        Milestone quocKhanh = new Milestone(LocalDate.of(2026, 9, 2), "Kỷ niệm 80 năm Quốc khánh 2/9");
        CampaignMilestoneAdded added = new CampaignMilestoneAdded(UUID.randomUUID(), Instant.now(), "c-80", 3, title,
                null, "THEMATIC", "SNV", null, List.of(), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 31),
                List.of("PGD"), "LAUNCHED", null, List.of(), List.of(), List.of(), List.of(), List.of(quocKhanh),
                List.of(), null, quocKhanh);
        EVENTS.publish(added);

        await().atMost(TIMEOUT).until(() -> mailsWhoseSubjectContains("Bổ sung mốc 02/09/2026").size() == 3);
        assertThat(mailsWhoseSubjectContains("Bổ sung mốc 02/09/2026")).allSatisfy(mail -> {
            assertThat(mail.subject()).isEqualTo("[Thi đua – Khen thưởng] Bổ sung mốc 02/09/2026 – Kỷ niệm 80 năm Quốc"
                    + " khánh 2/9: " + title);
            assertThat(mail.body()).contains("Mốc thời gian: 02/09/2026 – Kỷ niệm 80 năm Quốc khánh 2/9");
        });
        assertThat(deliveriesOf(added.eventId())).hasSize(3)
                .allSatisfy(d -> assertThat(d.get("eventType").asString()).isEqualTo("tdkt.campaign.milestone-added.v1"));
    }

    @Test
    @Order(8)
    void remindersFireWhenTheClockReachesTheirLeadTimeOncePerRecipientAndNotForUnitsThatRegistered() throws Exception {
        EVENTS.publish(unit("PHONG-A", "Phòng Văn hóa – Thông tin", "thidua@phonga.gov.vn"));
        EVENTS.publish(unit("PHONG-B", "Phòng Tài chính – Kế hoạch", "thidua@phongb.gov.vn"));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh"));
        String title = "Phong trào thi đua có mốc và hạn đăng ký";
        Milestone milestone = new Milestone(today.plusDays(30), "Sơ kết 6 tháng");
        EVENTS.publish(launchWithPlan("c-reminded", title, "SNV", List.of("PHONG-A", "PHONG-B"), List.of(milestone),
                today.plusDays(10)));
        EVENTS.publish(new CampaignRegistrationSubmitted(UUID.randomUUID(), Instant.now(), "c-reminded:PHONG-A", 0,
                "c-reminded", "PHONG-A", "SNV", List.of("Tập thể lao động xuất sắc"), List.of(), List.of()));
        await().atMost(TIMEOUT).until(() -> mongo.getCollection("campaign_plans").countDocuments(
                new org.bson.Document("_id", "c-reminded")) == 1 && mongo.getCollection("campaign_registrations")
                .countDocuments(new org.bson.Document("campaignId", "c-reminded")) == 1);
        await().atMost(TIMEOUT).until(() -> mailsAbout(title).size() == 4); // the launch: SNV's 2 contacts, A, B
        Thread.sleep(1000); // rounds run, nothing is due yet
        assertThat(reminders(title, "Nhắc")).isEmpty();

        clock.advance(Duration.ofDays(8)); // 2 days before the deadline: PHONG-B has not registered
        await().atMost(TIMEOUT).until(() -> reminders(title, "Nhắc hạn đăng ký").size() == 1);
        ReceivedMail deadline = reminders(title, "Nhắc hạn đăng ký").getFirst();
        assertThat(deadline.to()).containsExactly("thidua@phongb.gov.vn");
        assertThat(deadline.body()).startsWith("Kính gửi: Phòng Tài chính – Kế hoạch,").contains("(còn 2 ngày)");

        clock.advance(Duration.ofDays(17)); // 5 days before the milestone
        await().atMost(TIMEOUT).until(() -> reminders(title, "Nhắc mốc").size() == 4);
        Thread.sleep(1000); // more rounds: nothing more
        assertThat(reminders(title, "Nhắc mốc")).hasSize(4).allSatisfy(mail ->
                assertThat(mail.body()).contains("Mốc thời gian: " + milestone.date().format(
                        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " – Sơ kết 6 tháng", "(còn 5 ngày)"));
        assertThat(reminders(title, "Nhắc hạn đăng ký")).hasSize(1);
        assertThat(get("/api/v1/deliveries?recipient=thidua@phongb.gov.vn")).extracting(d -> d.get("eventType").asString())
                .containsExactlyInAnyOrder("tdkt.campaign.phase-changed.v1", "tdkt.notification.registration-reminder",
                        "tdkt.notification.milestone-reminder");
    }

    @Test
    @Order(9)
    void aPublishedBlocResultIsMailedToEachMembersContactsWithItsPlace() throws Exception {
        EVENTS.publish(unit("HUYEN-CL", "UBND huyện Chi Lăng", "thidua@chilang.gov.vn"));
        EVENTS.publish(unit("HUYEN-HL", "UBND huyện Hữu Lũng", "thidua@huulung.gov.vn"));
        // Both projected first: a result naming an unknown member is retried and then dead-lettered, not parked.
        await().atMost(TIMEOUT).ignoreExceptions().until(() -> get("/api/v1/units/HUYEN-CL") != null
                && get("/api/v1/units/HUYEN-HL") != null);
        BlocResultPublished result = new BlocResultPublished(UUID.randomUUID(), Instant.now(), "bloc-mien-nui", 9,
                "Cụm thi đua các huyện miền núi", 2026, "SNV", List.of("HUYEN-CL", "HUYEN-HL"), "HUYEN-CL", "HUYEN-HL",
                1, 2, 1, List.of(
                new BlocRankingEntry(1, "HUYEN-CL", new BigDecimal("95.5"), null, null, null, 3, List.of(), null),
                new BlocRankingEntry(2, "HUYEN-HL", new BigDecimal("90"), null, null, null, 1, List.of(), null)),
                List.of(new BlocProposal("HUYEN-CL", "FLAG", 1, false)));
        EVENTS.publish(result);

        await().atMost(TIMEOUT).until(() -> mailsAbout("Cụm thi đua các huyện miền núi").size() == 2);
        ReceivedMail chiLang = mailsAbout("Cụm thi đua các huyện miền núi").stream()
                .filter(mail -> mail.to().contains("thidua@chilang.gov.vn")).findFirst().orElseThrow();
        assertThat(chiLang.subject()).isEqualTo("[Thi đua – Khen thưởng] Kết quả thi đua năm 2026: Cụm thi đua các"
                + " huyện miền núi");
        assertThat(chiLang.body()).contains("xếp hạng 1/2, tổng điểm 95,5", "- Cờ thi đua: UBND huyện Chi Lăng (hạng 1)");
        assertThat(deliveriesOf(result.eventId())).hasSize(2).allSatisfy(d ->
                assertThat(d.get("eventType").asString()).isEqualTo("tdkt.bloc.result-published.v1"));
    }

    @Test
    @Order(100)
    void everyDemoUserOnEveryPlatformEndpointAndEveryBadToken() throws Exception {
        PlatformEndpoints.assertPermissionMatrix(new ServiceProbe(port, mongo, "notification-service"),
                List.of("/api/v1/units"));
    }
}
