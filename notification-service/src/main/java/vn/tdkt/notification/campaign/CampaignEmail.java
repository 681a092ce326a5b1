package vn.tdkt.notification.campaign;

/** A composed email: one subject line and one plain-text body, the same for every recipient of it. */
record CampaignEmail(String subject, String body) {
}
