package vn.tdkt.events.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code tdkt.nomination.rule-pack-loaded.v1}: nomination-service met a rule pack it had never loaded.
 * Carries the pack's identity, range and content hash; {@code basePackId} is null for a national pack.
 */
public record RulePackLoaded(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                             String name, String jurisdiction, String basePackId, LocalDate effectiveFrom,
                             LocalDate effectiveTo, String sha256, List<String> awardCodes) implements NominationEvent {

    public RulePackLoaded {
        awardCodes = awardCodes == null ? List.of() : List.copyOf(awardCodes);
    }
}
