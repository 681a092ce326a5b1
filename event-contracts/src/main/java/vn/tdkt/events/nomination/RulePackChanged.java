package vn.tdkt.events.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code tdkt.nomination.rule-pack-changed.v1}: a rule pack with a known id was loaded with different
 * content (another hash) than last time; the same fields as {@link RulePackLoaded}, with the new state.
 */
public record RulePackChanged(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                              String name, String jurisdiction, String basePackId, LocalDate effectiveFrom,
                              LocalDate effectiveTo, String sha256, List<String> awardCodes) implements NominationEvent {

    public RulePackChanged {
        awardCodes = awardCodes == null ? List.of() : List.copyOf(awardCodes);
    }
}
