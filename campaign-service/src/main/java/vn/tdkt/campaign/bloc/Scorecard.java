package vn.tdkt.campaign.bloc;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.campaign.unit.UnitCode;

/**
 * One member's scoring of one member on every criterion of the covenant. Submitting again for the same
 * pair replaces it until scoring closes; {@code revision} counts the submissions.
 */
record Scorecard(UnitCode scorer, UnitCode subject, ScorecardKind kind, List<Score> scores, Instant submittedAt,
                 int revision) {

    Scorecard {
        scores = List.copyOf(scores);
    }

    long total() {
        return scores.stream().mapToLong(Score::points).sum();
    }

    Map<String, Long> byCriterion() {
        Map<String, Long> points = new LinkedHashMap<>();
        scores.forEach(score -> points.put(score.criterion(), score.points()));
        return points;
    }
}
