package vn.tdkt.support.outbox;

import java.time.Instant;
import vn.tdkt.events.DomainEvent;
import vn.tdkt.events.EventCatalog;
import vn.tdkt.events.EventJson;
import vn.tdkt.events.EventType;
import vn.tdkt.support.tracing.Traceparents;

/**
 * One event waiting in an aggregate document's {@code pendingEvents} array until the relay has it
 * acknowledged by Kafka. Appended in the same single-document save as the state change it records.
 *
 * @param eventId    the event's id, also {@code ce_id}; the relay removes entries by it
 * @param type       the catalogued type name ({@code ce_type})
 * @param topic      where it is published
 * @param key        the Kafka key: the aggregate id, so one aggregate's events stay in order
 * @param subject    {@code ce_subject}: the aggregate id
 * @param occurredAt {@code ce_time}
 * @param payload    the event as JSON ({@link EventJson})
 * @param traceparent the W3C traceparent of the span that appended it (e.g. the REST request's), or null;
 *                    the relay continues that trace, so consumers see the request's trace id
 */
public record PendingEvent(String eventId, String type, String topic, String key, String subject,
                           Instant occurredAt, String payload, String traceparent) {

    /** The field of an aggregate document that holds its pending events. */
    public static final String FIELD = "pendingEvents";

    /** The pending form of {@code event}, remembering the trace current on this thread (if any). */
    public static PendingEvent of(DomainEvent event) {
        EventType type = EventCatalog.of(event);
        return new PendingEvent(event.eventId().toString(), type.name(), type.topic(), event.aggregateId(),
                event.aggregateId(), event.occurredAt(), EventJson.write(event), Traceparents.current());
    }
}
