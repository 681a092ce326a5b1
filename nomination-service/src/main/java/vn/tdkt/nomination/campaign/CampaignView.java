package vn.tdkt.nomination.campaign;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** What this service needs to know of a campaign: the newest state seen on {@code tdkt.campaign.events}. */
@Document(CampaignProjection.COLLECTION)
record CampaignView(@Id String id, String title, String organiserUnitCode, String phase, long version,
                    Instant updatedAt) {
}
