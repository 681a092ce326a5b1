package vn.tdkt.support.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.messaging.Message;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.MessageHeaders;
import vn.tdkt.events.CloudEventHeaders;
import vn.tdkt.events.DomainEvent;
import vn.tdkt.events.EventCatalog;
import vn.tdkt.events.EventJson;
import vn.tdkt.events.EventType;

/**
 * Consumes each event at most once in effect per consumer group: skips types it does not know,
 * skips events already processed, and otherwise runs the handler and then records the event in
 * {@code processed_events}. A handler failure propagates, so the binder retries and dead-letters it;
 * nothing is recorded, so a replay runs the handler again.
 */
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final ProcessedEvents processed;
    private final MeterRegistry meters;
    private final ObservationRegistry observations;

    Inbox(ProcessedEvents processed, MeterRegistry meters, ObservationRegistry observations) {
        this.processed = processed;
        this.meters = meters;
        this.observations = observations;
    }

    /** The traceparent header of the record being handled on this thread; null outside a handler. */
    private static final ThreadLocal<String> RECEIVED_TRACEPARENT = new ThreadLocal<>();

    /**
     * The W3C traceparent the record being handled on this thread arrived with (the producer's span),
     * or null outside a handler: for work a handler puts off, such as an event parked until a reference
     * arrives, so that finishing it later is one more attempt in the producer's trace.
     */
    public static String receivedTraceparent() {
        return RECEIVED_TRACEPARENT.get();
    }

    /**
     * Handles one message in a consumer span that continues the producer's trace (the record's W3C
     * {@code traceparent} header names its parent), so the handler's logs carry the request's trace id
     * and whatever the handler stores or sends can keep it. Every delivery attempt is a span of its own.
     */
    public <E extends DomainEvent> void handle(String consumerGroup, Message<byte[]> message, Class<E> family,
                                               Consumer<E> handler) {
        ReceiverContext<MessageHeaders> context = new ReceiverContext<>(Inbox::header, Kind.CONSUMER);
        context.setCarrier(message.getHeaders());
        context.setRemoteServiceName("kafka");
        String topic = header(message.getHeaders(), KafkaHeaders.RECEIVED_TOPIC);
        Observation.createNotStarted("tdkt.events.inbox", () -> context, observations)
                .contextualName((topic != null ? topic : consumerGroup) + " process")
                .lowCardinalityKeyValue("group", consumerGroup)
                .observe(() -> handleInSpan(consumerGroup, message, family, handler));
    }

    private <E extends DomainEvent> void handleInSpan(String consumerGroup, Message<byte[]> message, Class<E> family,
                                                      Consumer<E> handler) {
        String typeName = header(message.getHeaders(), CloudEventHeaders.TYPE);
        String eventId = header(message.getHeaders(), CloudEventHeaders.ID);
        Optional<EventType> type = typeName == null ? Optional.empty() : EventCatalog.byName(typeName);
        if (type.isEmpty() || !family.isAssignableFrom(type.get().javaType())) {
            log.info("Skipping event {} of type {}: not a {} known to {}", eventId, typeName,
                    family.getSimpleName(), consumerGroup);
            meters.counter("tdkt.events.unknown", "type", String.valueOf(typeName), "group", consumerGroup)
                    .increment();
            return;
        }
        E event = family.cast(decode(message.getPayload(), type.get(), eventId, consumerGroup));
        String id = eventId != null ? eventId : event.eventId().toString();
        // In the MDC, so every log line of the handler (JSON logs) says which event it is about.
        try (MDC.MDCCloseable ignored = MDC.putCloseable("eventId", id);
             MDC.MDCCloseable ignoredType = MDC.putCloseable("eventType", typeName)) {
            if (processed.contains(consumerGroup, id)) {
                log.debug("Event {} ({}) already processed by {}", id, typeName, consumerGroup);
                meters.counter("tdkt.events.duplicate", "type", typeName, "group", consumerGroup).increment();
                return;
            }
            RECEIVED_TRACEPARENT.set(header(message.getHeaders(), CloudEventHeaders.TRACEPARENT));
            try {
                Timer.builder("tdkt.events.handle")
                        .description("Time a consumer's handler takes for one event")
                        .tags("type", typeName, "group", consumerGroup)
                        .register(meters)
                        .record(() -> handler.accept(event));
            } finally {
                RECEIVED_TRACEPARENT.remove();
            }
            processed.record(consumerGroup, id, typeName);
            meters.counter("tdkt.events.consumed", "type", typeName, "group", consumerGroup).increment();
        }
    }

    private DomainEvent decode(byte[] payload, EventType type, String eventId, String consumerGroup) {
        try {
            return EventJson.read(payload, type);
        } catch (RuntimeException e) {
            meters.counter("tdkt.events.poison", "type", type.name(), "group", consumerGroup).increment();
            throw new PoisonEventException("Event " + eventId + " of type " + type.name()
                    + " cannot be decoded: " + e.getMessage(), e);
        }
    }

    /** Kafka headers arrive as byte[] unless the binder's header mapper already made them Strings. */
    static String header(MessageHeaders headers, String name) {
        Object value = headers.get(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
