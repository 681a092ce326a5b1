package vn.tdkt.events.congress;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code tdkt.congress.seats-allocated.v1}: a congress allocated its exemplary seats among the units below it
 * ({@code allocationVersion} counts the allocations of this congress, from 1). {@code method} is WEBSTER,
 * HAMILTON, DHONDT or HUNTINGTON_HILL; {@code basis} STAFF, POPULATION, HONOURS or MANUAL (where the weights came
 * from). Units in the order they were allocated.
 */
public record CongressSeatsAllocated(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                                     String organiserUnitCode, long allocationVersion, String method, String basis,
                                     long seats, List<CongressUnitSeats> units) implements CongressEvent {

    public CongressSeatsAllocated {
        units = CongressEvent.listOf(units);
    }
}
