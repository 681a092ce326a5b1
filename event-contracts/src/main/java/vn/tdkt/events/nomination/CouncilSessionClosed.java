package vn.tdkt.events.nomination;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code tdkt.nomination.council-session-closed.v1}: the secretary closed a voting session; per dossier the
 * tallies, the outcome and the rule applied. Who took part is counted, never named next to a choice: no field
 * of this event links a member to a ballot. {@code aggregateId} is the session id.
 *
 * @param present how many members cast at least one ballot
 */
public record CouncilSessionClosed(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                                   String councilUnitCode, String councilName, String title, int membership,
                                   int present, List<CouncilVoteResult> results, String closedBy)
        implements NominationEvent {
}
