package vn.tdkt.delegate.delegation;

import vn.tdkt.support.problem.ConflictException;

/** The client changed a list from a version that is no longer the stored one: 409 naming If-Match. */
class StaleListException extends ConflictException {

    StaleListException(DelegateListId id, long stored, long expected) {
        super(("The delegate list %s was changed meanwhile: it is at version %d, not %d. Read it again, reapply your"
                + " change and send it with If-Match: \"%d\".").formatted(id, stored, expected, stored));
    }
}
