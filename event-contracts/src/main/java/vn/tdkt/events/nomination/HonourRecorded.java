package vn.tdkt.events.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.tdkt.events.ValuesOf;

/**
 * {@code tdkt.nomination.honour-recorded.v1}: one line of a person's or collective's honours history
 * (what they received for which achievement year). Keyed by the recipient, so one recipient's lines stay
 * in order. Lines are written once and never change: {@code aggregateVersion} is that of the batch that
 * recorded it (always 0), and {@code batchId} names the batch (one API call or one CSV import).
 */
public record HonourRecorded(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                             String batchId, @ValuesOf(RecipientKind.class) String recipientKind,
                             String recipientName, String unitCode, int year, String awardCode, String awardName,
                             String decisionNumber, LocalDate decisionDate,
                             @ValuesOf(HonourSource.class) String source) implements NominationEvent {
}
