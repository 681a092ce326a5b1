package vn.tdkt.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import vn.tdkt.events.CloudEventHeaders;
import vn.tdkt.events.DomainEvent;
import vn.tdkt.events.EventCatalog;
import vn.tdkt.events.EventJson;
import vn.tdkt.events.Topics;
import vn.tdkt.events.bloc.BlocCreated;
import vn.tdkt.events.bloc.BlocResultPublished;
import vn.tdkt.events.bloc.CovenantSigned;
import vn.tdkt.events.bloc.ScorecardSubmitted;
import vn.tdkt.localstack.Infrastructure;
import vn.tdkt.support.testing.TestTokens;

/**
 * A bloc year through every layer on a real Kafka broker and embedded-mongo: the province drafts a bloc
 * of three districts, each district's officer signs and scores for its own unit only, the province
 * publishes, and the result reaches {@code tdkt.bloc.events} for nomination-service.
 */
@DirtiesContext
@TestExecutionListeners(listeners = OwnInfrastructure.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tdkt.outbox.poll-interval=200ms")
class BlocIntegrationTest {

    static Infrastructure infrastructure;

    @LocalServerPort
    int port;
    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String brokers;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure = OwnInfrastructure.start(BlocIntegrationTest.class);
        registry.add("spring.mongodb.uri", () -> infrastructure.mongoUri("tdkt_campaign"));
        registry.add("spring.cloud.stream.kafka.binder.brokers", infrastructure::kafkaBootstrapServers);
        TestTokens.register(registry);
    }

    private ResponseEntity<JsonNode> post(String token, String path, String json) {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build()
                .post().uri(path).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .body(json == null ? "" : json).retrieve().toEntity(JsonNode.class);
    }

    private static String scores(String a, String b) {
        return "[{\"criterion\":\"1\",\"points\":%s},{\"criterion\":\"2\",\"points\":%s}]".formatted(a, b);
    }

    @Test
    void aPublishedBlocResultReachesKafkaWithItsRankingAndProposals() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String province = "LS-" + run;
        String chiLang = province + "-CL";
        String huuLung = province + "-HL";
        String binhGia = province + "-BG";
        String admin = TestTokens.admin();
        assertThat(post(admin, "/api/v1/units", """
                {"code":"%s","name":"UBND tỉnh Lạng Sơn","level":"PROVINCE"}""".formatted(province))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        for (String[] district : new String[][] {{chiLang, "UBND huyện Chi Lăng"}, {huuLung, "UBND huyện Hữu Lũng"},
                {binhGia, "UBND huyện Bình Gia"}}) {
            assertThat(post(admin, "/api/v1/units", """
                    {"code":"%s","name":"%s","level":"DISTRICT","parentCode":"%s"}"""
                    .formatted(district[0], district[1], province)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }

        ResponseEntity<JsonNode> created = post(TestTokens.officer(province), "/api/v1/blocs", """
                {"name":"Khối thi đua các huyện","year":2025,"organiserUnitCode":"%s",
                 "memberUnitCodes":["%s","%s","%s"],
                 "criteria":[{"code":"1","title":"Hoàn thành chỉ tiêu kinh tế – xã hội","group":"I. Nhiệm vụ chính trị","maxPoints":60},
                             {"code":"2","title":"Công tác thi đua, khen thưởng","group":"II. Thi đua","maxPoints":40}],
                 "awards":{"flagCount":1,"commendationCount":1}}""".formatted(province, chiLang, huuLung, binhGia));
        assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asString();
        String blocs = "/api/v1/blocs/" + id;
        assertThat(post(admin, blocs + "/transitions", "{\"to\":\"COVENANT_SIGNING\"}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(post(TestTokens.officer(huuLung), blocs + "/signatures", "{\"unitCode\":\"%s\"}".formatted(chiLang))
                .getStatusCode()).as("a district signs only for itself").isEqualTo(HttpStatus.FORBIDDEN);
        for (String member : List.of(chiLang, huuLung, binhGia)) {
            assertThat(post(TestTokens.officer(member), blocs + "/signatures", "{\"unitCode\":\"%s\"}".formatted(member))
                    .getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        assertThat(post(admin, blocs + "/transitions", "{\"to\":\"SCORING\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        // Chi Lăng leads (it scores the others), Hữu Lũng deputises (it scores Chi Lăng)
        String card = "{\"scorerUnitCode\":\"%s\",\"subjectUnitCode\":\"%s\",\"scores\":%s}";
        assertThat(post(TestTokens.officer(chiLang), blocs + "/scorecards", card.formatted(chiLang, huuLung,
                scores("55.5", "38"))).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post(TestTokens.officer(chiLang), blocs + "/scorecards", card.formatted(chiLang, binhGia,
                scores("61", "38"))).getStatusCode()).as("above the maximum").isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(post(TestTokens.officer(chiLang), blocs + "/scorecards", card.formatted(chiLang, binhGia,
                scores("57", "36.5"))).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post(TestTokens.officer(huuLung), blocs + "/scorecards", card.formatted(huuLung, chiLang,
                scores("59", "40"))).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> published = post(TestTokens.officer(province), blocs + "/publication", null);
        assertThat(published.getStatusCode()).as(published.toString()).isEqualTo(HttpStatus.OK);
        assertThat(published.getBody().get("proposals").get(0).get("unitCode").asString()).isEqualTo(chiLang);

        List<ConsumerRecord<String, byte[]>> records = consume(id, 10);
        List<DomainEvent> events = records.stream().map(BlocIntegrationTest::decode).toList();
        assertThat(events.getFirst()).isInstanceOfSatisfying(BlocCreated.class,
                e -> assertThat(e.name()).isEqualTo("Khối thi đua các huyện"));
        assertThat(events).filteredOn(CovenantSigned.class::isInstance).hasSize(3);
        assertThat(events).filteredOn(ScorecardSubmitted.class::isInstance).hasSize(3);
        assertThat(events.getLast()).isInstanceOfSatisfying(BlocResultPublished.class, e -> {
            assertThat(e.aggregateVersion()).isEqualTo(9);
            // Hữu Lũng and Bình Gia both have 93.50: the first section (57 to 55.50) puts Bình Gia ahead
            assertThat(e.ranking()).extracting(r -> r.unitCode()).containsExactly(chiLang, binhGia, huuLung);
            assertThat(e.ranking()).extracting(r -> r.rank()).containsExactly(1, 2, 3);
            assertThat(e.ranking().getFirst().total()).isEqualByComparingTo("99");
            assertThat(e.ranking().get(1).explanation()).contains("score on section 'I. Nhiệm vụ chính trị'",
                    binhGia + " 57.00", huuLung + " 55.50");
            assertThat(e.proposals()).extracting(p -> p.unitCode() + ":" + p.award())
                    .containsExactly(chiLang + ":FLAG", binhGia + ":COMMENDATION");
        });
        ConsumerRecord<String, byte[]> last = records.getLast();
        assertThat(header(last, CloudEventHeaders.TYPE)).isEqualTo("tdkt.bloc.result-published.v1");
        assertThat(header(last, CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(last.topic()).isEqualTo(Topics.BLOC_EVENTS);

        JsonNode audit = RestClient.create("http://127.0.0.1:" + port).get()
                .uri("/api/v1/audit?action=bloc.publish&target=bloc:{id}", id).header("Authorization", admin)
                .retrieve().body(JsonNode.class);
        assertThat(audit.get("items").get(0).get("outcome").asString()).isEqualTo("SUCCEEDED");
    }

    /** Reads the bloc topic from the start until the bloc has at least {@code expected} events. */
    private List<ConsumerRecord<String, byte[]>> consume(String key, int expected) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.BLOC_EVENTS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key())) {
                        seen.add(r);
                    }
                });
                return seen.size() >= expected;
            });
        }
        return seen;
    }

    private static DomainEvent decode(ConsumerRecord<String, byte[]> record) {
        return EventJson.read(record.value(), EventCatalog.byName(header(record, CloudEventHeaders.TYPE)).orElseThrow());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
