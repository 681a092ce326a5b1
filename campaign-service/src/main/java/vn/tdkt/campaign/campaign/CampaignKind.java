package vn.tdkt.campaign.campaign;

/** Thường xuyên / theo đợt / chuyên đề: a standing campaign, one for a period, one on a theme. */
enum CampaignKind {
    REGULAR, PERIODIC, THEMATIC
}
