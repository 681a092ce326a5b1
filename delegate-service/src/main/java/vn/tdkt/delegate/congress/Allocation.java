package vn.tdkt.delegate.congress;

import java.time.Instant;
import java.util.List;

/**
 * One stored allocation of a congress's seats among the units below it: the {@code version}-th of the congress,
 * how it was computed and each unit's share.
 *
 * @param basis where the weights came from: STAFF, POPULATION, HONOURS or MANUAL
 */
record Allocation(long version, String method, String basis, long seats, List<UnitShare> units,
                  List<String> warnings, Instant allocatedAt) {

    Allocation {
        units = List.copyOf(units);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A unit's weight (decimal text), exact quota (fraction text), seats and why. */
    record UnitShare(String unitCode, String weight, String quota, long seats, String explanation) {
    }

    /** An allocation computed and not yet stored. */
    record Calculated(String method, String basis, long seats, List<UnitShare> units, List<String> warnings) {
    }
}
