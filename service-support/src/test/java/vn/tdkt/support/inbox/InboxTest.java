package vn.tdkt.support.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import vn.tdkt.events.EventJson;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.support.testing.TestInfrastructure;
import vn.tdkt.support.tracing.TestTracing;
import vn.tdkt.support.tracing.Traceparents;

/** The inbox on the embedded MongoDB server, fed messages as the binder would hand them over. */
class InboxTest {

    private static final String GROUP = "inbox-test";
    private static final String TYPE = "tdkt.campaign.phase-changed.v1";
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private MongoTemplate mongo;
    private SimpleMeterRegistry meters;
    private Inbox inbox;
    private TestTracing tracing;
    private final List<CampaignEvent> handled = new ArrayList<>();

    @BeforeEach
    void setUp() {
        mongo = TestInfrastructure.mongoTemplate("inbox_" + UUID.randomUUID().toString().replace("-", ""));
        meters = new SimpleMeterRegistry();
        ProcessedEvents processed = new ProcessedEvents(mongo, Clock.systemUTC());
        processed.createIndexes(Duration.ofDays(30));
        tracing = new TestTracing();
        inbox = new Inbox(processed, meters, tracing.observations());
    }

    @AfterEach
    void tearDown() {
        tracing.close();
    }

    @Test
    void theHandlerRunsInAConsumerSpanThatContinuesTheProducersTrace() {
        CampaignPhaseChanged event = event();
        Message<byte[]> message = MessageBuilder.fromMessage(message(event, true))
                .setHeader("traceparent", TRACEPARENT.getBytes(StandardCharsets.UTF_8))
                .setHeader("kafka_receivedTopic", "tdkt.campaign.events").build();
        List<String> seen = new ArrayList<>();

        inbox.handle(GROUP, message, CampaignEvent.class, e -> seen.add(Traceparents.current()));

        SpanData consumer = tracing.span("tdkt.campaign.events process");
        assertThat(consumer.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(consumer.getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(consumer.getParentSpanId()).as("the producer's span").isEqualTo("00f067aa0ba902b7");
        assertThat(seen).containsExactly("00-4bf92f3577b34da6a3ce929d0e0e4736-" + consumer.getSpanId() + "-01");
    }

    @Test
    void withoutATraceparentTheHandlerStartsATrace() {
        List<String> seen = new ArrayList<>();

        inbox.handle(GROUP, message(event(), true), CampaignEvent.class, e -> seen.add(Traceparents.currentTraceId()));

        assertThat(seen).singleElement().isNotNull().isEqualTo(tracing.span(GROUP + " process").getTraceId());
    }

    @Test
    void handlesOnceThenRecordsAndSkipsRedeliveries() {
        CampaignPhaseChanged event = event();
        Message<byte[]> message = message(event, true);

        inbox.handle(GROUP, message, CampaignEvent.class, handled::add);
        inbox.handle(GROUP, message(event, false), CampaignEvent.class, handled::add);

        assertThat(handled).containsExactly(event);
        Document record = mongo.getCollection(ProcessedEvents.COLLECTION)
                .find(new Document("_id", GROUP + ":" + event.eventId())).first();
        assertThat(record).isNotNull();
        assertThat(record.getString("consumerGroup")).isEqualTo(GROUP);
        assertThat(record.getString("type")).isEqualTo(TYPE);
        assertThat(record.getDate("processedAt")).isNotNull();
        assertThat(meters.get("tdkt.events.consumed").tags("type", TYPE, "group", GROUP).counter().count()).isEqualTo(1);
        assertThat(meters.get("tdkt.events.duplicate").tags("type", TYPE, "group", GROUP).counter().count()).isEqualTo(1);
    }

    @Test
    void anotherGroupHandlesTheSameEventToo() {
        CampaignPhaseChanged event = event();

        inbox.handle(GROUP, message(event, true), CampaignEvent.class, handled::add);
        inbox.handle("other-group", message(event, true), CampaignEvent.class, handled::add);

        assertThat(handled).hasSize(2);
    }

    @Test
    void aFailingHandlerRecordsNothingSoTheRetryRunsItAgain() {
        CampaignPhaseChanged event = event();

        assertThatThrownBy(() -> inbox.handle(GROUP, message(event, true), CampaignEvent.class, e -> {
            throw new IllegalStateException("SMTP down");
        })).isInstanceOf(IllegalStateException.class);
        inbox.handle(GROUP, message(event, true), CampaignEvent.class, handled::add);

        assertThat(handled).containsExactly(event);
    }

    @Test
    void unknownTypesAndOtherFamiliesAreSkippedAndCounted() {
        Message<byte[]> unknown = MessageBuilder.withPayload("{}".getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_type", "tdkt.campaign.archived.v9").setHeader("ce_id", "x").build();
        Message<byte[]> untyped = MessageBuilder.withPayload("{}".getBytes(StandardCharsets.UTF_8)).build();
        Message<byte[]> unitEvent = MessageBuilder.withPayload("{}".getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_type", "tdkt.unit.registered.v1".getBytes(StandardCharsets.UTF_8)).build();

        inbox.handle(GROUP, unknown, CampaignEvent.class, handled::add);
        inbox.handle(GROUP, untyped, CampaignEvent.class, handled::add);
        inbox.handle(GROUP, unitEvent, CampaignEvent.class, handled::add);

        assertThat(handled).isEmpty();
        assertThat(meters.get("tdkt.events.unknown").tag("type", "tdkt.campaign.archived.v9").counter().count())
                .isEqualTo(1);
        assertThat(meters.get("tdkt.events.unknown").tag("type", "null").counter().count()).isEqualTo(1);
        assertThat(meters.get("tdkt.events.unknown").tag("type", "tdkt.unit.registered.v1").counter().count())
                .isEqualTo(1);
    }

    @Test
    void anUndecodablePayloadIsPoisonNotRetryable() {
        Message<byte[]> poison = MessageBuilder.withPayload("{\"eventId\": nope".getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_type", TYPE).setHeader("ce_id", "p-1").build();

        assertThatThrownBy(() -> inbox.handle(GROUP, poison, CampaignEvent.class, handled::add))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("p-1");
        assertThat(handled).isEmpty();
        assertThat(meters.get("tdkt.events.poison").tag("type", TYPE).counter().count()).isEqualTo(1);
    }

    @Test
    void processedEventsExpireAfterTheRetention() {
        List<Document> indexes = mongo.getCollection(ProcessedEvents.COLLECTION).listIndexes().into(new ArrayList<>());

        assertThat(indexes).anySatisfy(index -> {
            assertThat(index.get("key", Document.class)).containsKey("processedAt");
            assertThat(((Number) index.get("expireAfterSeconds")).longValue()).isEqualTo(Duration.ofDays(30).toSeconds());
        });
    }

    private static CampaignPhaseChanged event() {
        return new CampaignPhaseChanged(UUID.randomUUID(), Instant.parse("2026-11-24T05:00:00Z"), "c-1", 2,
                "Phong trào thi đua", null, "SO-NV", List.of("XA-MY-AN"), "DRAFT", "LAUNCHED", null, null);
    }

    /** Headers as byte[] (as the Kafka binder maps them) or as Strings (as other mappers do). */
    private static Message<byte[]> message(CampaignPhaseChanged event, boolean bytes) {
        MessageBuilder<byte[]> builder = MessageBuilder.withPayload(EventJson.write(event).getBytes(StandardCharsets.UTF_8));
        if (bytes) {
            builder.setHeader("ce_type", TYPE.getBytes(StandardCharsets.UTF_8))
                    .setHeader("ce_id", event.eventId().toString().getBytes(StandardCharsets.UTF_8));
        } else {
            builder.setHeader("ce_type", TYPE).setHeader("ce_id", event.eventId().toString());
        }
        return builder.build();
    }
}
