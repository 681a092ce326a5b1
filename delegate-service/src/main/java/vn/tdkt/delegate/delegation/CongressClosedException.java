package vn.tdkt.delegate.delegation;

import vn.tdkt.support.problem.ConflictException;

/**
 * The congress a list goes to is no longer planned: a cancelled congress has no delegates, and a held one's roster
 * is what it was on the day. 409 naming the congress's status.
 */
class CongressClosedException extends ConflictException {

    private final String congressStatus;

    CongressClosedException(String congressId, String congressStatus) {
        super("Congress %s is %s: its delegate lists can no longer be proposed, changed, approved or reopened"
                .formatted(congressId, congressStatus));
        this.congressStatus = congressStatus;
    }

    String congressStatus() {
        return congressStatus;
    }
}
