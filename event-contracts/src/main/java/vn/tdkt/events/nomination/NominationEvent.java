package vn.tdkt.events.nomination;

import vn.tdkt.events.DomainEvent;

/**
 * Events of nomination-service (topic {@code tdkt.nomination.events}): rule packs, honours history,
 * initiatives, decisions and the exemplar register. {@code aggregateId} is the rule pack id, the recipient's id, the initiative id, the decision id, or
 * {@code <unitCode>:<yyyy-MM>} for the exemplar register.
 */
public sealed interface NominationEvent extends DomainEvent
        permits RulePackLoaded, RulePackChanged, HonourRecorded, InitiativeRecognised, InitiativeUsed,
        HonourConferred, ExemplarsRegistered, ExemplarRegistrationDue, ExemplarRegistrationMissed {
}
