package vn.tdkt.support.campaigndirectory;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What a consuming service needs to know of a campaign: the newest state seen on
 * {@code tdkt.campaign.events}. Stored in the consuming service's own database ({@code campaigns});
 * never written by anything but {@link CampaignDirectory#apply}.
 *
 * @param parentCampaignId the higher campaign this one implements, if any (the cascade of campaigns)
 * @param version the {@code aggregateVersion} of the event this state came from
 */
@Document(CampaignDirectory.COLLECTION)
public record DirectoryCampaign(@Id String id, String title, String organiserUnitCode, String parentCampaignId,
                                String phase, long version,
                                Instant updatedAt) {
}
