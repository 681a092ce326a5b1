package vn.tdkt.nomination.honours;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.support.problem.FieldError;

/**
 * How a decision writes the honours it confers into the history (source DECISION): checked before the
 * decision is issued, then recorded once per decision, however often a decision's completion is retried.
 */
public interface DecisionHonours {

    /**
     * What the history says against these honours (the recipient already has the award for that year, or is
     * recorded as another kind); {@code fields.get(i)} prefixes the field named for honour i. Empty: all clear.
     */
    List<FieldError> conflicts(List<Conferral> honours, List<String> fields);

    /**
     * Records the decision's honours as one batch whose id is the decision's (a UUID). Idempotent: a batch
     * already recorded for the decision is left as it is, and a line the history already has is not repeated.
     */
    void record(String decisionId, List<Conferral> honours);

    /** One honour as the history keeps it. */
    record Conferral(String recipientId, RecipientKind recipientKind, String recipientName, String unitCode, int year,
                     String awardCode, String awardName, String decisionNumber, LocalDate decisionDate) {
    }
}
