package vn.tdkt.events.registration;

import vn.tdkt.events.DomainEvent;

/**
 * Events of registrations (đăng ký thi đua, campaign-service), on {@code tdkt.campaign.events} next to
 * the campaign's own. {@code aggregateId} is the registration's id, {@code <campaignId>:<unitCode>}: one
 * registration per unit and campaign, replaced as a whole when the unit registers again, so the
 * newest event is the registration (the topic is compacted). They carry people's names: personal data.
 */
public sealed interface RegistrationEvent extends DomainEvent permits CampaignRegistrationSubmitted {

    String campaignId();

    String unitCode();
}
