package vn.tdkt.events.bloc;

import java.util.List;
import vn.tdkt.events.DomainEvent;

/**
 * Events of emulation blocs (khối / cụm thi đua; campaign-service). {@code aggregateId} is the bloc's
 * id. Every event names the bloc and its members, so that the newest event of a bloc, all that the
 * compacted topic keeps for good, still says whose bloc it is.
 */
public sealed interface BlocEvent extends DomainEvent
        permits BlocCreated, BlocUpdated, BlocPhaseChanged, CovenantSigned, ScorecardSubmitted, BlocResultPublished {

    String name();

    int year();

    String organiserUnitCode();

    List<String> memberUnitCodes();
}
