package vn.tdkt.delegate.congress;

import vn.tdkt.support.problem.ConflictException;

/**
 * A unit has one congress that is not cancelled per upper congress (or at the top of the tree): 409 naming the one
 * it has ({@code existingCongressId}), so that the caller can open it instead.
 */
class DuplicateCongressException extends ConflictException {

    private final String existingCongressId;

    DuplicateCongressException(String organiserUnitCode, CongressId upper, Congress existing) {
        super("Unit %s already has congress %s (%s) %s".formatted(organiserUnitCode, existing.id(), existing.status(),
                upper == null ? "at the top of the tree" : "sending delegates to congress " + upper));
        this.existingCongressId = existing.id().value();
    }

    String existingCongressId() {
        return existingCongressId;
    }
}
