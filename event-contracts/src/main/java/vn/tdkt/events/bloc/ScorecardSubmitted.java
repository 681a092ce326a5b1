package vn.tdkt.events.bloc;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.tdkt.events.ValuesOf;

/**
 * {@code tdkt.bloc.scorecard-submitted.v1}: a member scored a member (itself, or another as the bloc's
 * leader or as a peer) on every criterion of the covenant. A resubmission replaces the scorecard of the
 * same scorer and subject; {@code revision} counts them from 1.
 */
public record ScorecardSubmitted(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                                 String name, int year, String organiserUnitCode, List<String> memberUnitCodes,
                                 String scorerUnitCode, String subjectUnitCode,
                                 @ValuesOf(ScorecardKind.class) String kind, List<CriterionScore> scores,
                                 BigDecimal total, int revision) implements BlocEvent {

    public ScorecardSubmitted {
        memberUnitCodes = memberUnitCodes == null ? List.of() : List.copyOf(memberUnitCodes);
        scores = scores == null ? List.of() : List.copyOf(scores);
    }
}
