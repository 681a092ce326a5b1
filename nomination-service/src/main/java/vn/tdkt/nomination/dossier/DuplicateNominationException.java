package vn.tdkt.nomination.dossier;

import vn.tdkt.support.problem.ConflictException;

/** The nominee already holds a live dossier for the award and year: 409, naming that dossier. */
class DuplicateNominationException extends ConflictException {

    private final String otherId;

    DuplicateNominationException(String nomineeId, String awardCode, int year, String otherId) {
        super("%s already has a live nomination for %s in %d: %s; one nominee, one award, one year"
                .formatted(nomineeId, awardCode, year, otherId));
        this.otherId = otherId;
    }

    String otherId() {
        return otherId;
    }
}
