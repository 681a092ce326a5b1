package vn.tdkt.localstack;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.tdkt.events.CloudEventHeaders;
import vn.tdkt.events.DomainEvent;
import vn.tdkt.events.EventCatalog;
import vn.tdkt.events.EventJson;
import vn.tdkt.events.EventType;

/**
 * Publishes events the way campaign-service's outbox relay does, for tests that play the producer:
 * topic from {@link EventCatalog}, key = aggregate id, {@link EventJson} payload, CloudEvents binary
 * headers, and each send waits for the broker's acknowledgement so a test can rely on ordering.
 *
 * <pre>{@code
 * try (EventPublisher events = new EventPublisher(infra.kafkaBootstrapServers())) {
 *     events.publish(unitRegistered);
 * }
 * }</pre>
 */
public final class EventPublisher implements AutoCloseable {

    private static final String SOURCE = "/campaign-service";
    private static final long ACK_TIMEOUT_SECONDS = 30;

    private final KafkaProducer<String, byte[]> producer;

    public EventPublisher(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    /** Sends {@code event} to its topic and returns once the broker acknowledged it. */
    public void publish(DomainEvent event) {
        publish(event, null);
    }

    /**
     * Sends {@code event} with a W3C {@code traceparent} header, as the relay does for an event appended while a
     * request was traced (null: no header), and returns once the broker acknowledged it.
     */
    public void publish(DomainEvent event, String traceparent) {
        EventType type = EventCatalog.of(event);
        List<Header> headers = new ArrayList<>(List.of(
                header(CloudEventHeaders.ID, event.eventId().toString()),
                header(CloudEventHeaders.TYPE, type.name()),
                header(CloudEventHeaders.SOURCE, SOURCE),
                header(CloudEventHeaders.TIME, event.occurredAt().toString()),
                header(CloudEventHeaders.SUBJECT, event.aggregateId()),
                header(CloudEventHeaders.SPECVERSION, CloudEventHeaders.SPECVERSION_VALUE),
                header(CloudEventHeaders.CONTENT_TYPE, "application/json")));
        if (traceparent != null) {
            headers.add(header(CloudEventHeaders.TRACEPARENT, traceparent));
        }
        try {
            producer.send(new ProducerRecord<>(type.topic(), null, event.aggregateId(),
                    EventJson.write(event).getBytes(StandardCharsets.UTF_8), headers))
                    .get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + event, e);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + event, e);
        }
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
