package vn.tdkt.campaign.campaign;

import vn.tdkt.support.problem.ConflictException;

/** A change the campaign's phase no longer allows (a revision after launch, an addition after review): 409. */
class CampaignLockedException extends ConflictException {

    private final Phase phase;

    CampaignLockedException(CampaignId id, Phase phase, String what) {
        super("Campaign %s is %s: %s. %s".formatted(id, phase, what, allowedHere(phase)));
        this.phase = phase;
    }

    Phase phase() {
        return phase;
    }

    static String allowedHere(Phase phase) {
        if (phase.acceptsRevisions()) {
            return "Its whole plan may still be replaced.";
        }
        if (phase.acceptsAdditions()) {
            return "Only milestones and responsibilities may be added now.";
        }
        return "Nothing of its plan may change any more.";
    }
}
