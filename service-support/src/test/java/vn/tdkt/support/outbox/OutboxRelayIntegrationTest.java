package vn.tdkt.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.tdkt.events.CloudEventHeaders;
import vn.tdkt.support.testing.TestInfrastructure;
import vn.tdkt.support.tracing.TestTracing;
import vn.tdkt.support.tracing.Traceparents;

/**
 * The relay against a real Kafka broker and the embedded MongoDB server: publish in order with
 * headers, keep events when the broker does not acknowledge, re-publish after a crash, and let only
 * one of two racing relays publish.
 */
class OutboxRelayIntegrationTest {

    private static final String COLLECTION = "campaigns";

    private String topic;
    private MongoTemplate mongo;
    private final List<OutboxRelay> relays = new ArrayList<>();
    private Integer batchSize;

    @BeforeEach
    void setUp() {
        topic = "test.outbox." + UUID.randomUUID();
        TestInfrastructure.createTopics(topic);
        mongo = TestInfrastructure.mongoTemplate("outbox_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @AfterEach
    void tearDown() {
        relays.forEach(OutboxRelay::stop);
    }

    @Test
    void publishesEachAggregatesEventsInOrderWithHeadersThenRemovesThem() {
        List<PendingEvent> first = saveWithEvents("c-1", 3);
        List<PendingEvent> second = saveWithEvents("c-2", 2);
        long versionBefore = load("c-1").version;
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay relay = relay("A", sender(), Duration.ofSeconds(30), meters);

        int published = relay.publishPending();

        assertThat(published).isEqualTo(5);
        List<ConsumerRecord<String, byte[]>> records = TestInfrastructure.readAll(topic);
        assertThat(idsByKey(records)).containsEntry("c-1", ids(first)).containsEntry("c-2", ids(second));
        ConsumerRecord<String, byte[]> record = records.stream().filter(r -> r.key().equals("c-1")).findFirst().orElseThrow();
        assertThat(header(record, CloudEventHeaders.ID)).isEqualTo(first.getFirst().eventId());
        assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("tdkt.campaign.phase-changed.v1");
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/test-service");
        assertThat(header(record, CloudEventHeaders.SPECVERSION)).isEqualTo("1.0");
        assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo("c-1");
        assertThat(header(record, CloudEventHeaders.TIME)).isEqualTo(first.getFirst().occurredAt().toString());
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo(first.getFirst().payload());
        assertThat(load("c-1").pendingEvents).isEmpty();
        assertThat(load("c-1").version).as("removal must not bump @Version").isEqualTo(versionBefore);
        assertThat(meters.get("tdkt.outbox.published").tag("type", "tdkt.campaign.phase-changed.v1").counter().count())
                .isEqualTo(5);
        assertThat(meters.get("tdkt.outbox.backlog").gauge().value()).isZero();
        assertThat(meters.get("tdkt.outbox.publish").timer().count()).isEqualTo(5);
        assertThat(relay.publishPending()).as("nothing left").isZero();
    }

    @Test
    void anEventAppendedInATraceIsPublishedInAProducerSpanOfThatTrace() {
        try (TestTracing tracing = new TestTracing()) {
            // The command's span (a REST request in a service) is over long before the relay runs.
            var appended = tracing.inSpan("POST /api/v1/campaigns", () -> saveWithEvents("c-traced", 1));
            saveWithEvents("c-untraced", 1);
            String traceId = Traceparents.traceId(appended.traceparent());
            OutboxRelay relay = relay("A", sender(), Duration.ofSeconds(30), new SimpleMeterRegistry(),
                    tracing.observations());

            assertThat(relay.publishPending()).isEqualTo(2);

            Map<String, String> traceparents = new LinkedHashMap<>();
            TestInfrastructure.readAll(topic).forEach(r -> traceparents.put(r.key(), header(r, "traceparent")));
            SpanData send = tracing.finishedSpans().stream()
                    .filter(span -> span.getKind() == SpanKind.PRODUCER && span.getTraceId().equals(traceId))
                    .findFirst().orElseThrow();
            assertThat(send.getName()).isEqualTo(topic + " publish");
            assertThat(send.getParentSpanId()).as("the appending span")
                    .isEqualTo(appended.traceparent().substring(36, 52));
            assertThat(traceparents.get("c-traced")).as("names the producer span of the request's trace")
                    .isEqualTo("00-" + traceId + "-" + send.getSpanId() + "-01");
            assertThat(Traceparents.traceId(traceparents.get("c-untraced"))).as("a trace of its own")
                    .isNotNull().isNotEqualTo(traceId);
        }
    }

    @Test
    void brokerDownKeepsEventsPendingThenAnotherInstancePublishesThemAfterTheLeaseExpires() {
        List<PendingEvent> events = saveWithEvents("c-1", 2);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay down = relay("A", KafkaEventSender.create(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:1"), Duration.ofSeconds(1), transactionalId(), Duration.ofSeconds(6)), Duration.ofSeconds(6),
                meters);

        assertThat(down.publishPending()).isZero();
        assertThat(load("c-1").pendingEvents).extracting(PendingEvent::eventId).containsExactlyElementsOf(ids(events));
        assertThat(meters.get("tdkt.outbox.backlog").gauge().value()).isEqualTo(2);
        assertThat(meters.get("tdkt.outbox.failures").counter().count()).isPositive();

        OutboxRelay healthy = relay("B", sender(), Duration.ofSeconds(6), new SimpleMeterRegistry());
        assertThat(healthy.publishPending()).as("A still holds the lease").isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> healthy.publishPending() == 2);

        assertThat(idsByKey(TestInfrastructure.readAll(topic))).containsEntry("c-1", ids(events));
        assertThat(load("c-1").pendingEvents).isEmpty();
    }

    @Test
    void anEventKafkaCanNeverTakeIsParkedWhileTheRestOfTheCollectionFlows() {
        // "a-…" sorts first, so a relay that stops at it never reaches the others (defect 3).
        TestAggregate poisoned = new TestAggregate("a-poisoned");
        PendingEvent ordinary = onTestTopic(PendingEvent.of(Events.phaseChanged("a-poisoned", 1, "LAUNCHED")));
        PendingEvent tooLarge = new PendingEvent(UUID.randomUUID().toString(), ordinary.type(), topic, "a-poisoned",
                "a-poisoned", ordinary.occurredAt(), "\"" + "x".repeat(1_100_000) + "\"", null);
        PendingEvent later = onTestTopic(PendingEvent.of(Events.phaseChanged("a-poisoned", 3, "CANCELLED")));
        poisoned.pendingEvents.addAll(List.of(ordinary, tooLarge, later));
        mongo.save(poisoned, COLLECTION);
        Map<String, List<PendingEvent>> others = new LinkedHashMap<>();
        for (int i = 0; i < 8; i++) {
            others.put("c-" + i, saveWithEvents("c-" + i, 2));
        }
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay relay = relay("A", sender(), Duration.ofSeconds(30), meters);

        relay.publishPending();
        relay.publishPending();

        Map<String, List<String>> published = idsByKey(TestInfrastructure.readAll(topic));
        others.forEach((key, events) -> assertThat(published.get(key)).as(key).containsExactlyElementsOf(ids(events)));
        assertThat(published.get("a-poisoned")).as("later events of the same aggregate still flow: full-state snapshots")
                .containsExactly(ordinary.eventId(), later.eventId());
        assertThat(load("a-poisoned").pendingEvents).isEmpty();
        org.bson.Document parked = mongo.getCollection("outbox_parked")
                .find(new org.bson.Document("_id", tooLarge.eventId())).first();
        assertThat(parked).as("parked with its reason").isNotNull();
        assertThat(parked.getString("collection")).isEqualTo(COLLECTION);
        assertThat(parked.getString("aggregateId")).isEqualTo("a-poisoned");
        assertThat(parked.getString("reason")).contains("RecordTooLargeException");
        assertThat(parked.getString("payload")).isEqualTo(tooLarge.payload());
        assertThat(parked.get("parkedAt")).isNotNull();
        assertThat(meters.get("tdkt.outbox.parked").counter().count()).isEqualTo(1);
        var listed = new ParkedEvents(mongo).page(new vn.tdkt.support.paging.PageQuery(0, 20));
        assertThat(listed.totalItems()).isEqualTo(1);
        assertThat(listed.items()).singleElement().satisfies(event -> {
            assertThat(event.eventId()).isEqualTo(tooLarge.eventId());
            assertThat(event.aggregateId()).isEqualTo("a-poisoned");
            assertThat(event.payloadBytes()).isEqualTo(1_100_002);
            assertThat(event.reason()).startsWith("RecordTooLargeException");
        });
        assertThat(meters.get("tdkt.outbox.backlog").gauge().value()).isZero();
    }

    @Test
    void readsOnlyPendingDocumentsThroughAPartialIndexABatchAtATime() {
        for (int i = 0; i < 25; i++) {
            saveWithEvents("d-" + i, i % 5 == 0 ? 1 : 0);
        }
        batchSize = 2;
        OutboxRelay relay = relay("A", sender(), Duration.ofSeconds(30), new SimpleMeterRegistry());

        assertThat(relay.publishPending()).as("three batches in one pass").isEqualTo(5);

        assertThat(mongo.indexOps(COLLECTION).getIndexInfo()).anySatisfy(index -> {
            assertThat(index.getName()).isEqualTo("outbox_pending");
            assertThat(index.getPartialFilterExpression()).contains("pendingEvents.eventId").contains("$exists");
        });
        for (int i = 0; i < 3; i++) {
            saveWithEvents("e-" + i, 2);
        }
        org.bson.Document explain = mongo.getCollection(COLLECTION)
                .find(new org.bson.Document("pendingEvents.eventId", new org.bson.Document("$exists", true)))
                .explain(com.mongodb.ExplainVerbosity.EXECUTION_STATS);
        assertThat(explain.get("executionStats", org.bson.Document.class).get("totalDocsExamined", Number.class)
                .longValue()).as("the relay's query reads the 3 pending documents of 28").isEqualTo(3);
        assertThat(relay.publishPending()).isEqualTo(6);
    }

    @Test
    void aBatchOfDocumentsGoesInOneTransactionAndOneRemoval() {
        Map<String, List<PendingEvent>> expected = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            expected.put("b-" + i, saveWithEvents("b-" + i, 3));
        }
        batchSize = 50;
        AtomicInteger transactions = new AtomicInteger();
        EventSender counting = new DelegatingSender(sender()) {
            @Override
            public void begin() {
                transactions.incrementAndGet();
                super.begin();
            }
        };
        OutboxRelay relay = relay("A", counting, Duration.ofSeconds(30), new SimpleMeterRegistry());

        assertThat(relay.publishPending()).isEqualTo(90);

        assertThat(transactions.get()).as("30 documents, one batch, one transaction").isEqualTo(1);
        Map<String, List<String>> published = idsByKey(TestInfrastructure.readAll(topic));
        expected.forEach((key, events) -> {
            assertThat(published.get(key)).as(key).containsExactlyElementsOf(ids(events));
            assertThat(load(key).pendingEvents).as(key).isEmpty();
        });
    }

    @Test
    void aCollectionHeldBackDuringABulkWriteIsPublishedWhenTheHoldCloses() {
        List<PendingEvent> events = saveWithEvents("h-1", 2);
        OutboxRelay relay = relay("A", sender(), Duration.ofSeconds(30), new SimpleMeterRegistry());

        OutboxRelay.Hold hold = relay.holdBack(COLLECTION);
        assertThat(relay.publishPending()).as("held back").isZero();
        assertThat(load("h-1").pendingEvents).hasSize(2);
        hold.close();
        hold.close();

        assertThat(relay.publishPending()).isEqualTo(2);
        assertThat(idsByKey(TestInfrastructure.readAll(topic)).get("h-1")).containsExactlyElementsOf(ids(events));
    }

    @Test
    void crashAfterTheBrokerAcknowledgedButBeforeRemovalRepublishesNeverLoses() {
        List<PendingEvent> events = saveWithEvents("c-1", 3);
        EventSender real = sender();
        AtomicInteger sends = new AtomicInteger();
        // Sends for real, then "crashes" at the second event: the record reaches Kafka but its
        // acknowledgement never reaches the relay.
        EventSender crashing = new DelegatingSender(real) {
            @Override
            public CompletableFuture<Void> send(PendingEvent event, String source, String traceparent) {
                CompletableFuture<Void> sent = super.send(event, source, traceparent);
                return sends.incrementAndGet() == 2
                        ? sent.thenCompose(ok -> CompletableFuture.failedFuture(new IllegalStateException("crash")))
                        : sent;
            }

            @Override
            public void reset() {
            }
        };
        OutboxRelay relay = relay("A", crashing, Duration.ofSeconds(30), new SimpleMeterRegistry());

        assertThat(relay.publishPending()).isEqualTo(1);
        assertThat(load("c-1").pendingEvents).extracting(PendingEvent::eventId)
                .containsExactlyElementsOf(ids(events).subList(1, 3));

        assertThat(relay.publishPending()).isEqualTo(2);
        List<String> published = idsByKey(TestInfrastructure.readAll(topic)).get("c-1");
        assertThat(published).as("every event at least once, first occurrences in order")
                .containsSubsequence(ids(events)).containsAll(ids(events));
        assertThat(published.stream().distinct().toList()).containsExactlyElementsOf(ids(events));
        assertThat(load("c-1").pendingEvents).isEmpty();
    }

    @Test
    void twoRacingRelaysPublishEachEventOnceInOrderPerKey() throws Exception {
        Map<String, List<PendingEvent>> expected = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            expected.put("c-" + i, saveWithEvents("c-" + i, 5));
        }
        OutboxRelay a = relay("A", sender(), Duration.ofSeconds(30), new SimpleMeterRegistry());
        OutboxRelay b = relay("B", sender(), Duration.ofSeconds(30), new SimpleMeterRegistry());
        AtomicInteger total = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (OutboxRelay relay : List.of(a, b)) {
            pool.submit(() -> {
                start.await();
                for (int i = 0; i < 10; i++) {
                    total.addAndGet(relay.publishPending());
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(total.get()).isEqualTo(100);
        Map<String, List<String>> published = idsByKey(TestInfrastructure.readAll(topic));
        expected.forEach((key, events) -> assertThat(published.get(key)).as(key).containsExactlyElementsOf(ids(events)));
    }

    @Test
    void concurrentCommandSavesNeverLoseAnEvent() throws Exception {
        saveWithEvents("c-1", 0);
        OutboxRelay relay = relay("A", sender(), Duration.ofSeconds(30), new SimpleMeterRegistry());
        relay.start();
        List<String> appended = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 30; i++) {
            while (true) {
                TestAggregate aggregate = load("c-1");
                PendingEvent event = onTestTopic(PendingEvent.of(Events.phaseChanged("c-1", i, "LAUNCHED")));
                aggregate.pendingEvents.add(event);
                try {
                    mongo.save(aggregate, COLLECTION);
                    appended.add(event.eventId());
                    relay.nudge();
                    break;
                } catch (OptimisticLockingFailureException retry) {
                    // another command won: reload and retry, as a service would
                }
            }
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> load("c-1").pendingEvents.isEmpty());
        List<String> published = idsByKey(TestInfrastructure.readAll(topic)).get("c-1");
        assertThat(published.stream().distinct().toList()).as("all, first occurrences in order")
                .containsExactlyElementsOf(appended);
    }


    @Test
    void aRelayPausedPastItsLeaseIsFencedAndNeverPublishesAStaleEventAfterANewerOne() throws Exception {
        PendingEvent first = saveWithEvents("c-1", 1).getFirst();
        EventSender real = sender();
        CountDownLatch paused = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        // A has read c-1's pending event and is about to send it when it stops (a GC pause, a stopped VM).
        EventSender pausing = new DelegatingSender(real) {
            @Override
            public CompletableFuture<Void> send(PendingEvent event, String source, String traceparent) {
                paused.countDown();
                try {
                    resume.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.send(event, source, traceparent);
            }
        };
        OutboxRelay a = relay("A", pausing, Duration.ofSeconds(30), new SimpleMeterRegistry(), Clock.systemUTC());
        // B's clock is past A's lease: A's lease expired (or B's clock runs ahead), B takes over.
        OutboxRelay b = relay("B", sender(), Duration.ofSeconds(30), new SimpleMeterRegistry(),
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1)));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            var zombie = pool.submit(a::publishPending);
            assertThat(paused.await(20, TimeUnit.SECONDS)).as("A paused mid-pass").isTrue();

            assertThat(b.publishPending()).as("B took the lease and published the pending event").isEqualTo(1);
            TestAggregate changed = load("c-1");
            PendingEvent newer = onTestTopic(PendingEvent.of(Events.phaseChanged("c-1", 2, "CANCELLED")));
            changed.pendingEvents.add(newer);
            mongo.save(changed, COLLECTION);
            assertThat(b.publishPending()).isEqualTo(1);

            resume.countDown();
            assertThat(zombie.get(30, TimeUnit.SECONDS)).as("A was fenced: it published nothing").isZero();
            assertThat(a.publishPending()).as("and does not take the lease back").isZero();
            assertThat(mongo.getCollection(OutboxLease.COLLECTION).find(new org.bson.Document("_id", COLLECTION))
                    .first().get("generation", Number.class).longValue()).as("A's term, then B's").isEqualTo(2);

            Map<String, Long> versions = Map.of(first.eventId(), 1L, newer.eventId(), 2L);
            List<Long> seen = idsByKey(TestInfrastructure.readAll(topic)).get("c-1").stream()
                    .map(versions::get).toList();
            assertThat(seen).as("aggregateVersions of c-1 as a read_committed consumer sees them")
                    .containsExactly(1L, 2L);
            assertThat(load("c-1").pendingEvents).as("nothing left behind").isEmpty();
        } finally {
            resume.countDown();
            pool.shutdownNow();
        }
    }

    private OutboxRelay relay(String owner, EventSender sender, Duration lease, SimpleMeterRegistry meters) {
        return relay(owner, sender, lease, meters, ObservationRegistry.NOOP);
    }

    private OutboxRelay relay(String owner, EventSender sender, Duration lease, SimpleMeterRegistry meters,
                              Clock clock) {
        return relay(owner, sender, lease, meters, ObservationRegistry.NOOP, clock);
    }

    private OutboxRelay relay(String owner, EventSender sender, Duration lease, SimpleMeterRegistry meters,
                              ObservationRegistry observations) {
        return relay(owner, sender, lease, meters, observations, Clock.systemUTC());
    }

    private OutboxRelay relay(String owner, EventSender sender, Duration lease, SimpleMeterRegistry meters,
                              ObservationRegistry observations, Clock clock) {
        OutboxProperties properties = new OutboxProperties(List.of(COLLECTION), Duration.ofMillis(100), lease,
                Duration.ofSeconds(5), "/test-service", null, batchSize);
        OutboxRelay relay = new OutboxRelay(mongo, collection -> sender, properties, "/test-service",
                new OutboxLease(mongo, owner, lease, clock), new ParkedEvents(mongo), meters, observations, clock);
        relays.add(relay);
        return relay;
    }

    /** Every relay of a test shares the collection's transactional id, as the instances of a service do. */
    private EventSender sender() {
        return KafkaEventSender.create(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrap()), Duration.ofSeconds(5), transactionalId(), Duration.ofSeconds(30));
    }

    private String transactionalId() {
        return KafkaEventSender.transactionalId(topic, COLLECTION);
    }

    private List<PendingEvent> saveWithEvents(String id, int count) {
        TestAggregate aggregate = new TestAggregate(id);
        aggregate.phase = "LAUNCHED";
        for (int i = 0; i < count; i++) {
            aggregate.pendingEvents.add(onTestTopic(PendingEvent.of(Events.phaseChanged(id, i + 1, "LAUNCHED"))));
        }
        mongo.save(aggregate, COLLECTION);
        return List.copyOf(aggregate.pendingEvents);
    }

    private PendingEvent onTestTopic(PendingEvent event) {
        return new PendingEvent(event.eventId(), event.type(), topic, event.key(), event.subject(), event.occurredAt(),
                event.payload(), event.traceparent());
    }

    private TestAggregate load(String id) {
        return mongo.findOne(new Query(Criteria.where("_id").is(id)), TestAggregate.class, COLLECTION);
    }

    private static List<String> ids(List<PendingEvent> events) {
        return events.stream().map(PendingEvent::eventId).toList();
    }

    private static Map<String, List<String>> idsByKey(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            byKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(header(record, CloudEventHeaders.ID));
        }
        return byKey;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
