package vn.tdkt.events.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.tdkt.events.ValuesOf;

/**
 * {@code tdkt.nomination.nomination-decided.v1}: a decision of the addressed unit ({@code decisionNumber} of
 * {@code decisionDate}) conferred the award.
 * Carries the dossier's workflow facts in full, so a consumer needs nothing else to tell the nominating unit and
 * the nominee's unit: {@code aggregateId} is the nomination id, {@code aggregateVersion} the dossier's version
 * after the step; {@code status} the state it is in now. No ballot data: a vote travels as its tally only.
 */
public record NominationDecided(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
        @ValuesOf(NominationStatus.class) String status, String nominatingUnitCode, String addressedTo,
        @ValuesOf(RecipientKind.class) String nomineeKind, String nomineeId, String nomineeName,
        String nomineeUnitCode, String awardCode, String awardName, int year, String campaignId,
        String forwardedFrom,
        String decisionId, String decisionNumber, LocalDate decisionDate) implements NominationEvent {
}
