package vn.tdkt.events.campaign;

/**
 * An award a campaign offers (hình thức khen thưởng), e.g. "Bằng khen" granted by "Chủ tịch UBND tỉnh";
 * {@code grantedBy} may be null when the plan only cites the regulation.
 */
public record AwardForm(String name, String grantedBy) {
}
