package vn.tdkt.events.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tdkt.events.ValuesOf;

/**
 * {@code tdkt.nomination.initiative-recognised.v1}: an initiative council recognised an initiative (sáng
 * kiến) at a scope, on a date, by someone; carries the initiative's whole state at recognition.
 */
public record InitiativeRecognised(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                                   String title, String unitCode, List<String> authorIds,
                                   @ValuesOf(InitiativeScope.class) String recognizedScope, LocalDate recognizedOn,
                                   String recognizedBy, boolean effectivelyApplied) implements NominationEvent {

    public InitiativeRecognised {
        authorIds = authorIds == null ? List.of() : List.copyOf(authorIds);
    }
}
