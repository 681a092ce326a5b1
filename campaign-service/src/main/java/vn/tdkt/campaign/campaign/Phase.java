package vn.tdkt.campaign.campaign;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a campaign stands, and the only moves it may make from there: phát động (launch), sơ kết
 * (mid-term review, after which the campaign runs on), tổng kết (final review), then closed; it can
 * be cancelled until it has been reviewed. The phase also says what may still change: the whole plan
 * only in draft, additions (milestones, tasks) until the final review, registrations while launched.
 */
enum Phase {
    DRAFT, LAUNCHED, MIDTERM_REVIEW, FINAL_REVIEW, CLOSED, CANCELLED;

    Set<Phase> allowedMoves() {
        return Collections.unmodifiableSet(switch (this) {
            case DRAFT -> EnumSet.of(LAUNCHED, CANCELLED);
            case LAUNCHED -> EnumSet.of(MIDTERM_REVIEW, FINAL_REVIEW, CANCELLED);
            case MIDTERM_REVIEW -> EnumSet.of(LAUNCHED, FINAL_REVIEW);
            case FINAL_REVIEW -> EnumSet.of(CLOSED);
            case CLOSED, CANCELLED -> EnumSet.noneOf(Phase.class);
        });
    }

    boolean canMoveTo(Phase to) {
        return allowedMoves().contains(to);
    }

    /** The whole plan may be replaced only before anyone has been asked to act on it. */
    boolean acceptsRevisions() {
        return this == DRAFT;
    }

    /** Milestones and tasks may be added while the campaign runs, not once it is being wound up. */
    boolean acceptsAdditions() {
        return this == DRAFT || this == LAUNCHED || this == MIDTERM_REVIEW;
    }

    /** Units register what they aim for while the campaign runs (its deadline permitting). */
    boolean acceptsRegistrations() {
        return this == LAUNCHED;
    }

    /** Has the organiser acted on it: launched and not called off. */
    boolean isUnderway() {
        return this == LAUNCHED || this == MIDTERM_REVIEW || this == FINAL_REVIEW || this == CLOSED;
    }
}
