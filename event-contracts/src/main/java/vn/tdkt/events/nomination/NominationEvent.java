package vn.tdkt.events.nomination;

import vn.tdkt.events.DomainEvent;

/**
 * Events of nomination-service (topic {@code tdkt.nomination.events}): rule packs, honours history,
 * initiatives, nomination dossiers (#13), councils and their voting sessions. {@code aggregateId} is the rule
 * pack id, the recipient's id, the initiative id, the nomination id, the council's unit code or the session id.
 */
public sealed interface NominationEvent extends DomainEvent
        permits RulePackLoaded, RulePackChanged, HonourRecorded, InitiativeRecognised, InitiativeUsed,
        NominationSubmitted, NominationAppraised, NominationReturned, NominationVoted, NominationDecided,
        NominationForwarded,
        CouncilUpdated, CouncilSessionOpened, CouncilSessionClosed {
}
