package vn.tdkt.events.campaign;

import java.util.List;
import vn.tdkt.events.DomainEvent;

/**
 * Events of campaigns (campaign-service). {@code aggregateId} is the campaign id. Every one carries
 * the campaign's whole state, because {@code tdkt.campaign.events} is compacted: the newest event of a
 * campaign must be enough to rebuild it.
 */
public sealed interface CampaignEvent extends DomainEvent
        permits CampaignCreated, CampaignPhaseChanged, CampaignUpdated, CampaignMilestoneAdded,
        CampaignResponsibilityAdded {

    String title();

    String organiserUnitCode();

    /** The distribution list (nơi nhận): units to be notified of the campaign. */
    List<String> recipientUnitCodes();

    /** The higher campaign this one implements, if any. */
    String parentCampaignId();

    /** The phase the campaign is in after this event (a {@link CampaignPhase} name). */
    String currentPhase();

    /** A missing list reads as empty, so that consumers never meet null lists. */
    static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
