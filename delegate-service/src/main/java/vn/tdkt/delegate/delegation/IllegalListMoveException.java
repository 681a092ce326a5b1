package vn.tdkt.delegate.delegation;

import java.util.Set;
import vn.tdkt.support.problem.ConflictException;

/** A status move the list's status does not allow: 409 with {@code from}, {@code to} and {@code allowed}. */
class IllegalListMoveException extends ConflictException {

    private final ListStatus from;
    private final ListStatus to;

    IllegalListMoveException(DelegateListId id, ListStatus from, ListStatus to) {
        super("The delegate list of %s for congress %s cannot move from %s to %s; allowed: %s"
                .formatted(id.unitCode(), id.congressId(), from, to, from.next()));
        this.from = from;
        this.to = to;
    }

    ListStatus from() {
        return from;
    }

    ListStatus to() {
        return to;
    }

    Set<ListStatus> allowed() {
        return from.next();
    }
}
