package vn.tdkt.campaign.campaign;

import vn.tdkt.support.problem.ConflictException;

/** The client changed a campaign from a version that is no longer the stored one: 409, naming If-Match. */
class StaleVersionException extends ConflictException {

    StaleVersionException(CampaignId id, long stored, long expected) {
        super(("Campaign %s was changed meanwhile: it is at version %d, not %d. Read it again, reapply your"
                + " change and send it with If-Match: \"%d\".").formatted(id, stored, expected, stored));
    }
}
