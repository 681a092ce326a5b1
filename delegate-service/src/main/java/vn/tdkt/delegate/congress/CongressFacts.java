package vn.tdkt.delegate.congress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the delegate lists need to know of a congress: who organises it, when, how large it may be, the composition
 * it aims for and, once allocated, the seats each unit below may fill. A read-only view the congress feature
 * builds from its aggregate, so that delegate lists never reach into the aggregate itself.
 *
 * @param upperCongressId the congress this one sends delegates to, or null at the top of the tree
 * @param allocation the current seat allocation among the units below, or null before any
 * @param status     {@code PLANNED}, {@code HELD} or {@code CANCELLED}
 */
public record CongressFacts(String id, String organiserUnitCode, String upperCongressId, LocalDate date,
                            int maxDelegates, CompositionPolicy policy, SeatAllocation allocation, String status) {

    /** The only status in which a congress still takes delegate lists: a held congress's roster is history. */
    public static final String OPEN_STATUS = "PLANNED";

    public CongressFacts {
        policy = java.util.Objects.requireNonNull(policy, "policy");
        status = java.util.Objects.requireNonNull(status, "status");
    }

    /** A planned congress. */
    public CongressFacts(String id, String organiserUnitCode, String upperCongressId, LocalDate date,
                         int maxDelegates, CompositionPolicy policy, SeatAllocation allocation) {
        this(id, organiserUnitCode, upperCongressId, date, maxDelegates, policy, allocation, OPEN_STATUS);
    }

    /** Whether lists may still be proposed, changed, approved or reopened for it: only while it is planned. */
    public boolean takesDelegateLists() {
        return OPEN_STATUS.equals(status);
    }

    /** The seats allocated to one unit below, if the congress has allocated its seats and named that unit. */
    public Optional<Integer> seatsOf(String unitCode) {
        if (allocation == null) {
            return Optional.empty();
        }
        return allocation.units().stream().filter(u -> u.unitCode().equals(unitCode)).map(UnitSeats::seats).findFirst();
    }

    /** The composition a congress aims for: the exemplary share of its delegates and its targets. */
    public record CompositionPolicy(int exemplaryPercent, List<CompositionTarget> targets) {
        public CompositionPolicy {
            targets = List.copyOf(targets);
        }
    }

    /** At least {@code minimumPercent} of the delegates have {@code attribute}. */
    public record CompositionTarget(DelegateAttribute attribute, int minimumPercent) {
    }

    /** One stored allocation of the congress's seats among the units below, in the order it was asked. */
    public record SeatAllocation(long version, String method, List<UnitSeats> units) {
        public SeatAllocation {
            units = List.copyOf(units);
        }
    }

    public record UnitSeats(String unitCode, int seats) {
    }
}
