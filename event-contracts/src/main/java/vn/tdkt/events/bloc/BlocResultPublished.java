package vn.tdkt.events.bloc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code tdkt.bloc.result-published.v1}: scoring closed and the bloc's ranking is final. Carries the
 * whole ranking (with how ties were broken) and the units proposed for the bloc's flag (Cờ thi đua) and
 * for a commendation (Bằng khen), for nomination-service to turn into proposals. The last event of a
 * bloc year, so the compacted topic keeps it for good.
 */
public record BlocResultPublished(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                                  String name, int year, String organiserUnitCode, List<String> memberUnitCodes,
                                  String leaderUnitCode, String deputyUnitCode, int selfWeight, int leaderWeight,
                                  int peerWeight, List<BlocRankingEntry> ranking, List<BlocProposal> proposals)
        implements BlocEvent {

    public BlocResultPublished {
        memberUnitCodes = memberUnitCodes == null ? List.of() : List.copyOf(memberUnitCodes);
        ranking = ranking == null ? List.of() : List.copyOf(ranking);
        proposals = proposals == null ? List.of() : List.copyOf(proposals);
    }
}
