package vn.tdkt.delegate.delegation;

import vn.tdkt.support.problem.ConflictException;

/** Only a draft changes: a proposed or approved list is reopened first (409 naming the status). */
class ListLockedException extends ConflictException {

    private final ListStatus status;

    ListLockedException(DelegateListId id, ListStatus status, String what) {
        super("The delegate list of %s for congress %s is %s: %s; reopen it first (POST …/reopen with a reason)"
                .formatted(id.unitCode(), id.congressId(), status, what));
        this.status = status;
    }

    ListStatus status() {
        return status;
    }
}
