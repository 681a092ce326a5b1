package vn.tdkt.events.bloc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.tdkt.events.ValuesOf;

/**
 * {@code tdkt.bloc.created.v1}: a bloc year was drafted; carries its whole definition: members, the
 * rotation order with this year's leader and deputy, the covenant's criteria, how the self, leader and
 * peer scores are weighted, and how many units it proposes for the flag and for a commendation.
 */
public record BlocCreated(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                          String name, int year, String organiserUnitCode, List<String> memberUnitCodes,
                          List<String> rotationOrder, String leaderUnitCode, String deputyUnitCode,
                          List<CovenantCriterion> criteria, int selfWeight, int leaderWeight, int peerWeight,
                          int flagCount, int commendationCount, @ValuesOf(BlocPhase.class) String phase)
        implements BlocEvent {

    public BlocCreated {
        memberUnitCodes = memberUnitCodes == null ? List.of() : List.copyOf(memberUnitCodes);
        rotationOrder = rotationOrder == null ? List.of() : List.copyOf(rotationOrder);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
