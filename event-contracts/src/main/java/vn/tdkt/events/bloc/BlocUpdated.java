package vn.tdkt.events.bloc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.tdkt.events.ValuesOf;

/**
 * {@code tdkt.bloc.updated.v1}: a bloc's members, rotation or covenant changed before scoring; the same
 * fields as {@link BlocCreated}, with the new state. An amended covenant clears the signatures collected.
 */
public record BlocUpdated(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                          String name, int year, String organiserUnitCode, List<String> memberUnitCodes,
                          List<String> rotationOrder, String leaderUnitCode, String deputyUnitCode,
                          List<CovenantCriterion> criteria, int selfWeight, int leaderWeight, int peerWeight,
                          int flagCount, int commendationCount, @ValuesOf(BlocPhase.class) String phase)
        implements BlocEvent {

    public BlocUpdated {
        memberUnitCodes = memberUnitCodes == null ? List.of() : List.copyOf(memberUnitCodes);
        rotationOrder = rotationOrder == null ? List.of() : List.copyOf(rotationOrder);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
