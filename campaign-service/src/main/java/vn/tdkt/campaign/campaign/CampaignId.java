package vn.tdkt.campaign.campaign;

import java.util.UUID;

/** A campaign's identity: a UUID in its canonical string form, also the key of its events. */
record CampaignId(String value) {

    CampaignId {
        value = UUID.fromString(value).toString();
    }

    static CampaignId newId() {
        return new CampaignId(UUID.randomUUID().toString());
    }

    /** {@code null} when {@code value} is not a UUID, so that callers answer "no such campaign". */
    static CampaignId orNull(String value) {
        try {
            return value == null ? null : new CampaignId(value);
        } catch (IllegalArgumentException notUuid) {
            return null;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
