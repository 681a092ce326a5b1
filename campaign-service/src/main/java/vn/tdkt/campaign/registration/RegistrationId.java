package vn.tdkt.campaign.registration;

/**
 * A registration's identity: one per campaign and unit, {@code <campaignId>:<unitCode>}; also the key of
 * its events, so that a unit's newer registration replaces its older one on the compacted topic.
 */
record RegistrationId(String campaignId, String unitCode) {

    String value() {
        return campaignId + ":" + unitCode;
    }

    @Override
    public String toString() {
        return value();
    }
}
