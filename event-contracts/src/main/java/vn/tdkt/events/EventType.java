package vn.tdkt.events;

/**
 * A stable event type name (the CloudEvents {@code ce_type}), the topic it travels on and its record.
 * A breaking change is a new {@code .v2} type; the old one stays until no producer emits it.
 */
public record EventType(String name, String topic, Class<? extends DomainEvent> javaType) {
}
