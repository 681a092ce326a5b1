package vn.tdkt.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import vn.tdkt.events.CloudEventHeaders;
import vn.tdkt.events.DomainEvent;
import vn.tdkt.events.EventCatalog;
import vn.tdkt.events.EventJson;
import vn.tdkt.events.Topics;
import vn.tdkt.events.campaign.CampaignCreated;
import vn.tdkt.events.campaign.CampaignMilestoneAdded;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.events.registration.CampaignRegistrationSubmitted;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.events.unit.UnitUpdated;
import vn.tdkt.support.testing.PlatformEndpoints;
import vn.tdkt.support.testing.ServiceProbe;
import vn.tdkt.support.testing.TestTokens;

/**
 * The first flow through every layer, on a real broker and a real (or embedded) MongoDB: register
 * units, draft a campaign and launch it over HTTP, then read what arrived on Kafka. Subclasses
 * provide the infrastructure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // A broker whose topics take at most 100 KB, and the service configured to match.
        properties = {"tdkt.outbox.poll-interval=200ms", "tdkt.outbox.max-event-bytes=100KB"})
abstract class FirstFlowScenario {

    @LocalServerPort
    int port;
    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String brokers;
    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    /** As the administrator, unless the call sets its own Authorization header. */
    private RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", TestTokens.admin())
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    private ResponseEntity<JsonNode> post(String path, String json) {
        return http().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).retrieve()
                .toEntity(JsonNode.class);
    }

    @Test
    void aPutWithoutStaffCountClearsItInMongoDbAsInTheEvent() {
        String code = "XA-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(post("/api/v1/units", """
                {"code":"%s","name":"UBND xã Mỹ An","level":"COMMUNE","staffCount":85,"contactEmails":[]}
                """.formatted(code)).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertThat(http().put().uri("/api/v1/units/" + code).contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\":\"UBND xã Mỹ An\",\"contactEmails\":[]}")
                .retrieve().toEntity(JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        Document stored = mongo.getCollection("units").find(new Document("_id", code)).first();
        assertThat(stored).as("stored as published").doesNotContainKey("staffCount");
        assertThat(eventsOf(consume(Map.of(code, 2)), code)).last()
                .isInstanceOfSatisfying(UnitUpdated.class, u -> assertThat(u.staffCount()).isNull());
    }

    @Test
    void aMergerOfTwoCommunesPublishesEveryChangedUnitWithItsFullState() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String district = "HUYEN-" + run;
        String nhanLy = district + "-NL";
        String dongMo = district + "-DM";
        String office = nhanLy + "-VP";
        String successor = "XA-" + run;
        for (String[] unit : new String[][]{{district, null, "DISTRICT"}, {nhanLy, district, "COMMUNE"},
                {dongMo, district, "COMMUNE"}, {office, nhanLy, "OFFICE"}}) {
            assertThat(post("/api/v1/units", """
                    {"code":"%s","name":"Đơn vị %s","level":"%s"%s,"contactEmails":[]}""".formatted(unit[0], unit[0],
                    unit[2], unit[1] == null ? "" : ",\"parentCode\":\"" + unit[1] + "\"")).getStatusCode())
                    .isEqualTo(HttpStatus.CREATED);
        }

        ResponseEntity<JsonNode> merged = post("/api/v1/units/mergers", """
                {"effectiveDate":"2025-07-01","sourceCodes":["%s","%s"],
                 "successor":{"code":"%s","name":"UBND xã Nhân Lý","level":"COMMUNE","parentCode":"%s",
                              "contactEmails":["thidua@nhanly.gov.vn"]}}""".formatted(nhanLy, dongMo, successor, district));
        assertThat(merged.getStatusCode()).as(String.valueOf(merged.getBody())).isEqualTo(HttpStatus.CREATED);

        JsonNode source = http().get().uri("/api/v1/units/" + nhanLy).retrieve().body(JsonNode.class);
        assertThat(source.get("status").asString()).isEqualTo("MERGED");
        assertThat(source.get("successorCode").asString()).isEqualTo(successor);
        JsonNode history = http().get().uri("/api/v1/units/" + nhanLy + "/history").retrieve().body(JsonNode.class);
        assertThat(history.get("items").get(1).get("change").asString()).isEqualTo("MERGED");

        List<ConsumerRecord<String, byte[]>> records = consume(Map.of(nhanLy, 2, dongMo, 2, successor, 1, office, 2));
        assertThat(eventsOf(records, nhanLy)).last().isInstanceOfSatisfying(UnitUpdated.class, e -> {
            assertThat(e.status()).isEqualTo("MERGED");
            assertThat(e.successorCode()).isEqualTo(successor);
            assertThat(e.statusEffectiveDate()).hasToString("2025-07-01");
        });
        assertThat(eventsOf(records, successor)).singleElement().isInstanceOfSatisfying(UnitRegistered.class,
                e -> assertThat(e.predecessorCodes()).containsExactly(nhanLy, dongMo));
        assertThat(eventsOf(records, office)).last().isInstanceOfSatisfying(UnitUpdated.class,
                e -> assertThat(e.parentCode()).isEqualTo(successor));
    }

    @Test
    void aUnitImportMayBeLargerThanTheGeneralBodyLimit() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String province = "TINH-" + run;
        assertThat(post("/api/v1/units", """
                {"code":"%s","name":"UBND tỉnh","level":"PROVINCE"}""".formatted(province)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        StringBuilder csv = new StringBuilder("code,name,level,parentCode,contactEmails\n");
        for (int i = 0; i < 6_000; i++) {
            csv.append(province).append("-X").append(i).append(",UBND xã Đồng Mỏ thuộc huyện Chi Lăng số ").append(i)
                    .append(",COMMUNE,").append(province).append(",vanphong").append(i).append("@langson.gov.vn\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(512 * 1024);

        ResponseEntity<JsonNode> dryRun = http().post().uri("/api/v1/units/imports?root={r}&dryRun=true", province)
                .contentType(MediaType.parseMediaType("text/csv")).body(body).retrieve().toEntity(JsonNode.class);
        assertThat(dryRun.getStatusCode()).as(String.valueOf(dryRun.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(dryRun.getBody().get("rows").asLong()).isEqualTo(6_000);

        ResponseEntity<JsonNode> imported = http().post().uri("/api/v1/units/imports?root={r}", province)
                .contentType(MediaType.parseMediaType("text/csv"))
                .body("code,name,level,parentCode\n%s-A,Xã A,COMMUNE,%s\n".formatted(province, province)
                        .getBytes(StandardCharsets.UTF_8)).retrieve().toEntity(JsonNode.class);
        assertThat(imported.getBody().get("imported").asLong()).isEqualTo(1);
        assertThat(consume(Map.of(province + "-A", 1))).hasSize(1);
    }

    @Test
    void aCampaignWhoseEventTheBrokerWouldRefuseIsAProblemNamingTheFieldAndChangesNothing() {
        String organiser = "SO-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(post("/api/v1/units", """
                {"code":"%s","name":"Sở Nội vụ","level":"DEPARTMENT","contactEmails":[]}
                """.formatted(organiser)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        // 1,500 legal-basis entries, each within the field limits: about 110 KB, well under the 512 KB body limit.
        String legalBasis = String.join(",", java.util.stream.IntStream.range(0, 1500).mapToObj(i ->
                "{\"number\":\"%04d/QĐ-UBND\",\"date\":\"2024-01-01\",\"issuer\":\"UBND tỉnh\"}".formatted(i))
                .toList());
        long before = mongo.getCollection("campaigns").countDocuments();

        ResponseEntity<JsonNode> refused = post("/api/v1/campaigns", """
                {"title":"Phong trào thi đua","kind":"THEMATIC","organiserUnitCode":"%s","legalBasis":[%s],
                 "startDate":"2024-11-20","endDate":"2025-12-31","recipientUnitCodes":[]}
                """.formatted(organiser, legalBasis));

        assertThat(refused.getStatusCode().is4xxClientError()).as(refused.toString()).isTrue();
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(refused.getBody().get("errors").get(0).get("field").asString()).isEqualTo("legalBasis");
        assertThat(mongo.getCollection("campaigns").countDocuments()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void launchingACampaignPublishesTheUnitAndCampaignEventsInOrder() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String province = "UBND-LS-" + run;
        String department = "STC-LS-" + run;
        String office = "STC-LS-VP-" + run;

        assertThat(post("/api/v1/units", """
                {"code":"%s","name":"Ủy ban nhân dân tỉnh Lạng Sơn","level":"PROVINCE","contactEmails":["ubnd@langson.gov.vn"]}
                """.formatted(province)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> unit = post("/api/v1/units", """
                {"code":"%s","name":"Sở Tài chính tỉnh Lạng Sơn","level":"DEPARTMENT","parentCode":"%s",
                 "staffCount":40,"contactEmails":["VP@stc.langson.gov.vn"]}""".formatted(department, province));
        assertThat(unit.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(unit.getHeaders().getLocation()).hasPath("/api/v1/units/" + department);
        assertThat(post("/api/v1/units", """
                {"code":"%s","name":"Văn phòng Sở Tài chính","level":"OFFICE","parentCode":"%s","contactEmails":["vanphong@stc.langson.gov.vn"]}
                """.formatted(office, department)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(http().put().uri("/api/v1/units/" + office).contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\":\"Văn phòng Sở Tài chính Lạng Sơn\",\"contactEmails\":[\"vp@stc.langson.gov.vn\"]}")
                .retrieve().toEntity(JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> created = post("/api/v1/campaigns", """
                {"title":"Phát động phong trào thi đua yêu nước chào mừng Đại hội đảng bộ các cấp",
                 "theme":"Đổi mới, sáng tạo, tăng tốc, bứt phá","kind":"THEMATIC","organiserUnitCode":"%s",
                 "legalBasis":[{"number":"1665/UBND-NC","date":"2024-11-05","issuer":"Chủ tịch UBND tỉnh Lạng Sơn"}],
                 "startDate":"2024-11-20","endDate":"2025-12-31","recipientUnitCodes":["%s","%s"]}
                """.formatted(department, province, office));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asString();
        ResponseEntity<JsonNode> launched = post("/api/v1/campaigns/" + id + "/transitions", "{\"to\":\"LAUNCHED\"}");
        assertThat(launched.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(launched.getBody().get("phase").asString()).isEqualTo("LAUNCHED");
        assertThat(post("/api/v1/campaigns/" + id + "/transitions", "{\"to\":\"CLOSED\"}").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        JsonNode read = http().get().uri("/api/v1/units/" + department).retrieve().body(JsonNode.class);
        assertThat(read.get("name").asString()).isEqualTo("Sở Tài chính tỉnh Lạng Sơn");
        assertThat(read.get("contactEmails").get(0).asString()).isEqualTo("vp@stc.langson.gov.vn");

        List<ConsumerRecord<String, byte[]>> records = consume(Map.of(
                province, 1, department, 1, office, 2, id, 2));

        assertThat(eventsOf(records, department)).singleElement().isInstanceOfSatisfying(UnitRegistered.class,
                e -> assertThat(e.name()).isEqualTo("Sở Tài chính tỉnh Lạng Sơn"));
        assertThat(eventsOf(records, office)).satisfiesExactly(
                e -> assertThat(e).isInstanceOf(UnitRegistered.class),
                e -> assertThat(e).isInstanceOfSatisfying(UnitUpdated.class,
                        u -> assertThat(u.contactEmails()).containsExactly("vp@stc.langson.gov.vn")));
        assertThat(eventsOf(records, id)).satisfiesExactly(
                e -> assertThat(e).isInstanceOfSatisfying(CampaignCreated.class, c -> {
                    assertThat(c.aggregateVersion()).isZero();
                    assertThat(c.theme()).isEqualTo("Đổi mới, sáng tạo, tăng tốc, bứt phá");
                }),
                e -> assertThat(e).isInstanceOfSatisfying(CampaignPhaseChanged.class, c -> {
                    assertThat(c.aggregateVersion()).isEqualTo(1);
                    assertThat(c.from()).isEqualTo("DRAFT");
                    assertThat(c.to()).isEqualTo("LAUNCHED");
                    assertThat(c.organiserUnitCode()).isEqualTo(department);
                    assertThat(c.recipientUnitCodes()).containsExactly(province, office);
                }));

        for (ConsumerRecord<String, byte[]> record : records) {
            DomainEvent event = decode(record);
            String type = EventCatalog.of(event).name();
            assertThat(record.topic()).isEqualTo(EventCatalog.of(event).topic());
            assertThat(record.key()).isEqualTo(event.aggregateId());
            assertThat(header(record, CloudEventHeaders.ID)).isEqualTo(event.eventId().toString());
            assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo(type);
            assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/campaign-service");
            assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(event.aggregateId());
            assertThat(header(record, CloudEventHeaders.SPECVERSION)).isEqualTo("1.0");
            assertThat(header(record, CloudEventHeaders.TIME)).isNotBlank();
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (String collection : List.of("units", "campaigns")) {
                assertThat(mongo.getCollection(collection).find(new Document("pendingEvents.0",
                        new Document("$exists", true))).first()).as("outbox of " + collection + " drained").isNull();
            }
        });
    }

    /**
     * The 2025 reform across the service: two communes of a district, both on the province's distribution
     * list and in its bloc, merge; one of them had launched its own campaign. Afterwards the old codes are
     * refused by name with their successor (plans, registrations), the successor registers and implements in
     * their place, the cascade counts the merged communes as having acted through it, the bloc being set up
     * takes it as a member (announced on Kafka), and a subtree search finds the old commune's campaign under
     * the successor, and under the new district once the successor moves.
     */
    @Test
    void aMergerAndAMoveReachCampaignsRegistrationsTheCascadeAndBlocs() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        String province = "TINH-" + run;
        String chiLang = province + "-CL";
        String huuLung = province + "-HL";
        String nhanLy = chiLang + "-NL";
        String dongMo = chiLang + "-DM";
        String minhSon = huuLung + "-MS";
        String successor = chiLang + "-XNL";
        for (String[] unit : new String[][]{{province, null, "PROVINCE"}, {chiLang, province, "DISTRICT"},
                {huuLung, province, "DISTRICT"}, {nhanLy, chiLang, "COMMUNE"}, {dongMo, chiLang, "COMMUNE"},
                {minhSon, huuLung, "COMMUNE"}}) {
            assertThat(post("/api/v1/units", """
                    {"code":"%s","name":"Đơn vị %s","level":"%s"%s,"contactEmails":[]}""".formatted(unit[0], unit[0],
                    unit[2], unit[1] == null ? "" : ",\"parentCode\":\"" + unit[1] + "\"")).getStatusCode())
                    .isEqualTo(HttpStatus.CREATED);
        }
        String plan = post("/api/v1/campaigns", """
                {"title":"Thi đua yêu nước năm %s","kind":"REGULAR","organiserUnitCode":"%s",
                 "startDate":"%s","endDate":"%s","recipientUnitCodes":["%s","%s","%s"]}""".formatted(run, province,
                today.minusDays(10), today.plusDays(400), nhanLy, dongMo, minhSon)).getBody().get("id").asString();
        assertThat(post("/api/v1/campaigns/" + plan + "/transitions", "{\"to\":\"LAUNCHED\"}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        String nhanLys = post("/api/v1/campaigns", """
                {"title":"Xã Nhân Lý thi đua %s","kind":"REGULAR","organiserUnitCode":"%s","parentCampaignId":"%s",
                 "startDate":"%s","endDate":"%s"}""".formatted(run, nhanLy, plan, today.minusDays(5),
                today.plusDays(300))).getBody().get("id").asString();
        assertThat(post("/api/v1/campaigns/" + nhanLys + "/transitions", "{\"to\":\"LAUNCHED\"}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> bloc = post("/api/v1/blocs", """
                {"name":"Cụm thi đua các xã","year":2025,"organiserUnitCode":"%s",
                 "memberUnitCodes":["%s","%s","%s"],
                 "criteria":[{"code":"1","title":"Hoàn thành chỉ tiêu","group":"I. Nhiệm vụ chính trị","maxPoints":100}]}"""
                .formatted(province, nhanLy, dongMo, minhSon));
        assertThat(bloc.getStatusCode()).as(bloc.toString()).isEqualTo(HttpStatus.CREATED);
        String blocId = bloc.getBody().get("id").asString();

        ResponseEntity<JsonNode> merged = post("/api/v1/units/mergers", """
                {"effectiveDate":"2025-07-01","sourceCodes":["%s","%s"],
                 "successor":{"code":"%s","name":"UBND xã Nhân Lý","level":"COMMUNE","parentCode":"%s",
                              "contactEmails":["thidua@nhanly.gov.vn"]}}""".formatted(nhanLy, dongMo, successor, chiLang));
        assertThat(merged.getStatusCode()).as(String.valueOf(merged.getBody())).isEqualTo(HttpStatus.CREATED);

        // the old codes are refused by name, pointing to the successor
        ResponseEntity<JsonNode> refused = post("/api/v1/campaigns", """
                {"title":"Xã Đồng Mỏ","kind":"REGULAR","organiserUnitCode":"%s","startDate":"%s","endDate":"%s"}"""
                .formatted(dongMo, today, today.plusDays(30)));
        assertThat(refused.getStatusCode().value()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.getBody().get("errors").get(0).get("field").asString()).isEqualTo("organiserUnitCode");
        assertThat(refused.getBody().get("errors").get(0).get("message").asString())
                .contains("đã sáp nhập vào " + successor, "merged into " + successor);
        String registrations = "/api/v1/campaigns/" + plan + "/registrations/";
        ResponseEntity<JsonNode> late = http().put().uri(registrations + dongMo).contentType(MediaType.APPLICATION_JSON)
                .body("{\"commitments\":[\"Hoàn thành 100% nhiệm vụ\"]}").retrieve().toEntity(JsonNode.class);
        assertThat(late.getStatusCode().value()).as(late.toString()).isEqualTo(422);
        assertThat(late.getBody().get("errors").get(0).get("message").asString()).contains("đã sáp nhập vào " + successor);
        assertThat(http().put().uri(registrations + successor).contentType(MediaType.APPLICATION_JSON)
                .body("{\"commitments\":[\"Hoàn thành 100% nhiệm vụ\"]}").retrieve().toEntity(JsonNode.class)
                .getStatusCode()).as("the successor registers in its predecessors' place").isEqualTo(HttpStatus.CREATED);

        // the successor implements the plan its predecessors received, and the cascade counts it for them
        ResponseEntity<JsonNode> successors = post("/api/v1/campaigns", """
                {"title":"Xã Nhân Lý mới thi đua %s","kind":"REGULAR","organiserUnitCode":"%s","parentCampaignId":"%s",
                 "startDate":"%s","endDate":"%s"}""".formatted(run, successor, plan, today, today.plusDays(300)));
        assertThat(successors.getStatusCode()).as(successors.toString()).isEqualTo(HttpStatus.CREATED);
        String successorsId = successors.getBody().get("id").asString();
        assertThat(post("/api/v1/campaigns/" + successorsId + "/transitions", "{\"to\":\"LAUNCHED\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode recipients = http().get().uri("/api/v1/campaigns/" + plan + "/cascade").retrieve().body(JsonNode.class)
                .get("root").get("recipients");
        Map<String, String> acted = new java.util.LinkedHashMap<>();
        for (int i = 0; i < recipients.size(); i++) {
            JsonNode r = recipients.get(i);
            acted.put(r.get("unitCode").asString(), r.get("launched").asBoolean() + " "
                    + (r.path("campaignId").isString() ? r.get("campaignId").asString() : "-") + " "
                    + (r.path("successorCode").isString() ? r.get("successorCode").asString() : "-"));
        }
        assertThat(acted).containsExactly(Map.entry(nhanLy, "true " + nhanLys + " " + successor),
                Map.entry(dongMo, "true " + successorsId + " " + successor), Map.entry(minhSon, "false - -"));

        // the bloc being set up took the successor, and said so on Kafka
        JsonNode members = http().get().uri("/api/v1/blocs/" + blocId).retrieve().body(JsonNode.class)
                .get("memberUnitCodes");
        assertThat(List.of(members.get(0).asString(), members.get(1).asString())).containsExactly(successor, minhSon);
        assertThat(members.size()).isEqualTo(2);
        assertThat(eventsOf(consume(Map.of(blocId, 2)), blocId)).last()
                .isInstanceOfSatisfying(vn.tdkt.events.bloc.BlocUpdated.class,
                        e -> assertThat(e.memberUnitCodes()).containsExactly(successor, minhSon));

        // a search under the successor finds its predecessor's campaign; after a move, under the new district
        assertThat(titles(successor)).containsExactly("Xã Nhân Lý thi đua " + run, "Xã Nhân Lý mới thi đua " + run);
        assertThat(post("/api/v1/units/" + successor + "/moves", "{\"newParentCode\":\"%s\"}".formatted(huuLung))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(titles(huuLung)).containsExactly("Xã Nhân Lý thi đua " + run, "Xã Nhân Lý mới thi đua " + run);
        assertThat(titles(chiLang)).isEmpty();
        assertThat(titles(province)).hasSize(3);
    }

    private List<String> titles(String organiser) {
        JsonNode found = http().get().uri("/api/v1/campaigns?organiser={o}&subtree=true&size=50", organiser).retrieve()
                .body(JsonNode.class);
        List<String> titles = new ArrayList<>();
        found.get("items").forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }

    /**
     * Seed 000 end to end inside the service: the province's campaign, the department's implementing it,
     * both launched; the cascade shows who has not launched its own; an office registers; a milestone is
     * added after launch; and every event of it reaches Kafka, the registration's under its own key.
     */
    @Test
    void seed000CascadeAndRegistrationReachKafka() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        Seed000 seed = Seed000.of("-" + run).during(today.minusDays(10), today.plusDays(400), today.plusDays(30));
        for (String unit : seed.units()) {
            assertThat(post("/api/v1/units", unit).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        String province = post("/api/v1/campaigns", seed.provinceCampaign()).getBody().get("id").asString();
        assertThat(post("/api/v1/campaigns/" + province + "/transitions", "{\"to\":\"LAUNCHED\"}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> drafted = post("/api/v1/campaigns", seed.departmentCampaign(province));
        assertThat(drafted.getStatusCode()).as(drafted.toString()).isEqualTo(HttpStatus.CREATED);
        String department = drafted.getBody().get("id").asString();
        assertThat(post("/api/v1/campaigns/" + department + "/transitions", "{\"to\":\"LAUNCHED\"}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(post("/api/v1/campaigns/" + department + "/milestones", """
                {"date":"%s","title":"Kỷ niệm 80 năm Quốc khánh"}""".formatted(today.plusDays(60))).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        JsonNode cascade = http().get().uri("/api/v1/campaigns/" + province + "/cascade").retrieve().body(JsonNode.class);
        Map<String, String> acted = new java.util.LinkedHashMap<>();
        JsonNode recipients = cascade.get("root").get("recipients");
        for (int i = 0; i < recipients.size(); i++) {
            JsonNode r = recipients.get(i);
            JsonNode campaign = r.path("campaignId");
            acted.put(r.get("unitCode").asString(), r.get("launched").asBoolean() + " "
                    + (campaign.isNull() || campaign.isMissingNode() ? "-" : campaign.asString()));
        }
        assertThat(acted).containsExactly(Map.entry(seed.finance(), "true " + department),
                Map.entry(seed.homeAffairs(), "false -"), Map.entry(seed.chiLang(), "false -"));
        assertThat(cascade.get("root").get("implementedBy").get(0).get("campaignId").asString()).isEqualTo(department);

        ResponseEntity<JsonNode> registered = http().put()
                .uri("/api/v1/campaigns/" + department + "/registrations/" + seed.financeOffice())
                .contentType(MediaType.APPLICATION_JSON).body(seed.officeRegistration()).retrieve()
                .toEntity(JsonNode.class);
        assertThat(registered.getStatusCode()).as(registered.toString()).isEqualTo(HttpStatus.CREATED);
        JsonNode missing = http().get().uri("/api/v1/campaigns/" + department + "/registrations?status=MISSING")
                .retrieve().body(JsonNode.class);
        assertThat(missing.get("totalItems").asInt()).isEqualTo(3);
        String csv = http().get().uri("/api/v1/campaigns/" + department + "/registrations/export").retrieve()
                .body(String.class);
        assertThat(csv).contains("Nguyễn Thị Hằng", seed.financeInspectorate() + ",MISSING");
        JsonNode found = http().get().uri("/api/v1/campaigns?organiser={o}&subtree=true&q=phat dong thi dua",
                seed.province()).retrieve().body(JsonNode.class);
        assertThat(found.get("items").size()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("id").asString()).isEqualTo(department);
        // Issue 16's figures for the province today: both plans organised in its subtree; of the seven units they
        // ask to act, the department launched its own, and its office registered
        JsonNode figures = http().get().uri("/api/v1/statistics?unit={u}&from={d}&to={d}", seed.province(), today,
                today).retrieve().body(JsonNode.class);
        assertThat(figures.get("campaignsOrganised").get("total").asInt()).isEqualTo(2);
        assertThat(figures.get("campaignsOrganised").get("byPhase").get("LAUNCHED").asInt()).isEqualTo(2);
        assertThat(figures.get("cascade").get("recipients").asInt()).isEqualTo(7);
        assertThat(figures.get("cascade").get("launched").asInt()).isEqualTo(1);
        assertThat(figures.get("registrations").get("byStatus").get("REGISTERED").asInt()).isEqualTo(1);
        assertThat(figures.get("registrations").get("byStatus").get("MISSING").asInt()).isEqualTo(6);

        String registration = department + ":" + seed.financeOffice();
        List<ConsumerRecord<String, byte[]>> records = consume(Map.of(province, 2, department, 3, registration, 1));
        assertThat(eventsOf(records, department)).satisfiesExactly(
                e -> assertThat(e).isInstanceOfSatisfying(CampaignCreated.class, c -> {
                    assertThat(c.parentCampaignId()).isEqualTo(province);
                    assertThat(c.responsibilities()).extracting(r -> r.unitCode())
                            .containsExactly(seed.financeOffice(), seed.financeInspectorate());
                    assertThat(c.movements()).hasSize(4);
                }),
                e -> assertThat(e).isInstanceOf(CampaignPhaseChanged.class),
                e -> assertThat(e).isInstanceOfSatisfying(CampaignMilestoneAdded.class,
                        m -> assertThat(m.milestone().title()).isEqualTo("Kỷ niệm 80 năm Quốc khánh")));
        assertThat(eventsOf(records, registration)).singleElement()
                .isInstanceOfSatisfying(CampaignRegistrationSubmitted.class, r -> {
                    assertThat(r.campaignId()).isEqualTo(department);
                    assertThat(r.organiserUnitCode()).isEqualTo(seed.finance());
                    assertThat(r.individuals()).extracting(i -> i.name())
                            .containsExactly("Nguyễn Thị Hằng", "Hoàng Văn Đức");
                });
        assertThat(records).filteredOn(r -> registration.equals(r.key())).singleElement()
                .satisfies(r -> assertThat(r.topic()).isEqualTo(Topics.CAMPAIGN_EVENTS));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mongo.getCollection("registrations")
                .find(new Document("pendingEvents.0", new Document("$exists", true))).first())
                .as("outbox of registrations drained").isNull());
    }

    @Test
    void theTraceOfARequestTravelsWithItsEventsToKafka() {
        String code = "TRACE-" + UUID.randomUUID().toString().substring(0, 8);
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String callerSpanId = "00f067aa0ba902b7";

        ResponseEntity<JsonNode> created = http().post().uri("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
                .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .body("""
                        {"code":"%s","name":"Sở Tư pháp","level":"DEPARTMENT","contactEmails":["stp@langson.gov.vn"]}
                        """.formatted(code))
                .retrieve().toEntity(JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        String traceparent = header(consume(Map.of(code, 1)).getFirst(), CloudEventHeaders.TRACEPARENT);
        assertThat(traceparent).as("the request's trace, continued by the relay's producer span")
                .matches("00-" + traceId + "-[0-9a-f]{16}-01")
                .doesNotContain(callerSpanId);
    }

    @Test
    void theServiceIsObservableAndDocumented() {
        assertThat(http().get().uri("/actuator/health/readiness").retrieve().toEntity(String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http().get().uri("/actuator/health/liveness").retrieve().toEntity(String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http().get().uri("/actuator/prometheus").retrieve().body(String.class)).contains("tdkt_outbox");
        assertThat(http().get().uri("/v3/api-docs").retrieve().body(String.class))
                .contains("Phong trào thi đua – Campaign service", "/api/v1/campaigns/{id}/transitions");
        assertThat(http().get().uri("/v3/api-docs").header("Authorization", "Bearer none").retrieve()
                .toEntity(String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /**
     * The platform's endpoints and this service's directory reads, which every role may make: the lists and
     * one of each thing (a unit, its history, a merger, a campaign, its cascade, a subtree search, a bloc).
     */
    @Test
    void everyDemoUserOnEveryPlatformEndpointAndEveryBadToken() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String district = "HUYEN-" + run;
        String commune = district + "-NL";
        String other = district + "-DM";
        for (String[] unit : new String[][]{{district, null, "DISTRICT"}, {commune, district, "COMMUNE"},
                {other, district, "COMMUNE"}}) {
            assertThat(post("/api/v1/units", """
                    {"code":"%s","name":"Đơn vị %s","level":"%s"%s,"contactEmails":[]}""".formatted(unit[0], unit[0],
                    unit[2], unit[1] == null ? "" : ",\"parentCode\":\"" + unit[1] + "\"")).getStatusCode())
                    .isEqualTo(HttpStatus.CREATED);
        }
        String campaign = post("/api/v1/campaigns", """
                {"title":"Thi đua năm 2026","kind":"REGULAR","organiserUnitCode":"%s","startDate":"2026-01-01",
                 "endDate":"2026-12-31","recipientUnitCodes":["%s"]}""".formatted(district, commune))
                .getBody().get("id").asString();
        String bloc = post("/api/v1/blocs", """
                {"name":"Cụm thi đua các xã","year":2026,"organiserUnitCode":"%s","memberUnitCodes":["%s","%s"],
                 "criteria":[{"code":"1","title":"Hoàn thành chỉ tiêu","group":"I","maxPoints":100}]}"""
                .formatted(district, commune, other)).getBody().get("id").asString();
        String merger = post("/api/v1/units/mergers", """
                {"effectiveDate":"2025-07-01","sourceCodes":["%s","%s"],
                 "successor":{"code":"XA-%s","name":"UBND xã mới","level":"COMMUNE","parentCode":"%s"}}"""
                .formatted(commune, other, run, district)).getBody().get("id").asString();

        PlatformEndpoints.assertPermissionMatrix(new ServiceProbe(port, mongo, "campaign-service"),
                List.of("/api/v1/units", "/api/v1/units/" + commune, "/api/v1/units/" + commune + "/history",
                        "/api/v1/units/mergers/" + merger, "/api/v1/campaigns", "/api/v1/campaigns/" + campaign,
                        "/api/v1/campaigns/" + campaign + "/cascade",
                        "/api/v1/campaigns?organiser=" + district + "&subtree=true", "/api/v1/blocs",
                        "/api/v1/blocs/" + bloc));
    }

    @Test
    void everyCommandIsAuditedInAChainThatShowsTampering() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String district = "LS-CL-" + run;
        assertThat(post("/api/v1/units", """
                {"code":"%s","name":"UBND huyện Chi Lăng","level":"DISTRICT"}""".formatted(district))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> refused = http().post().uri("/api/v1/units")
                .header("Authorization", TestTokens.officer("LS-HL-" + run)).contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"code":"%s-NL","name":"UBND xã Nhân Lý","level":"COMMUNE","parentCode":"%s"}"""
                        .formatted(district, district)).retrieve().toEntity(JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http().get().uri("/api/v1/units/" + district + "-NL").retrieve().toEntity(JsonNode.class)
                .getStatusCode()).as("a refused command changes nothing").isEqualTo(HttpStatus.NOT_FOUND);

        JsonNode registered = http().get().uri("/api/v1/audit?target=unit:{t}", district).retrieve()
                .body(JsonNode.class).get("items").get(0);
        assertThat(registered.get("actor").asString()).isEqualTo("admin");
        assertThat(registered.get("action").asString()).isEqualTo("unit.register");
        assertThat(registered.get("outcome").asString()).isEqualTo("SUCCEEDED");
        assertThat(registered.get("versionAfter").asLong()).isZero();
        JsonNode denied = http().get().uri("/api/v1/audit?target=unit:{t}-NL", district).retrieve()
                .body(JsonNode.class).get("items").get(0);
        assertThat(denied.get("actor").asString()).isEqualTo("thiduakt.ls-hl-" + run);
        assertThat(denied.get("actingUnit").asString()).isEqualTo("LS-HL-" + run);
        assertThat(denied.get("outcome").asString()).isEqualTo("DENIED");
        assertThat(denied.get("status").asInt()).isEqualTo(403);
        assertThat(http().get().uri("/api/v1/audit/verification").retrieve().body(JsonNode.class)
                .get("intact").asBoolean()).isTrue();
        assertThat(http().get().uri("/api/v1/audit").header("Authorization", TestTokens.officer("LS")).retrieve()
                .toEntity(JsonNode.class).getStatusCode()).as("officers do not read the trail")
                .isEqualTo(HttpStatus.FORBIDDEN);

        long seq = registered.get("seq").asLong();
        Document original = mongo.getCollection("audit_log").find(new Document("_id", seq)).first();
        try {
            mongo.getCollection("audit_log").updateOne(new Document("_id", seq),
                    new Document("$set", new Document("outcome", "REJECTED")));
            JsonNode verification = http().get().uri("/api/v1/audit/verification").retrieve().body(JsonNode.class);
            assertThat(verification.get("intact").asBoolean()).isFalse();
            assertThat(verification.get("firstBrokenSeq").asLong()).isEqualTo(seq);
        } finally {
            mongo.getCollection("audit_log").replaceOne(new Document("_id", seq), original);
        }
    }

    /** Reads both topics from the start until every aggregate has at least its expected number of events. */
    private List<ConsumerRecord<String, byte[]>> consume(Map<String, Integer> expected) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            // every partition from its start, without a group: nothing to join or commit
            List<TopicPartition> partitions = Stream.of(Topics.UNIT_EVENTS, Topics.CAMPAIGN_EVENTS, Topics.BLOC_EVENTS)
                    .flatMap(topic -> consumer.partitionsFor(topic).stream())
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
                return expected.entrySet().stream()
                        .allMatch(e -> seen.stream().filter(r -> e.getKey().equals(r.key())).count() >= e.getValue());
            });
        }
        return seen.stream().filter(r -> expected.containsKey(r.key())).toList();
    }

    private static List<DomainEvent> eventsOf(List<ConsumerRecord<String, byte[]>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).map(FirstFlowScenario::decode).toList();
    }

    private static DomainEvent decode(ConsumerRecord<String, byte[]> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        return EventJson.read(record.value(), EventCatalog.byName(type).orElseThrow());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
