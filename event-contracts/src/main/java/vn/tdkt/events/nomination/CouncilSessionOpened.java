package vn.tdkt.events.nomination;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code tdkt.nomination.council-session-opened.v1}: a council's secretary opened a voting session (secret
 * ballot) over these dossiers. {@code aggregateId} is the session id.
 *
 * @param membership the council's total membership when the session opened: the denominator
 */
public record CouncilSessionOpened(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                                   String councilUnitCode, String councilName, String title, int membership,
                                   List<CouncilAgendaItem> agenda, String openedBy) implements NominationEvent {
}
