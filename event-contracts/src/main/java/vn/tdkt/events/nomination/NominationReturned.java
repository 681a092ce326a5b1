package vn.tdkt.events.nomination;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.tdkt.events.ValuesOf;

/**
 * {@code tdkt.nomination.nomination-returned.v1}: the addressed unit returned the dossier for correction, with its
 * {@code reasons}.
 * Carries the dossier's workflow facts in full, so a consumer needs nothing else to tell the nominating unit and
 * the nominee's unit: {@code aggregateId} is the nomination id, {@code aggregateVersion} the dossier's version
 * after the step; {@code status} the state it is in now. No ballot data: a vote travels as its tally only.
 */
public record NominationReturned(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
        @ValuesOf(NominationStatus.class) String status, String nominatingUnitCode, String addressedTo,
        @ValuesOf(RecipientKind.class) String nomineeKind, String nomineeId, String nomineeName,
        String nomineeUnitCode, String awardCode, String awardName, int year, String campaignId,
        String forwardedFrom,
        List<String> reasons) implements NominationEvent {
}
