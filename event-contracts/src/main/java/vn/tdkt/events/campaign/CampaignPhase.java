package vn.tdkt.events.campaign;

/**
 * The values of {@code phase}, {@code from} and {@code to} in campaign events: dự thảo (draft),
 * phát động (launched), sơ kết (mid-term review), tổng kết (final review), closed, cancelled. Which
 * moves are legal is campaign-service's business (its {@code Phase}, which must list the same names).
 */
public enum CampaignPhase {
    DRAFT, LAUNCHED, MIDTERM_REVIEW, FINAL_REVIEW, CLOSED, CANCELLED
}
