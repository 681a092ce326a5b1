package vn.tdkt.campaign.unit;

/**
 * Whether a unit is in use. {@code INACTIVE} and {@code MERGED} units are kept for their history (campaigns,
 * nominations and audit records name them) and can no longer be changed.
 */
enum UnitStatus {
    ACTIVE, INACTIVE, MERGED
}
