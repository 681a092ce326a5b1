package vn.tdkt.events.nomination;

import vn.tdkt.events.DomainEvent;

/**
 * Events of nomination-service (topic {@code tdkt.nomination.events}): rule packs, honours history,
 * initiatives and (#13) nomination dossiers. {@code aggregateId} is the rule pack id, the recipient's id, the
 * initiative id or the nomination id.
 */
public sealed interface NominationEvent extends DomainEvent
        permits RulePackLoaded, RulePackChanged, HonourRecorded, InitiativeRecognised, InitiativeUsed,
        NominationSubmitted, NominationAppraised, NominationReturned, NominationVoted, NominationDecided,
        NominationForwarded {
}
