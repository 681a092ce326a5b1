package vn.tdkt.nomination.dossier;

import java.util.List;
import vn.tdkt.support.problem.ConflictException;

/** A step the dossier's state does not allow: 409, with the state and the moves it does allow. */
class IllegalMoveException extends ConflictException {

    private final Status status;
    private final List<String> allowed;

    IllegalMoveException(NominationId id, State state, String move) {
        super("Nomination %s is %s: it cannot %s; allowed now: %s".formatted(id, state.status(), move,
                state.moves().isEmpty() ? "nothing (its workflow has ended)" : state.moves()));
        this.status = state.status();
        this.allowed = state.moves();
    }

    Status status() {
        return status;
    }

    List<String> allowed() {
        return allowed;
    }
}
