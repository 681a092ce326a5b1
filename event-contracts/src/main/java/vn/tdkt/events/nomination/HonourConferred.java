package vn.tdkt.events.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.tdkt.events.ValuesOf;
import vn.tdkt.events.unit.UnitLevel;

/**
 * {@code tdkt.nomination.honour-conferred.v1}: a decision (quyết định khen thưởng) conferred an award on one
 * nominee. One event per honour of the decision, all keyed by the decision ({@code aggregateId}), so a
 * decision's honours stay in order; {@code aggregateVersion} is the decision's version when it conferred them.
 * Written once per decision and nomination: consumers keep it by {@code (aggregateId, nominationId)}.
 */
public record HonourConferred(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                              String decisionNumber, LocalDate decisionDate, String grantorUnitCode,
                              @ValuesOf(UnitLevel.class) String grantorLevel, String nominationId,
                              @ValuesOf(RecipientKind.class) String recipientKind, String nomineeId,
                              String nomineeName, String nomineeUnitCode, String nominatingUnitCode,
                              String awardCode, String awardName, int year) implements NominationEvent {
}
