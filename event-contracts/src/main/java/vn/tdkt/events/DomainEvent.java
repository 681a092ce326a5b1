package vn.tdkt.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What every event carries. {@code aggregateId} is also the Kafka key, so that one aggregate's
 * events stay in order; {@code aggregateVersion} lets projections ignore stale or repeated events.
 */
public interface DomainEvent {

    UUID eventId();

    Instant occurredAt();

    String aggregateId();

    long aggregateVersion();
}
