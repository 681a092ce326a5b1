package vn.tdkt.events.bloc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.tdkt.events.ValuesOf;

/**
 * {@code tdkt.bloc.phase-changed.v1}: a bloc year moved on (covenant signing opened, scoring opened),
 * with who leads it and who must be told.
 */
public record BlocPhaseChanged(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                               String name, int year, String organiserUnitCode, List<String> memberUnitCodes,
                               String leaderUnitCode, String deputyUnitCode,
                               @ValuesOf(BlocPhase.class) String from, @ValuesOf(BlocPhase.class) String to)
        implements BlocEvent {

    public BlocPhaseChanged {
        memberUnitCodes = memberUnitCodes == null ? List.of() : List.copyOf(memberUnitCodes);
    }
}
