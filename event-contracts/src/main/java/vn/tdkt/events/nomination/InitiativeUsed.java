package vn.tdkt.events.nomination;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code tdkt.nomination.initiative-used.v1}: an initiative was entered in the usage ledger as the basis
 * of one proposal, for one nominee, award and achievement period; it can back no other proposal.
 */
public record InitiativeUsed(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                             String proposalId, String nomineeId, String awardCode, int achievementFrom,
                             int achievementTo) implements NominationEvent {
}
