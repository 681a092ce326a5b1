package vn.tdkt.campaign.campaign;

import java.util.Optional;

/** What other features (registrations) may ask of campaigns. */
public interface CampaignLookup {

    /** The campaign with this id, if there is one (an id that is not a UUID names none). */
    Optional<CampaignFacts> facts(String campaignId);
}
