package vn.tdkt.delegate.apportionment;

import java.util.List;

/**
 * A checked question (see {@link ApportionmentRules}): {@code seats} among {@code units}, each getting between
 * {@code minSeatsPerUnit} and {@code maxSeatsPerUnit} seats
 * ({@link Long#MAX_VALUE}: no maximum), by {@code method}. The constructor only guards the
 * invariants the calculation relies on; callers learn what is wrong with their input from the rules.
 */
public record ApportionmentInput(long seats, Method method, long minSeatsPerUnit, long maxSeatsPerUnit,
                                 List<UnitWeight> units) {

    public ApportionmentInput {
        units = List.copyOf(units);
        if (seats < 1 || units.isEmpty() || minSeatsPerUnit < 0 || maxSeatsPerUnit < minSeatsPerUnit
                || minSeatsPerUnit > seats / units.size()
                || maxSeatsPerUnit < (seats + units.size() - 1) / units.size()
                || units.stream().anyMatch(u -> u.weight() == null || u.weight().signum() <= 0)) {
            throw new IllegalArgumentException("not a feasible apportionment; check it with ApportionmentRules first");
        }
    }

    /** Whether the same units and bounds could share {@code otherSeats}. */
    public boolean feasibleWith(long otherSeats) {
        return otherSeats >= 1 && minSeatsPerUnit <= otherSeats / units.size()
                && maxSeatsPerUnit >= (otherSeats + units.size() - 1) / units.size();
    }

    /** Without bounds: no minimum, and no maximum below the house. */
    public static ApportionmentInput of(long seats, Method method, List<UnitWeight> units) {
        return new ApportionmentInput(seats, method, 0, Long.MAX_VALUE, units);
    }

    public ApportionmentInput withSeats(long otherSeats) {
        return new ApportionmentInput(otherSeats, method, minSeatsPerUnit, maxSeatsPerUnit, units);
    }
}
