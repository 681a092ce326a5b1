package vn.tdkt.campaign.campaign;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a campaign stands, and the only moves it may make from there: phát động (launch), sơ kết
 * (mid-term review, after which the campaign runs on), tổng kết (final review), then closed; it can
 * be cancelled until it has been reviewed.
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
}
