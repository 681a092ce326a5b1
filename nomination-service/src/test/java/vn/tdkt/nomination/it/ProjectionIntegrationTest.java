package vn.tdkt.nomination.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
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
import vn.tdkt.support.testing.ProjectionScenario;
import vn.tdkt.support.testing.TestTokens;

/**
 * This service's own bindings, consumers and directories pass the shared projection scenario; and what it
 * publishes crosses too: an honours import's events and the rule packs' announcements reach Kafka.
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

    @Override
    protected String group() {
        return ConsumerGroups.NOMINATION;
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
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, INFRA.kafkaBootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
