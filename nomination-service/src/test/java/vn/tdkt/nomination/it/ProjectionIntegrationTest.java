package vn.tdkt.nomination.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tdkt.events.ConsumerGroups;
import vn.tdkt.events.EventJson;
import vn.tdkt.events.Topics;
import vn.tdkt.events.nomination.CouncilUpdated;
import vn.tdkt.events.nomination.HonourRecorded;
import vn.tdkt.events.nomination.NominationReturned;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.support.testing.ProjectionScenario;
import vn.tdkt.support.testing.TestTokens;
import vn.tdkt.support.testing.TopicReader;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * This service's own bindings, consumers and directories pass the shared projection scenario; and what it
 * publishes crosses too: an honours import's events, the rule packs' announcements and a dossier's steps reach
 * Kafka.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProjectionIntegrationTest extends ProjectionScenario {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        register(registry, ConsumerGroups.NOMINATION);
    }

    @LocalServerPort
    int port;
    @Autowired
    UnitDirectory units;

    @Override
    protected String group() {
        return ConsumerGroups.NOMINATION;
    }

    /** The dossiers' side of the decisions port, faked: dossiers IT-DX-1 and IT-DX-2 approved for IT-LS. */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    static class Dossiers {
        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Primary
        vn.tdkt.nomination.decision.InMemoryDecisionSubjects decisionSubjects() {
            return new vn.tdkt.nomination.decision.InMemoryDecisionSubjects()
                    .approve("IT-LS", vn.tdkt.nomination.decision.InMemoryDecisionSubjects.individual("IT-DX-1",
                            "IT-CB-1", "Hoàng Thị Mai", "IT-LS-STC", "BANG_KHEN_TINH", "Bằng khen của Chủ tịch UBND tỉnh",
                            2025))
                    .approve("IT-LS", vn.tdkt.nomination.decision.InMemoryDecisionSubjects.individual("IT-DX-2",
                            "IT-CB-2", "Lý Văn Sơn", "IT-LS-STC", "BANG_KHEN_TINH", "Bằng khen của Chủ tịch UBND tỉnh",
                            2025));
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.mongodb.core.MongoOperations mongoOperations;

    /** A decision's HonourConferred events and an office's registration reach tdkt.nomination.events. */
    @Test
    void aDecisionsHonoursAndAnExemplarRegistrationReachKafka() throws Exception {
        try (vn.tdkt.localstack.EventPublisher units = new vn.tdkt.localstack.EventPublisher(
                INFRA.kafkaBootstrapServers())) {
            var office = new vn.tdkt.events.unit.UnitRegistered(java.util.UUID.randomUUID(), java.time.Instant.now(),
                    "IT-LS-STC-VP", 1, "IT-LS-STC-VP", "Văn phòng Sở", "OFFICE", "IT-LS", 9, List.of());
            // The honoured people's department, so that the province's statistics and board reach them.
            var department = new vn.tdkt.events.unit.UnitRegistered(java.util.UUID.randomUUID(),
                    java.time.Instant.now(), "IT-LS-STC", 1, "IT-LS-STC", "Sở Tài chính thử", "DEPARTMENT", "IT-LS", 60,
                    List.of());
            units.publish(new vn.tdkt.events.unit.UnitRegistered(java.util.UUID.randomUUID(), java.time.Instant.now(),
                    "IT-LS", 1, "IT-LS", "Tỉnh thử", "PROVINCE", null, 0, List.of()));
            units.publish(office);
            units.publish(department);
            var probe = new vn.tdkt.support.testing.ServiceProbe(port, mongoOperations, ConsumerGroups.NOMINATION);
            probe.awaitHandled(office, Duration.ofSeconds(120));
            probe.awaitHandled(department, Duration.ofSeconds(120));
        }
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        HttpResponse<String> decision = post("/api/v1/decisions", """
                {"number":"IT-125/QĐ-UBND","date":"%s","signer":{"name":"Đoàn Thu Hà","title":"Phó Chủ tịch"},
                 "grantorUnitCode":"IT-LS","nominationIds":["IT-DX-1","IT-DX-2"]}""".formatted(today));
        assertThat(decision.statusCode()).as(decision.body()).isEqualTo(201);
        assertThat(decision.body()).contains("\"status\":\"DECIDED\"");
        HttpResponse<String> registration = post("/api/v1/exemplars/registrations", """
                {"unitCode":"IT-LS-STC-VP","month":"%s","entries":[{"recipientKind":"INDIVIDUAL",
                 "name":"Nguyễn Thị Ánh","achievement":"Số hoá hồ sơ một cửa"}]}""".formatted(
                java.time.YearMonth.from(today)));
        assertThat(registration.statusCode()).as(registration.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> records = readAll(Topics.NOMINATION_EVENTS);
            List<vn.tdkt.events.nomination.HonourConferred> conferred = records.stream()
                    .filter(r -> "tdkt.nomination.honour-conferred.v1".equals(header(r, "ce_type")))
                    .map(r -> EventJson.read(new String(r.value(), StandardCharsets.UTF_8),
                            vn.tdkt.events.nomination.HonourConferred.class))
                    .filter(e -> "IT-125/QĐ-UBND".equals(e.decisionNumber())).toList();
            assertThat(conferred).extracting(vn.tdkt.events.nomination.HonourConferred::nomineeName)
                    .containsExactlyInAnyOrder("Hoàng Thị Mai", "Lý Văn Sơn");
            assertThat(conferred).allSatisfy(e -> assertThat(e.grantorLevel()).isEqualTo("PROVINCE"));
            assertThat(records).filteredOn(r -> "IT-CB-1".equals(r.key())).extracting(r -> header(r, "ce_type"))
                    .contains("tdkt.nomination.honour-recorded.v1");
            assertThat(records).filteredOn(r -> ("IT-LS-STC-VP:" + java.time.YearMonth.from(today)).equals(r.key()))
                    .extracting(r -> header(r, "ce_type")).contains("tdkt.nomination.exemplars-registered.v1");
        });

        // Issue 16: the province's figures count both honours and the exemplar, from the stored documents.
        HttpResponse<String> statistics = send("GET", "/api/v1/statistics?unit=IT-LS&from=" + today + "&to=" + today,
                null);
        assertThat(statistics.statusCode()).as(statistics.body()).isEqualTo(200);
        tools.jackson.databind.JsonNode figures = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(statistics.body());
        assertThat(figures.at("/honoursConferred/total").asLong()).isEqualTo(2);
        assertThat(figures.at("/honoursConferred/byGrantorLevel/0/grantorLevel").asString()).isEqualTo("PROVINCE");
        assertThat(figures.at("/exemplarsRegistered/total").asLong()).isEqualTo(1);

        // And its honour board: one honour and the exemplar published, read without a token, nothing else shown.
        HttpResponse<String> honour = post("/api/v1/honour-board/IT-LS/entries", """
                {"source":"HONOUR","sourceId":"IT-DX-1","displayName":"Bà Hoàng Thị Mai",
                 "citation":"Hoàn thành xuất sắc nhiệm vụ năm 2025","publishedFields":["AWARD","UNIT"]}""");
        assertThat(honour.statusCode()).as(honour.body()).isEqualTo(201);
        HttpResponse<String> exemplar = post("/api/v1/honour-board/IT-LS/entries", """
                {"source":"EXEMPLAR","sourceId":"IT-LS-STC-VP:%s#1","displayName":"Chị Nguyễn Thị Ánh",
                 "citation":"Gương điển hình trong cải cách hành chính","publishedFields":["ACHIEVEMENT"]}"""
                .formatted(java.time.YearMonth.from(today)));
        assertThat(exemplar.statusCode()).as(exemplar.body()).isEqualTo(201);
        HttpResponse<String> board = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/public/v1/honour-board/IT-LS")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(board.statusCode()).as(board.body()).isEqualTo(200);
        assertThat(board.headers().firstValue("ETag")).isPresent();
        assertThat(board.body()).contains("Bằng khen của Chủ tịch UBND tỉnh", "Sở Tài chính thử",
                "Số hoá hồ sơ một cửa", "\"totalItems\":2");
        assertThat(board.body()).doesNotContain("IT-DX-1", "IT-CB-1", "IT-125", "IT-LS-STC-VP:", "admin");
    }

    /**
     * The public board is the one exception: every other endpoint this service maps answers a request without a
     * token with 401, and the board answers one with 200 (an unknown unit's board: 404, still without a token).
     */
    @Test
    void everyPathButThePublicBoardNeedsAToken(@Autowired @org.springframework.beans.factory.annotation.Qualifier(
            "requestMappingHandlerMapping")
            org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings)
            throws Exception {
        List<String> checked = new ArrayList<>();
        for (var info : mappings.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]*}", "x");
                for (var method : methods.isEmpty() ? List.of(org.springframework.web.bind.annotation.RequestMethod.GET)
                        : methods) {
                    HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + port + path))
                            .method(method.name(), HttpRequest.BodyPublishers.noBody()).build(),
                            HttpResponse.BodyHandlers.ofString());
                    boolean published = path.startsWith("/public/v1/honour-board/") && method.name().equals("GET");
                    assertThat(answer.statusCode()).as(method + " " + path).isEqualTo(published ? 404 : 401);
                    checked.add(method + " " + path);
                }
            }
        }
        assertThat(checked).contains("GET /public/v1/honour-board/x", "GET /api/v1/statistics",
                "POST /api/v1/honour-board/x/entries", "GET /api/v1/nominations");
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", TestTokens.admin()).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void anHonoursImportsEventsReachKafka() throws Exception {
        String csv = """
                recipientId,recipientKind,recipientName,unitCode,year,award,decisionNumber,decisionDate
                IT-0042,INDIVIDUAL,Hoàng Thị Mai,LS-STC,2023,Chiến sĩ thi đua cơ sở,9/QĐ-STC,2024-01-18
                IT-0042,INDIVIDUAL,Hoàng Thị Mai,LS-STC,2024,Chiến sĩ thi đua cơ sở,125/QĐ-STC,2025-01-20
                """;
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/honours/imports"))
                .header("Authorization", TestTokens.admin()).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> records = readAll(Topics.NOMINATION_EVENTS);
            List<HonourRecorded> honours = records.stream().filter(r -> "IT-0042".equals(r.key()))
                    .filter(r -> "tdkt.nomination.honour-recorded.v1".equals(header(r, "ce_type")))
                    .map(r -> EventJson.read(new String(r.value(), StandardCharsets.UTF_8), HonourRecorded.class))
                    .toList();
            assertThat(honours).extracting(HonourRecorded::year).containsExactly(2023, 2024);
            assertThat(honours).allSatisfy(e -> assertThat(e.recipientName()).isEqualTo("Hoàng Thị Mai"));
            assertThat(records).filteredOn(r -> "vn-2024".equals(r.key())).extracting(r -> header(r, "ce_type"))
                    .contains("tdkt.nomination.rule-pack-loaded.v1");
        });
    }

    /**
     * A dossier's workflow crosses too: a commune's dossier submitted to its district and returned for
     * correction reaches tdkt.nomination.events as two events, in order, with what the e-mails need.
     */
    @Test
    void aDossiersStepsReachKafka() throws Exception {
        units.apply(new UnitRegistered(UUID.randomUUID(), Instant.now(), "IT-D", 1, "IT-D", "UBND huyện Thử",
                "DISTRICT", null, 40, List.of("thidua@it-d.gov.vn")));
        units.apply(new UnitRegistered(UUID.randomUUID(), Instant.now(), "IT-D-X", 1, "IT-D-X", "UBND xã Thử",
                "COMMUNE", "IT-D", 12, List.of("vanphong@it-d-x.gov.vn")));
        String dossier = """
                {"nominatingUnitCode":"IT-D-X","addressedTo":"IT-D",
                 "nominee":{"kind":"INDIVIDUAL","nomineeId":"IT-CB-7","name":"Nông Văn Tú","position":"Công chức",
                            "unitCode":"IT-D-X"},
                 "award":"Lao động tiên tiến","basis":"REGULAR","year":2025,"achievements":"Hoàn thành tốt nhiệm vụ"}""";
        HttpResponse<String> created = send("POST", "/api/v1/nominations", dossier);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = created.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        assertThat(send("POST", "/api/v1/nominations/" + id + "/submit", null).statusCode()).isEqualTo(200);
        HttpResponse<String> returned = send("POST", "/api/v1/nominations/" + id + "/return",
                "{\"reasons\":[\"Bổ sung bản nhận xét của thủ trưởng\"]}");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> records = readAll(Topics.NOMINATION_EVENTS).stream()
                    .filter(r -> id.equals(r.key())).toList();
            assertThat(records).extracting(r -> header(r, "ce_type")).containsExactly(
                    "tdkt.nomination.nomination-submitted.v1", "tdkt.nomination.nomination-returned.v1");
            NominationReturned back = EventJson.read(new String(records.get(1).value(), StandardCharsets.UTF_8),
                    NominationReturned.class);
            assertThat(back.nominatingUnitCode()).isEqualTo("IT-D-X");
            assertThat(back.addressedTo()).isEqualTo("IT-D");
            assertThat(back.nomineeName()).isEqualTo("Nông Văn Tú");
            assertThat(back.awardName()).isEqualTo("Lao động tiên tiến");
            assertThat(back.status()).isEqualTo("RETURNED");
            assertThat(back.reasons()).containsExactly("Bổ sung bản nhận xét của thủ trưởng");
        });
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", TestTokens.admin()).header("Content-Type", "application/json")
                        .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aCouncilsSetUpReachesKafkaThroughItsOutbox() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/councils/IT-LS"))
                .header("Authorization", TestTokens.admin()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"name":"Hội đồng Thi đua – Khen thưởng tỉnh","chair":"uyvien.1","secretary":"thuky.hoidong",
                         "members":["uyvien.2","uyvien.1"]}""", StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<CouncilUpdated> councils = readAll(Topics.NOMINATION_EVENTS).stream()
                    .filter(r -> "IT-LS".equals(r.key()))
                    .filter(r -> "tdkt.nomination.council-updated.v1".equals(header(r, "ce_type")))
                    .map(r -> EventJson.read(new String(r.value(), StandardCharsets.UTF_8), CouncilUpdated.class))
                    .toList();
            assertThat(councils).singleElement().satisfies(c -> {
                assertThat(c.members()).containsExactly("uyvien.1", "uyvien.2");
                assertThat(c.membership()).isEqualTo(2);
                assertThat(c.name()).isEqualTo("Hội đồng Thi đua – Khen thưởng tỉnh");
            });
        });
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Every committed record of a topic, read without a consumer group. */
    private static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        return TopicReader.readCommitted(INFRA.kafkaBootstrapServers(), topic);
    }
}
