package vn.tdkt.delegate.congress;

import java.util.EnumSet;
import java.util.Set;

/** A congress is planned, then held or cancelled; held and cancelled are final. */
enum CongressStatus {
    PLANNED, HELD, CANCELLED;

    Set<CongressStatus> allowedMoves() {
        return this == PLANNED ? EnumSet.of(HELD, CANCELLED) : EnumSet.noneOf(CongressStatus.class);
    }

    boolean canMoveTo(CongressStatus to) {
        return allowedMoves().contains(to);
    }
}
