package vn.tdkt.delegate.it;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.events.ConsumerGroups;
import vn.tdkt.events.EventJson;
import vn.tdkt.events.Topics;
import vn.tdkt.events.congress.CongressSeatsAllocated;
import vn.tdkt.events.nomination.Exemplar;
import vn.tdkt.events.nomination.ExemplarRegistrationDue;
import vn.tdkt.events.nomination.ExemplarsRegistered;
import vn.tdkt.events.nomination.HonourConferred;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.localstack.EventPublisher;
import vn.tdkt.support.audit.AuditRecord;
import vn.tdkt.support.security.Role;
import vn.tdkt.support.testing.ProjectionScenario;
import vn.tdkt.support.testing.ServiceProbe;
import vn.tdkt.support.testing.TopicReader;
import vn.tdkt.support.testing.TestTokens;

/**
 * This service's own bindings, consumers and directories pass the shared projection scenario; and the
 * exemplary people arrive from nomination-service's topic: honours conferred by decisions and the offices'
 * monthly registrations (newest version kept), readable in the unit's subtree. And congresses: a district's
 * tree planned over HTTP, its seats allocated by staff, the allocation published on Kafka through the outbox; and,
 * on the real congress catalogue, a commune picks an exemplary person as its delegate within the seats its
 * district allocated, has the list approved, and the approval reaches the district's roster and Kafka.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProjectionIntegrationTest extends ProjectionScenario {

    private static final EventPublisher NOMINATIONS = new EventPublisher(INFRA.kafkaBootstrapServers());
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final JsonMapper JSON = new JsonMapper();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        register(registry, ConsumerGroups.DELEGATE);
    }

    @AfterAll
    static void closePublisher() {
        NOMINATIONS.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoOperations mongo;

    @Override
    protected String group() {
        return ConsumerGroups.DELEGATE;
    }

    @Test
    void exemplaryPeopleComeFromDecisionsAndMonthlyRegistrations() throws Exception {
        ServiceProbe service = new ServiceProbe(port, mongo, group());
        UnitRegistered office = unit("EX-STC-VP", "Văn phòng Sở", "OFFICE", "EX-STC");
        NOMINATIONS.publish(unit("EX", "Tỉnh thử", "PROVINCE", null));
        NOMINATIONS.publish(unit("EX-STC", "Sở Tài chính", "DEPARTMENT", "EX"));
        NOMINATIONS.publish(office);
        NOMINATIONS.publish(unit("EX-CL", "Huyện Chi Lăng", "DISTRICT", "EX"));
        service.awaitHandled(office, TIMEOUT);

        String decision = UUID.randomUUID().toString();
        HonourConferred honour = new HonourConferred(UUID.randomUUID(), Instant.now(), decision, 1, "125/QĐ-UBND",
                LocalDate.of(2026, 1, 15), "EX", "PROVINCE", "DX-1", "INDIVIDUAL", "CB-CL-7", "Lý Văn Sơn", "EX-CL",
                "EX-CL", "BANG_KHEN_TINH", "Bằng khen của Chủ tịch UBND tỉnh", 2025);
        HonourConferred redelivered = new HonourConferred(UUID.randomUUID(), honour.occurredAt(), decision, 1,
                honour.decisionNumber(), honour.decisionDate(), "EX", "PROVINCE", "DX-1", "INDIVIDUAL", "CB-CL-7",
                "Lý Văn Sơn", "EX-CL", "EX-CL", "BANG_KHEN_TINH", honour.awardName(), 2025);
        Exemplar anh = new Exemplar("INDIVIDUAL", "Nguyễn Thị Ánh", "Chánh Văn phòng", "Văn phòng Sở",
                "Số hoá hồ sơ một cửa", "Cải cách hành chính");
        Exemplar team = new Exemplar("COLLECTIVE", "Tổ Một cửa", null, "Văn phòng Sở", "100% hồ sơ đúng hạn", null);
        ExemplarsRegistered v0 = registered(0, List.of(anh, team));
        ExemplarsRegistered v1 = registered(1, List.of(anh));
        ExemplarsRegistered staleAgain = registered(0, List.of(anh, team));
        ExemplarRegistrationDue reminder = new ExemplarRegistrationDue(UUID.randomUUID(), Instant.now(),
                "EX-STC-VP:2026-01", 0, "EX-STC-VP", "Văn phòng Sở", "EX-STC", "2026-01", LocalDate.of(2026, 2, 25));
        for (var event : List.of(honour, redelivered, v0, v1, staleAgain, reminder)) {
            NOMINATIONS.publish(event);
        }
        service.awaitHandled(reminder, TIMEOUT);
        service.awaitHandled(staleAgain, TIMEOUT);
        service.awaitHandled(redelivered, TIMEOUT);

        JsonNode all = service.json("/api/v1/exemplary-people?unit=EX");
        assertThat(all.get("totalItems").asLong()).isEqualTo(2);
        assertThat(all.get("items").get(0).get("name").asString()).isEqualTo("Lý Văn Sơn");
        assertThat(all.get("items").get(0).get("source").asString()).isEqualTo("DECISION");
        assertThat(all.get("items").get(0).get("reference").asString()).isEqualTo("125/QĐ-UBND");
        assertThat(all.get("items").get(1).get("name").asString()).isEqualTo("Nguyễn Thị Ánh");
        assertThat(all.get("items").get(1).get("month").asString()).isEqualTo("2026-01");
        JsonNode department = service.json("/api/v1/exemplary-people?unit=EX-STC");
        assertThat(department.get("totalItems").asLong()).isEqualTo(1);
        assertThat(department.get("items").get(0).get("field").asString()).isEqualTo("Cải cách hành chính");

        String officerOfTheOffice = TestTokens.bearer("thiduakt.vp", "EX-STC-VP", Role.EMULATION_OFFICER);
        assertThat(service.send("GET", "/api/v1/exemplary-people?unit=EX", null, officerOfTheOffice).statusCode())
                .isEqualTo(403);
        assertThat(service.send("GET", "/api/v1/exemplary-people?unit=EX-STC-VP", null, officerOfTheOffice)
                .statusCode()).isEqualTo(200);
        assertThat(service.send("GET", "/api/v1/exemplary-people?unit=EX", null,
                TestTokens.bearer("bantochuc", "EX", Role.CONGRESS_ORGANISER)).statusCode()).isEqualTo(403);
        assertThat(service.send("GET", "/api/v1/exemplary-people?unit=EX", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aCongressTreeIsPlannedItsSeatsAllocatedAndPublished() throws Exception {
        ServiceProbe service = new ServiceProbe(port, mongo, group());
        UnitRegistered last = staffed("CG-CL-DM", "Xã Đồng Mỏ", "COMMUNE", "CG-CL", 120);
        for (UnitRegistered unit : List.of(staffed("CG", "Tỉnh thử", "PROVINCE", null, 5000),
                staffed("CG-CL", "Huyện Chi Lăng", "DISTRICT", "CG", 450),
                staffed("CG-CL-NL", "Xã Nhân Lý", "COMMUNE", "CG-CL", 60), last)) {
            NOMINATIONS.publish(unit);
        }
        service.awaitHandled(last, TIMEOUT);
        String organiser = TestTokens.bearer("bantochuc.cl", "CG-CL", Role.CONGRESS_ORGANISER);

        var district = service.send("POST", "/api/v1/congresses", """
                {"organiserUnitCode":"CG-CL","title":"Hội nghị điển hình tiên tiến huyện Chi Lăng năm 2027",
                 "date":"2027-04-15"}""", organiser);
        assertThat(district.statusCode()).as(district.body()).isEqualTo(201);
        String districtId = JSON.readTree(district.body()).get("id").asString();
        var pilot = service.send("POST", "/api/v1/congresses", """
                {"organiserUnitCode":"CG-CL-NL","title":"Hội nghị điển hình tiên tiến xã Nhân Lý","date":"2027-02-20",
                 "pilot":true,"upperCongressId":"%s"}""".formatted(districtId), organiser);
        assertThat(pilot.statusCode()).as(pilot.body()).isEqualTo(201);
        var late = service.send("POST", "/api/v1/congresses", """
                {"organiserUnitCode":"CG-CL-DM","title":"Hội nghị điển hình tiên tiến xã Đồng Mỏ","date":"2027-04-15",
                 "upperCongressId":"%s"}""".formatted(districtId), organiser);
        assertThat(late.statusCode()).as("on the district's day: refused").isEqualTo(422);
        assertThat(service.send("POST", "/api/v1/congresses", """
                {"organiserUnitCode":"CG-CL-DM","title":"Hội nghị điển hình tiên tiến xã Đồng Mỏ","date":"2027-03-10",
                 "upperCongressId":"%s"}""".formatted(districtId), organiser).statusCode()).isEqualTo(201);

        var allocated = service.send("POST", "/api/v1/congresses/" + districtId + "/allocations",
                "{\"basis\":\"STAFF\"}", organiser);
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(201);
        JsonNode current = service.json("/api/v1/congresses/" + districtId + "/allocations/current");
        assertThat(current.get("seats").asLong()).as("70 % of 300").isEqualTo(210);
        assertThat(current.get("units").get(0).get("unitCode").asString()).isEqualTo("CG-CL-NL");
        assertThat(current.get("units").get(0).get("seats").asLong()).isEqualTo(70);
        assertThat(current.get("units").get(1).get("seats").asLong()).isEqualTo(140);
        JsonNode timeline = service.json("/api/v1/congresses/" + districtId + "/timeline");
        assertThat(timeline.get("nodes").get(0).get("organiserUnitCode").asString()).isEqualTo("CG-CL-NL");
        assertThat(timeline.get("nodes").get(2).get("organiserUnitCode").asString()).isEqualTo("CG-CL");

        await().atMost(TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(readAll(Topics.CONGRESS_EVENTS).stream().filter(r -> districtId.equals(r.key()))
                        .filter(r -> "tdkt.congress.seats-allocated.v1".equals(header(r, "ce_type")))
                        .map(r -> EventJson.read(new String(r.value(), StandardCharsets.UTF_8),
                                CongressSeatsAllocated.class)).toList())
                        .singleElement().satisfies(e -> {
                            assertThat(e.allocationVersion()).isEqualTo(1);
                            assertThat(e.basis()).isEqualTo("STAFF");
                            assertThat(e.units()).extracting(u -> u.seats()).containsExactly(70L, 140L);
                        }));
    }

    /**
     * Two organisers plan the same commune's congress below the same district at the same moment, three times over:
     * each time exactly one is stored and the other is told 409, naming the congress that was (the unique index
     * decides when both pass the service's look-up).
     */
    @Test
    void twoPlansRacingForOneUnitLeaveOneCongress() throws Exception {
        ServiceProbe service = new ServiceProbe(port, mongo, group());
        List<String> communes = List.of("RC-CL-A", "RC-CL-B", "RC-CL-C");
        UnitRegistered last = staffed(communes.getLast(), "Xã thử", "COMMUNE", "RC-CL", 40);
        NOMINATIONS.publish(staffed("RC", "Tỉnh thử", "PROVINCE", null, 5000));
        NOMINATIONS.publish(staffed("RC-CL", "Huyện thử", "DISTRICT", "RC", 450));
        for (String commune : communes.subList(0, 2)) {
            NOMINATIONS.publish(staffed(commune, "Xã thử", "COMMUNE", "RC-CL", 40));
        }
        NOMINATIONS.publish(last);
        service.awaitHandled(last, TIMEOUT);
        String organiser = TestTokens.bearer("bantochuc.rc", "RC-CL", Role.CONGRESS_ORGANISER);
        String district = created(service.send("POST", "/api/v1/congresses", """
                {"organiserUnitCode":"RC-CL","title":"Hội nghị điển hình tiên tiến huyện năm 2027",
                 "date":"2027-04-15"}""", organiser));

        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (String commune : communes) {
                String plan = """
                        {"organiserUnitCode":"%s","title":"Hội nghị điển hình tiên tiến xã","date":"2027-03-01",
                         "upperCongressId":"%s"}""".formatted(commune, district);
                CyclicBarrier together = new CyclicBarrier(2);
                Callable<HttpResponse<String>> planIt = () -> {
                    together.await();
                    return service.send("POST", "/api/v1/congresses", plan, organiser);
                };
                List<HttpResponse<String>> both = new ArrayList<>();
                for (Future<HttpResponse<String>> answer : two.invokeAll(List.of(planIt, planIt))) {
                    both.add(answer.get());
                }
                both.sort(Comparator.comparingInt(HttpResponse::statusCode));

                assertThat(both).extracting(HttpResponse::statusCode).as(commune).containsExactly(201, 409);
                String stored = JSON.readTree(both.get(0).body()).get("id").asString();
                assertThat(both.get(1).headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                        assertThat(type).startsWith("application/problem+json"));
                assertThat(JSON.readTree(both.get(1).body()).get("existingCongressId").asString()).isEqualTo(stored);
                assertThat(mongo.count(Query.query(Criteria.where("organiserUnitCode").is(commune)), "congresses"))
                        .isEqualTo(1);
            }
        } finally {
            two.shutdownNow();
        }
    }

    /** The id of a congress the answer says was planned. */
    private static String created(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return JSON.readTree(answer.body()).get("id").asString();
    }

    private static UnitRegistered staffed(String code, String name, String level, String parent, int staff) {
        return new UnitRegistered(UUID.randomUUID(), Instant.now(), code, 1, code, name, level, parent, staff,
                List.of());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Every committed record of a topic, read without a consumer group. */
    private static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        return TopicReader.readCommitted(INFRA.kafkaBootstrapServers(), topic);
    }

    @Test
    void aCommunePicksAnExemplaryPersonAndItsApprovedListReachesTheRosterAndKafka() throws Exception {
        ServiceProbe service = new ServiceProbe(port, mongo, group());
        UnitRegistered commune = staffed("DL-CL-NL", "UBND xã Nhân Lý", "COMMUNE", "DL-CL", 60);
        NOMINATIONS.publish(staffed("DL", "Tỉnh thử", "PROVINCE", null, 5000));
        NOMINATIONS.publish(staffed("DL-CL", "UBND huyện Chi Lăng", "DISTRICT", "DL", 450));
        NOMINATIONS.publish(commune);
        String decision = UUID.randomUUID().toString();
        HonourConferred honour = new HonourConferred(UUID.randomUUID(), Instant.now(), decision, 1, "7/QĐ-UBND",
                LocalDate.of(2025, 1, 10), "DL-CL", "DISTRICT", "DX-9", "INDIVIDUAL", "CB-NL-12", "Lương Văn Hùng",
                "DL-CL-NL", "DL-CL-NL", "CSTD_CO_SO", "Chiến sĩ thi đua cơ sở", 2024);
        NOMINATIONS.publish(honour);
        service.awaitHandled(commune, TIMEOUT);
        service.awaitHandled(honour, TIMEOUT);

        // The real congress catalogue: the district's congress and the commune's below it, seats by staff.
        String district = TestTokens.bearer("thiduakt.dlcl", "DL-CL", Role.EMULATION_OFFICER);
        String congress = created(service.send("POST", "/api/v1/congresses", """
                {"organiserUnitCode":"DL-CL","title":"Hội nghị điển hình tiên tiến huyện Chi Lăng năm 2027",
                 "date":"2027-04-18","maxDelegates":10}""", district));
        created(service.send("POST", "/api/v1/congresses", """
                {"organiserUnitCode":"DL-CL-NL","title":"Hội nghị điển hình tiên tiến xã Nhân Lý năm 2027",
                 "date":"2027-02-20","pilot":true,"upperCongressId":"%s"}""".formatted(congress), district));
        String list = "/api/v1/congresses/" + congress + "/delegate-lists/DL-CL-NL";
        String officer = TestTokens.bearer("thiduakt.dlnl", "DL-CL-NL", Role.EMULATION_OFFICER);
        String early = """
                {"fullName": "Hoàng Thị Lan", "birthYear": 1985, "gender": "FEMALE", "ethnicity": "Tày",
                 "position": "Chủ tịch Hội Phụ nữ xã", "category": "GUEST"}""";
        assertThat(service.send("POST", list + "/delegates", early, officer).statusCode())
                .as("no seats before the district allocates them").isEqualTo(422);
        var allocated = service.send("POST", "/api/v1/congresses/" + congress + "/allocations",
                "{\"basis\":\"STAFF\"}", district);
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(201);
        assertThat(allocated.body()).as("70 % of 10, all to the one commune").contains("\"seats\":7");

        // an honour says no position: the unit gives it
        var added = service.send("POST", list + "/delegates", """
                {"exemplaryPersonId": "honour:%s:DX-9", "birthYear": 1990, "gender": "MALE", "ethnicity": "Nùng",
                 "position": "Công chức Địa chính – Xây dựng xã Nhân Lý", "category": "EXEMPLARY",
                 "directProducerOrWorker": true}""".formatted(decision), officer);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(service.send("POST", list + "/submit", null, officer).statusCode()).isEqualTo(200);
        var approved = service.send("POST", list + "/approve", null, officer);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

        var roster = service.send("GET", "/api/v1/congresses/" + congress + "/roster", null, district);
        assertThat(roster.body()).contains("\"fullName\":\"Lương Văn Hùng\"", "\"totalItems\":1");
        JsonNode summary = JSON.readTree(service.send("GET", "/api/v1/congresses/" + congress + "/roster/summary", null,
                district).body());
        assertThat(summary.get("units").get(0).get("unitCode").asString()).isEqualTo("DL-CL-NL");
        assertThat(summary.get("units").get(0).get("seats").asInt()).isEqualTo(7);
        assertThat(summary.get("units").get(0).get("approved").asInt()).isEqualTo(1);
        assertThat(summary.get("units").get(0).get("missing").asInt()).isEqualTo(6);
        assertThat(service.send("GET", "/api/v1/congresses/" + congress + "/roster", null, officer)
                .statusCode()).isEqualTo(403);
        // Issue 16's figures, from the stored documents: both congresses of 2027, the district's one delegate
        JsonNode figures = JSON.readTree(service.send("GET",
                "/api/v1/statistics?unit=DL-CL&from=2027-01-01&to=2027-12-31", null, district).body());
        assertThat(figures.get("congresses").asInt()).isEqualTo(2);
        JsonNode districtLine = figures.get("byCongress").get(1);
        assertThat(districtLine.get("congressId").asString()).isEqualTo(congress);
        assertThat(districtLine.get("seatsAllocated").asInt()).isEqualTo(7);
        assertThat(districtLine.get("delegates").get("approvedByCategory").get("EXEMPLARY").asInt()).isEqualTo(1);
        assertThat(districtLine.get("delegates").get("ethnicMinorities").asInt()).isEqualTo(1);
        assertThat(figures.toString()).doesNotContain("Lương Văn Hùng", "1990");
        assertThat(service.json("/v3/api-docs").get("paths").propertyNames()).contains(
                "/api/v1/congresses/{congressId}/delegate-lists/{unitCode}/approve",
                "/api/v1/congresses/{congressId}/roster/summary");
        // the roster names people: both reads are in the audit trail, the refused one too; the approval with versions
        assertThat(mongo.find(Query.query(Criteria.where("action").is("roster.read")
                        .and("target").is("congress:" + congress)), AuditRecord.class,
                AuditRecord.COLLECTION)).extracting(AuditRecord::outcome).containsExactlyInAnyOrder("SUCCEEDED",
                "DENIED");
        assertThat(mongo.find(Query.query(Criteria.where("action").is("delegate-list.approve")), AuditRecord.class,
                AuditRecord.COLLECTION)).singleElement().satisfies(record -> {
                    assertThat(record.target()).isEqualTo("delegate-list:" + congress + ":DL-CL-NL");
                    assertThat(record.versionAfter()).isEqualTo(record.versionBefore() + 1);
                });

        Properties config = new Properties();
        config.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, INFRA.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "delegate-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.CONGRESS_EVENTS));
            String key = congress + ":DL-CL-NL";
            String payload = null;
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (payload == null && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                                .isEqualTo("tdkt.congress.delegate-list-approved.v1");
                        payload = new String(record.value(), StandardCharsets.UTF_8);
                    }
                }
            }
            // ids and counts only: the person stays in this service's store (the roster read above)
            assertThat(payload).contains("\"organiserUnitCode\":\"DL-CL\"", "\"delegateCount\":1",
                    "\"exemplaryPersonId\":\"honour:" + decision + ":DX-9\"").doesNotContain("Lương Văn Hùng", "Nùng",
                    "1990", "Địa chính");
        }
    }

    private static UnitRegistered unit(String code, String name, String level, String parent) {
        return new UnitRegistered(UUID.randomUUID(), Instant.now(), code, 1, code, name, level, parent, 10, List.of());
    }

    private static ExemplarsRegistered registered(long version, List<Exemplar> entries) {
        return new ExemplarsRegistered(UUID.randomUUID(), Instant.now(), "EX-STC-VP:2026-01", version, "EX-STC-VP",
                "Văn phòng Sở", "2026-01", entries);
    }
}
