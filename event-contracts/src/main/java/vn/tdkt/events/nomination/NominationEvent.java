package vn.tdkt.events.nomination;

import vn.tdkt.events.DomainEvent;

/**
 * Events of nomination-service (topic {@code tdkt.nomination.events}): rule packs, honours history,
 * initiatives, councils and their voting sessions. {@code aggregateId} is the rule pack id, the recipient's id,
 * the initiative id, the council's unit code or the session id.
 */
public sealed interface NominationEvent extends DomainEvent
        permits RulePackLoaded, RulePackChanged, HonourRecorded, InitiativeRecognised, InitiativeUsed,
        CouncilUpdated, CouncilSessionOpened, CouncilSessionClosed {
}
