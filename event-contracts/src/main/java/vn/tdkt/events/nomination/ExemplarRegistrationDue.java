package vn.tdkt.events.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code tdkt.nomination.exemplar-registration-due.v1}: an office that registers exemplars every month has
 * not registered this month's yet, and the deadline is near. Published once per office and month, so that
 * notification-service reminds the office (and, in copy, the unit that keeps the register book).
 * {@code aggregateId} is {@code <unitCode>:<yyyy-MM>}.
 */
public record ExemplarRegistrationDue(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                                      String unitCode, String unitName, String parentUnitCode, String month,
                                      LocalDate deadline) implements NominationEvent {
}
