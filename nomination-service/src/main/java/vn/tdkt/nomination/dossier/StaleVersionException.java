package vn.tdkt.nomination.dossier;

import vn.tdkt.support.problem.ConflictException;

/** The client changed a dossier from a version that is no longer the stored one: 409, naming If-Match. */
class StaleVersionException extends ConflictException {

    StaleVersionException(NominationId id, long stored, long expected) {
        super(("Nomination %s was changed meanwhile: it is at version %d, not %d. Read it again, reapply your"
                + " change and send it with If-Match: \"%d\".").formatted(id, stored, expected, stored));
    }
}
