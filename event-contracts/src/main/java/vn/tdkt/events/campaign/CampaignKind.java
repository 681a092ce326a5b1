package vn.tdkt.events.campaign;

/**
 * The values of {@code kind} in campaign events: thường xuyên (regular), theo đợt (periodic),
 * chuyên đề (thematic). campaign-service's own {@code CampaignKind} must list the same names.
 */
public enum CampaignKind {
    REGULAR, PERIODIC, THEMATIC
}
