package vn.tdkt.events.nomination;

import java.time.Instant;
import java.util.UUID;
import vn.tdkt.events.ValuesOf;

/**
 * {@code tdkt.nomination.nomination-submitted.v1}: the nominating unit submitted the dossier to the council of
 * {@code addressedTo} (again, after a return, when {@code resubmission}); a dossier forwarded from below arrives
 * this way too, {@code forwardedFrom} naming the lower one.
 * Carries the dossier's workflow facts in full, so a consumer needs nothing else to tell the nominating unit and
 * the nominee's unit: {@code aggregateId} is the nomination id, {@code aggregateVersion} the dossier's version
 * after the step; {@code status} the state it is in now. No ballot data: a vote travels as its tally only.
 */
public record NominationSubmitted(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
        @ValuesOf(NominationStatus.class) String status, String nominatingUnitCode, String addressedTo,
        @ValuesOf(RecipientKind.class) String nomineeKind, String nomineeId, String nomineeName,
        String nomineeUnitCode, String awardCode, String awardName, int year, String campaignId,
        String forwardedFrom,
        boolean resubmission) implements NominationEvent {
}
