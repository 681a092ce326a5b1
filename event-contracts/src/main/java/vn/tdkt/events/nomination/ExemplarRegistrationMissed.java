package vn.tdkt.events.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code tdkt.nomination.exemplar-registration-missed.v1}: the deadline passed and the office registered no
 * exemplars for the month. Published once per office and month, for the report to the unit that keeps the
 * register book and a reminder to the office. {@code aggregateId} is {@code <unitCode>:<yyyy-MM>}.
 */
public record ExemplarRegistrationMissed(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                                         String unitCode, String unitName, String parentUnitCode, String month,
                                         LocalDate deadline) implements NominationEvent {
}
