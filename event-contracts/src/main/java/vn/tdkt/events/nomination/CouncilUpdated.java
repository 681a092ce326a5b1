package vn.tdkt.events.nomination;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code tdkt.nomination.council-updated.v1}: a unit's emulation and commendation council (hội đồng thi đua –
 * khen thưởng) was set up or changed; carries its whole state. {@code aggregateId} is the council's unit code.
 *
 * @param members    user names of every voting member, sorted; the chair is one of them
 * @param membership the number of members: the denominator a vote is counted on
 */
public record CouncilUpdated(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                             String unitCode, String name, String chair, String secretary, List<String> members,
                             int membership, String updatedBy) implements NominationEvent {
}
