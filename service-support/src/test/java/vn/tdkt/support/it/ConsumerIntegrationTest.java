package vn.tdkt.support.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.events.EventJson;
import vn.tdkt.events.Topics;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.outbox.PendingEvent;
import vn.tdkt.support.testing.RawPublisher;
import vn.tdkt.support.testing.TestInfrastructure;
import vn.tdkt.support.testing.TestTokens;

/**
 * A consuming service wired exactly as the README says, on a real Kafka broker and embedded-mongo:
 * outbox → topic → inbox, dedupe of redeliveries, retry then dead letter, poison straight to the
 * dead-letter topic, unknown types skipped, the operator's list and replay of dead letters, and a
 * dead-letter write that fails keeps the record (not committed, retried) until the write succeeds.
 */
@SpringBootTest(classes = ConsumerTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("consumer-it")
class ConsumerIntegrationTest {

    static final String TOPIC = Topics.CAMPAIGN_EVENTS;
    static final String DLQ = Topics.deadLetter(TOPIC, ConsumerTestApplication.GROUP);
    static final String PHASE_CHANGED = "tdkt.campaign.phase-changed.v1";
    private static RawPublisher raw;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.createTopics(TOPIC, DLQ);
        TestTokens.register(registry);
        registry.add("spring.cloud.stream.kafka.binder.brokers", TestInfrastructure::kafkaBootstrap);
        registry.add("spring.mongodb.uri", () -> TestInfrastructure.mongoUri() + "/consumer_it_"
                + UUID.randomUUID().toString().replace("-", ""));
    }

    @BeforeAll
    static void publisher() {
        raw = new RawPublisher();
    }

    @AfterAll
    static void closePublisher() {
        raw.close();
    }

    @Autowired
    ConsumerTestApplication.Handled handled;
    @Autowired
    OutboxRelay relay;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;
    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void eventsSavedInTheOutboxReachTheConsumerInOrder() {
        String id = "c-" + UUID.randomUUID();
        CampaignPhaseChanged launched = event(id, 2, "LAUNCHED");
        CampaignPhaseChanged reviewed = event(id, 3, "MIDTERM_REVIEW");
        mongo.save(new org.bson.Document("_id", id).append("version", 3L).append("pendingEvents",
                List.of(PendingEvent.of(launched), PendingEvent.of(reviewed))), "campaigns");

        relay.nudge();

        await().atMost(Duration.ofSeconds(30)).until(() -> handled.handled.contains(reviewed.eventId().toString()));
        assertThat(handled.handled).containsSubsequence(launched.eventId().toString(), reviewed.eventId().toString());
        assertThat(meters.get("tdkt.events.consumed").tag("type", PHASE_CHANGED)
                .tag("group", ConsumerTestApplication.GROUP).counter().count()).isGreaterThanOrEqualTo(2);
        assertThat(meters.get("tdkt.events.handle").tag("type", PHASE_CHANGED).timer().count()).isPositive();
        // Consumer lag comes from the Kafka binder's own metrics, once it has a registry.
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !meters.find("spring.cloud.stream.binder.kafka.offset").meters().isEmpty());
    }

    @Test
    void aRedeliveredEventIsHandledOnce() throws Exception {
        String id = "c-" + UUID.randomUUID();
        CampaignPhaseChanged event = event(id, 2, "LAUNCHED");
        CampaignPhaseChanged marker = event(id, 3, "FINAL_REVIEW");

        publish(event);
        publish(event);
        publish(marker);

        awaitHandled(marker);
        assertThat(handled.timesHandled(event.eventId().toString())).isEqualTo(1);
        assertThat(meters.get("tdkt.events.duplicate").tag("type", PHASE_CHANGED).counter().count()).isPositive();
    }

    @Test
    void unknownTypesAreSkippedAndCountedNotDeadLettered() throws Exception {
        String id = "c-" + UUID.randomUUID();
        CampaignPhaseChanged marker = event(id, 2, "LAUNCHED");
        String futureId = UUID.randomUUID().toString();
        UnitRegistered wrongFamily = new UnitRegistered(UUID.randomUUID(), marker.occurredAt(), id, 1, id, "Xã Mỹ An",
                "COMMUNE", null, null, List.of());

        raw.send(TOPIC, id, "tdkt.campaign.archived.v9", futureId, "{\"whatever\":true}");
        raw.send(TOPIC, id, "tdkt.unit.registered.v1", wrongFamily.eventId().toString(), EventJson.write(wrongFamily));
        publish(marker);

        awaitHandled(marker);
        assertThat(meters.get("tdkt.events.unknown").tag("type", "tdkt.campaign.archived.v9").counter().count())
                .isEqualTo(1);
        assertThat(meters.get("tdkt.events.unknown").tag("type", "tdkt.unit.registered.v1").counter().count())
                .isEqualTo(1);
        assertThat(deadLetterIds()).doesNotContain(futureId, wrongFamily.eventId().toString());
    }

    @Test
    void aPoisonPayloadGoesStraightToTheDeadLetterTopicWithoutBlockingThePartition() throws Exception {
        String id = "c-" + UUID.randomUUID();
        String poisonId = UUID.randomUUID().toString();
        CampaignPhaseChanged marker = event(id, 2, "LAUNCHED");

        raw.send(TOPIC, id, PHASE_CHANGED, poisonId, "{\"eventId\": not json at all");
        publish(marker);

        awaitHandled(marker);
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterIds().contains(poisonId));
        assertThat(meters.get("tdkt.events.poison").tag("type", PHASE_CHANGED).counter().count())
                .as("not retried").isEqualTo(1);
        ConsumerRecord<String, byte[]> letter = deadLetter(poisonId);
        assertThat(header(letter, "x-exception-message")).contains("cannot be decoded");
        assertThat(header(letter, "x-original-topic")).isEqualTo(TOPIC);
    }

    @Test
    void aFailingHandlerIsRetriedThenDeadLetteredAndAnOperatorCanListAndReplayIt() throws Exception {
        String id = "c-" + UUID.randomUUID();
        handled.failing.add(id);
        CampaignPhaseChanged failing = event(id, 2, "LAUNCHED");
        String failingId = failing.eventId().toString();

        publish(failing);

        await().atMost(Duration.ofSeconds(60)).until(() -> deadLetterIds().contains(failingId));
        // max-attempts: 3 deliveries, run by the container's error handler (not the binder's retry template,
        // which counted retries: spring-cloud-stream#3183).
        assertThat(handled.attempts(failingId)).as("max-attempts").isEqualTo(3);
        ConsumerRecord<String, byte[]> letter = deadLetter(failingId);
        assertThat(letter.key()).isEqualTo(id);
        assertThat(header(letter, "ce_type")).isEqualTo(PHASE_CHANGED);
        assertThat(header(letter, "ce_source")).as("ce_* headers pass through").isEqualTo("/raw-publisher");
        assertThat(header(letter, "x-exception-message")).contains("Handler failed for " + id);
        // The partition moved on: a later event of another aggregate is handled.
        CampaignPhaseChanged next = event("c-" + UUID.randomUUID(), 2, "LAUNCHED");
        publish(next);
        awaitHandled(next);

        JsonNode listed = json.readTree(get("/api/v1/dead-letters?size=200").body()).get("items").valueStream()
                .filter(l -> failingId.equals(l.get("ceId").asString())).findFirst().orElseThrow();
        assertThat(listed.get("topic").asString()).isEqualTo(DLQ);
        assertThat(listed.get("key").asString()).isEqualTo(id);
        assertThat(listed.get("ceType").asString()).isEqualTo(PHASE_CHANGED);
        assertThat(listed.get("originalTopic").asString()).isEqualTo(TOPIC);
        assertThat(listed.get("exceptionMessage").asString()).contains("Handler failed");
        assertThat(listed.get("timestamp").isNull()).isFalse();

        handled.failing.remove(id);
        String replay = "{\"topic\":\"" + DLQ + "\",\"partition\":" + listed.get("partition").asInt()
                + ",\"offset\":" + listed.get("offset").asLong() + "}";
        HttpResponse<String> replayed = post("/api/v1/dead-letters/replay", replay);
        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
        assertThat(json.readTree(replayed.body()).get("replayedTo").asString()).isEqualTo(TOPIC);
        await().atMost(Duration.ofSeconds(30)).until(() -> handled.timesHandled(failingId) == 1);

        assertThat(post("/api/v1/dead-letters/replay", replay).statusCode()).isEqualTo(200);
        CampaignPhaseChanged marker = event(id, 3, "FINAL_REVIEW");
        publish(marker);
        awaitHandled(marker);
        assertThat(handled.timesHandled(failingId)).as("a double replay is harmless").isEqualTo(1);
    }

    @Test
    void aDeadLetterThatCannotBeWrittenLeavesTheRecordUncommittedAndRetriedUntilItCanBe() throws Exception {
        String id = "c-" + UUID.randomUUID();
        handled.failing.add(id);
        CampaignPhaseChanged failing = event(id, 2, "LAUNCHED");
        String failingId = failing.eventId().toString();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrap()))) {
            // The dead-letter topic refuses every record (far smaller than one with its headers).
            setDeadLetterMaxMessageBytes(admin, "256");
            try {
                publish(failing);
                ConsumerRecord<String, byte[]> original = TestInfrastructure.readAll(TOPIC).stream()
                        .filter(r -> failingId.equals(header(r, "ce_id"))).findFirst().orElseThrow();
                TopicPartition partition = new TopicPartition(TOPIC, original.partition());

                // Not skipped: after the failed dead-letter write the record comes back for another series.
                await().atMost(Duration.ofSeconds(30)).until(() -> handled.attempts(failingId) > 4);
                assertThat(committed(admin, partition)).as("the offset did not move past the record")
                        .isLessThanOrEqualTo(original.offset());
                assertThat(deadLetterIds()).doesNotContain(failingId);
                assertThat(handled.timesHandled(failingId)).isZero();

                setDeadLetterMaxMessageBytes(admin, null);

                await().atMost(Duration.ofSeconds(60)).until(() -> deadLetterIds().contains(failingId));
                await().atMost(Duration.ofSeconds(30)).until(() -> committed(admin, partition) > original.offset());
                assertThat(header(deadLetter(failingId), "x-exception-message")).contains("Handler failed for " + id);
            } finally {
                setDeadLetterMaxMessageBytes(admin, null);
                handled.failing.remove(id);
            }
        }
        CampaignPhaseChanged next = event(id, 3, "MIDTERM_REVIEW");
        publish(next);
        awaitHandled(next);
    }

    private static void setDeadLetterMaxMessageBytes(Admin admin, String value) throws Exception {
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, DLQ);
        var op = value == null
                ? new AlterConfigOp(new ConfigEntry("max.message.bytes", ""), AlterConfigOp.OpType.DELETE)
                : new AlterConfigOp(new ConfigEntry("max.message.bytes", value), AlterConfigOp.OpType.SET);
        admin.incrementalAlterConfigs(Map.of(resource, List.of(op))).all().get();
    }

    private static long committed(Admin admin, TopicPartition partition) throws Exception {
        OffsetAndMetadata offset = admin.listConsumerGroupOffsets(ConsumerTestApplication.GROUP)
                .partitionsToOffsetAndMetadata().get().get(partition);
        return offset == null ? -1 : offset.offset();
    }

    @Test
    void replayRejectsWhatIsNotOneOfThisServicesDeadLetters() throws Exception {
        HttpResponse<String> unknownTopic = post("/api/v1/dead-letters/replay",
                "{\"topic\":\"" + TOPIC + "\",\"partition\":0,\"offset\":0}");
        HttpResponse<String> noSuchOffset = post("/api/v1/dead-letters/replay",
                "{\"topic\":\"" + DLQ + "\",\"partition\":0,\"offset\":999999}");
        HttpResponse<String> malformed = post("/api/v1/dead-letters/replay", "{\"topic\":\"\",\"partition\":-1}");

        assertThat(unknownTopic.statusCode()).isEqualTo(404);
        assertThat(noSuchOffset.statusCode()).isEqualTo(404);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json.readTree(malformed.body()).get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("topic", "partition", "offset");
    }

    @Test
    void anAbortedTransactionNeverReachesTheConsumer() throws Exception {
        // What a fenced outbox relay leaves behind: its open transaction is aborted by the new owner.
        String id = "c-" + UUID.randomUUID();
        CampaignPhaseChanged stale = event(id, 2, "LAUNCHED");
        CampaignPhaseChanged marker = event(id, 3, "MIDTERM_REVIEW");
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, byte[]>(Map.of(
                org.apache.kafka.clients.producer.ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrap(),
                org.apache.kafka.clients.producer.ProducerConfig.TRANSACTIONAL_ID_CONFIG, "consumer-it-" + id),
                new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(record(stale)).get();
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(record(marker)).get();
            producer.commitTransaction();
        }

        awaitHandled(marker);
        assertThat(handled.attempts(stale.eventId().toString())).as("consumers read committed events only").isZero();
    }

    private static org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> record(CampaignPhaseChanged event) {
        var record = new org.apache.kafka.clients.producer.ProducerRecord<>(TOPIC, event.aggregateId(),
                EventJson.write(event).getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", event.eventId().toString().getBytes(StandardCharsets.UTF_8))
                .add("ce_type", PHASE_CHANGED.getBytes(StandardCharsets.UTF_8))
                .add("ce_source", "/test".getBytes(StandardCharsets.UTF_8))
                .add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8))
                .add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static CampaignPhaseChanged event(String campaignId, long version, String to) {
        return new CampaignPhaseChanged(UUID.randomUUID(), java.time.Instant.now(), campaignId, version,
                "Phong trào thi đua", null, "SO-NV", List.of("XA-MY-AN"), "DRAFT", to, null, null);
    }

    private static void publish(CampaignPhaseChanged event) throws Exception {
        raw.send(TOPIC, event.aggregateId(), PHASE_CHANGED, event.eventId().toString(), EventJson.write(event));
    }

    private void awaitHandled(CampaignPhaseChanged event) {
        await().atMost(Duration.ofSeconds(60)).until(() -> handled.handled.contains(event.eventId().toString()));
    }

    private static List<String> deadLetterIds() {
        return TestInfrastructure.readAll(DLQ).stream().map(r -> header(r, "ce_id")).toList();
    }

    private static ConsumerRecord<String, byte[]> deadLetter(String eventId) {
        return TestInfrastructure.readAll(DLQ).stream().filter(r -> eventId.equals(header(r, "ce_id")))
                .findFirst().orElseThrow();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", TestTokens.operator()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").header("Authorization", TestTokens.operator())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
