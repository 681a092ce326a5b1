package vn.tdkt.nomination.decision;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.support.problem.RuleViolationException;

/**
 * What a decision (quyết định khen thưởng) needs from the nomination dossiers, and the only way it marks
 * them decided. The dossiers implement it; a decision never reads or writes a dossier otherwise.
 */
public interface DecisionSubjects {

    /**
     * The dossiers a decision of {@code grantorUnitCode} may confer: each must be APPROVED by that unit's
     * council and within that unit's authority for its award. In request order.
     *
     * @throws RuleViolationException naming every id that may not be decided, and why; then nothing is decided
     */
    List<Subject> approvedFor(String grantorUnitCode, List<String> nominationIds);

    /**
     * Marks the dossiers DECIDED by the decision. Idempotent per decision and dossier, so a decision whose
     * marking was interrupted is simply marked again.
     */
    void markDecided(String decisionId, String decisionNumber, LocalDate decisionDate, List<String> nominationIds);

    /** A dossier as a decision confers it: who receives which award for which year. */
    record Subject(String nominationId, String recipientKind, String nomineeId, String nomineeName,
                   String nomineeUnitCode, String nominatingUnitCode, String awardCode, String awardName,
                   int year) {
    }
}
