package vn.tdkt.campaign.bloc;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a bloc year stands, and the only move it may make from there: drafted (members, rotation and
 * covenant still open), the covenant out for signature, scoring, the result published. Each move is one
 * way: a signed covenant is not re-opened, a published result is final.
 */
enum BlocPhase {
    DRAFT, COVENANT_SIGNING, SCORING, RESULT_PUBLISHED;

    Set<BlocPhase> allowedMoves() {
        return Collections.unmodifiableSet(switch (this) {
            case DRAFT -> EnumSet.of(COVENANT_SIGNING);
            case COVENANT_SIGNING -> EnumSet.of(SCORING);
            case SCORING -> EnumSet.of(RESULT_PUBLISHED);
            case RESULT_PUBLISHED -> EnumSet.noneOf(BlocPhase.class);
        });
    }

    boolean canMoveTo(BlocPhase to) {
        return allowedMoves().contains(to);
    }
}
