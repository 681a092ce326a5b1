package vn.tdkt.campaign.campaign;

import java.util.Set;
import vn.tdkt.support.problem.ConflictException;

/** A move the phase machine does not allow from the campaign's current phase: 409. */
class IllegalPhaseMoveException extends ConflictException {

    private final Phase from;
    private final Phase to;

    IllegalPhaseMoveException(CampaignId id, Phase from, Phase to) {
        super("Campaign %s cannot move from %s to %s; allowed from %s: %s".formatted(id, from, to, from,
                from.allowedMoves().isEmpty() ? "none (the campaign is over)" : from.allowedMoves()));
        this.from = from;
        this.to = to;
    }

    Phase from() {
        return from;
    }

    Phase to() {
        return to;
    }

    Set<Phase> allowed() {
        return from.allowedMoves();
    }
}
