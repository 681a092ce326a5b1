package vn.tdkt.campaign.bloc;

import java.util.List;
import java.util.Set;
import vn.tdkt.support.problem.FieldError;

/** A move the bloc's phase machine does not allow from where the bloc stands: 409 with the moves that are. */
class IllegalBlocMoveException extends BlocStateException {

    private final BlocPhase from;
    private final BlocPhase to;

    IllegalBlocMoveException(BlocId id, BlocPhase from, BlocPhase to) {
        super("Bloc %s cannot move from %s to %s; allowed from %s: %s".formatted(id, from, to, from,
                from.allowedMoves().isEmpty() ? "none (the result is published)" : from.allowedMoves()),
                List.of(new FieldError("to", from.allowedMoves().isEmpty() ? "no move is allowed from " + from
                        : "must be one of " + from.allowedMoves() + " from " + from)));
        this.from = from;
        this.to = to;
    }

    BlocPhase from() {
        return from;
    }

    BlocPhase to() {
        return to;
    }

    Set<BlocPhase> allowed() {
        return from.allowedMoves();
    }
}
