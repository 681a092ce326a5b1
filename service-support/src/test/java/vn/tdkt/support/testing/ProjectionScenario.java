package vn.tdkt.support.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import vn.tdkt.events.campaign.CampaignCreated;
import vn.tdkt.events.campaign.CampaignMilestoneAdded;
import vn.tdkt.events.campaign.Milestone;
import vn.tdkt.events.campaign.Participants;
import vn.tdkt.events.campaign.Responsibility;
import vn.tdkt.events.registration.CampaignRegistrationSubmitted;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.events.unit.UnitUpdated;
import vn.tdkt.localstack.EventPublisher;
import vn.tdkt.localstack.Infrastructure;

/**
 * The scenario every service that projects units and campaigns must pass: events on real Kafka
 * topics land in its database through its own bindings, and the newest version wins. A service's
 * test extends it with {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}, closes its context
 * after the class and points itself at the infrastructure with {@link #register}.
 */
public abstract class ProjectionScenario {

    protected static final Infrastructure INFRA = Infrastructure.builder().build().start();
    private static final EventPublisher EVENTS = new EventPublisher(INFRA.kafkaBootstrapServers());
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    static {
        // Stopped after the context (closed after this class, see @DirtiesContext) is gone, not while it runs.
        Runtime.getRuntime().addShutdownHook(new Thread(INFRA::close, "infrastructure-stop"));
    }

    /** Points the service under test at this scenario's infrastructure, in a database of its own. */
    protected static void register(DynamicPropertyRegistry registry, String group) {
        registry.add("spring.mongodb.uri", () -> INFRA.mongoUri("tdkt_test_" + group.replace('-', '_')));
        registry.add("spring.cloud.stream.kafka.binder.brokers", INFRA::kafkaBootstrapServers);
        TestTokens.register(registry);
    }

    /** The service's consumer group, the prefix of its {@code processed_events} ids. */
    protected abstract String group();

    @AfterAll
    static void stopPublisher() {
        EVENTS.close();
    }

    @LocalServerPort
    private int port;

    @Autowired
    private MongoOperations mongo;

    private ServiceProbe service;

    @BeforeEach
    void probe() {
        service = new ServiceProbe(port, mongo, group());
    }

    @Test
    protected void unitsNewerVersionWinsAndAnOlderOneIsIgnored() throws Exception {
        EVENTS.publish(new UnitRegistered(UUID.randomUUID(), Instant.now(), "SGD", 1, "SGD", "Sở Giáo dục",
                "DEPARTMENT", "UBT", 40, List.of("thidua@sgd.gov.vn")));
        UnitUpdated v3 = new UnitUpdated(UUID.randomUUID(), Instant.now(), "SGD", 3, "SGD",
                "Sở Giáo dục và Đào tạo", "DEPARTMENT", "UBT", 45, List.of("thidua@sgd.gov.vn", "vp@sgd.gov.vn"));
        UnitUpdated v2 = new UnitUpdated(UUID.randomUUID(), Instant.now(), "SGD", 2, "SGD", "Tên cũ",
                "DEPARTMENT", "UBT", 41, List.of("cu@sgd.gov.vn"));
        EVENTS.publish(v3);
        EVENTS.publish(v2);
        service.awaitHandled(v2, TIMEOUT);

        JsonNode unit = service.json("/api/v1/units/SGD");
        assertThat(unit.get("name").asString()).isEqualTo("Sở Giáo dục và Đào tạo");
        assertThat(unit.get("version").asLong()).isEqualTo(3);
        assertThat(unit.get("staffCount").asInt()).isEqualTo(45);
        assertThat(unit.get("contactEmails").toString()).contains("vp@sgd.gov.vn").doesNotContain("cu@sgd.gov.vn");
        assertThat(service.json("/api/v1/units?size=200").get("items").toString()).contains("\"code\":\"SGD\"");
    }

    @Test
    protected void everyDemoUserOnEveryEndpointAndEveryBadToken() throws Exception {
        PlatformEndpoints.assertPermissionMatrix(service, List.of("/api/v1/units", "/api/v1/campaigns"));
    }

    @Test
    protected void anUnknownUnitIsA404Problem() throws Exception {
        HttpResponse<String> response = service.get("/api/v1/units/KHONG-CO");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    protected void campaignsFollowTheirPhaseAndIgnoreStaleEvents() throws Exception {
        String id = UUID.randomUUID().toString();
        CampaignCreated created = new CampaignCreated(UUID.randomUUID(), Instant.now(), id, 1,
                "Phong trào thi đua dạy tốt, học tốt", "Đổi mới, sáng tạo", "PERIODIC", "SGD", null, List.of(),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), List.of("SGD"), "DRAFT");
        CampaignPhaseChanged launched = new CampaignPhaseChanged(UUID.randomUUID(), Instant.now(), id, 2,
                created.title(), created.theme(), "SGD", List.of("SGD"), "DRAFT", "LAUNCHED",
                created.startDate(), created.endDate());
        EVENTS.publish(created);
        EVENTS.publish(launched);
        service.awaitHandled(launched, TIMEOUT);
        // The same state again under a new event id (e.g. a replay from an old offset): not newer, ignored.
        CampaignCreated stale = new CampaignCreated(UUID.randomUUID(), Instant.now(), id, 1, created.title(),
                created.theme(), created.kind(), "SGD", null, List.of(), created.startDate(), created.endDate(),
                List.of("SGD"), "DRAFT");
        EVENTS.publish(stale);
        service.awaitHandled(stale, TIMEOUT);

        JsonNode campaign = service.json("/api/v1/campaigns/" + id);
        assertThat(campaign.get("phase").asString()).isEqualTo("LAUNCHED");
        assertThat(campaign.get("version").asLong()).isEqualTo(2);
        assertThat(campaign.get("title").asString()).isEqualTo("Phong trào thi đua dạy tốt, học tốt");
        assertThat(service.json("/api/v1/campaigns?size=200").get("items").toString()).contains(id);
    }

    /**
     * Issue 11: campaign events carry the whole plan and new types join the topic; the projection keeps
     * the campaign a campaign implements, follows every campaign event's phase, and skips the
     * registrations that share the topic (another family) without failing.
     */
    @Test
    protected void campaignsKeepWhatTheyImplementAndEveryCampaignEventCounts() throws Exception {
        String parent = UUID.randomUUID().toString();
        String id = UUID.randomUUID().toString();
        CampaignCreated created = new CampaignCreated(UUID.randomUUID(), Instant.now(), id, 0,
                "Phát động phong trào thi đua yêu nước", null, "THEMATIC", "LS-STC", parent, List.of(),
                LocalDate.of(2024, 11, 20), LocalDate.of(2025, 12, 31), List.of("LS-STC-VP"), "DRAFT",
                new Participants("LS-STC", List.of("công chức")), List.of("Cả nước chung sức xây dựng nông thôn mới"),
                List.of(), List.of(), List.of(), List.of(), List.of(new Responsibility("LS-STC-VP", "Đôn đốc", null)),
                LocalDate.of(2025, 1, 31));
        CampaignRegistrationSubmitted registration = new CampaignRegistrationSubmitted(UUID.randomUUID(),
                Instant.now(), id + ":LS-STC-VP", 0, id, "LS-STC-VP", "LS-STC", List.of("Tập thể lao động xuất sắc"),
                List.of(), List.of());
        CampaignMilestoneAdded milestone = new CampaignMilestoneAdded(UUID.randomUUID(), Instant.now(), id, 2,
                created.title(), null, "THEMATIC", "LS-STC", parent, List.of(), created.startDate(), created.endDate(),
                List.of("LS-STC-VP"), "LAUNCHED", created.participants(), created.movements(), List.of(), List.of(),
                List.of(), List.of(new Milestone(LocalDate.of(2025, 9, 2), "Quốc khánh")), created.responsibilities(),
                created.registrationDeadline(), new Milestone(LocalDate.of(2025, 9, 2), "Quốc khánh"));
        EVENTS.publish(created);
        EVENTS.publish(registration);
        EVENTS.publish(milestone);
        service.awaitHandled(milestone, TIMEOUT);

        JsonNode campaign = service.json("/api/v1/campaigns/" + id);
        assertThat(campaign.get("parentCampaignId").asString()).isEqualTo(parent);
        assertThat(campaign.get("phase").asString()).isEqualTo("LAUNCHED");
        assertThat(campaign.get("version").asLong()).isEqualTo(2);
        assertThat(service.get("/api/v1/campaigns/" + id + ":LS-STC-VP").statusCode()).isEqualTo(404);
    }
}
