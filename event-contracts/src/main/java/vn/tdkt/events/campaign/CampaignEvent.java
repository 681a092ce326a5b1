package vn.tdkt.events.campaign;

import java.util.List;
import vn.tdkt.events.DomainEvent;

/** Events of campaigns (campaign-service). {@code aggregateId} is the campaign id. */
public sealed interface CampaignEvent extends DomainEvent permits CampaignCreated, CampaignPhaseChanged {

    String title();

    String organiserUnitCode();

    /** The distribution list (nơi nhận): units to be notified of the campaign. */
    List<String> recipientUnitCodes();
}
