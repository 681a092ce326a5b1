package vn.tdkt.events.nomination;

import vn.tdkt.events.DomainEvent;

/**
 * Events of nomination-service (topic {@code tdkt.nomination.events}): rule packs, honours history,
 * initiatives, decisions and the exemplar register. {@code aggregateId} is the rule pack id, the recipient's id or the initiative id.
 */
public sealed interface NominationEvent extends DomainEvent
        permits RulePackLoaded, RulePackChanged, HonourRecorded, InitiativeRecognised, InitiativeUsed,
        HonourConferred, ExemplarsRegistered, ExemplarRegistrationDue, ExemplarRegistrationMissed {
}
