package vn.tdkt.events.nomination;

import vn.tdkt.events.DomainEvent;

/**
 * Events of nomination-service (topic {@code tdkt.nomination.events}): rule packs, honours history,
 * initiatives, nomination dossiers, councils and their voting sessions, decisions and the exemplar register
 * (#13). {@code aggregateId} is the rule pack id, the recipient's id, the initiative id, the nomination id, the
 * council's unit code, the session id, the decision id, or {@code <unitCode>:<yyyy-MM>} for the exemplar register.
 */
public sealed interface NominationEvent extends DomainEvent
        permits RulePackLoaded, RulePackChanged, HonourRecorded, InitiativeRecognised, InitiativeUsed,
        NominationSubmitted, NominationAppraised, NominationReturned, NominationVoted, NominationDecided,
        NominationForwarded,
        CouncilUpdated, CouncilSessionOpened, CouncilSessionClosed,
        HonourConferred, ExemplarsRegistered, ExemplarRegistrationDue, ExemplarRegistrationMissed {
}
