package vn.tdkt.nomination.council;

import java.util.List;
import vn.tdkt.support.problem.RuleViolationException;

/**
 * What a council's voting session needs from the nomination dossiers, and the only way its results reach
 * them. The dossiers implement it; the council never reads or writes a dossier otherwise. Results carry
 * tallies and outcomes only: who voted how exists nowhere, so it cannot cross this boundary either.
 */
public interface VotingAgenda {

    /**
     * The dossiers that may be put to the vote of the council of {@code councilUnitCode}: each must be
     * APPRAISED and addressed to that unit's level. In request order.
     *
     * @throws RuleViolationException naming every id that may not be put to the vote, and why; then nothing
     *                                is opened
     */
    List<AgendaItem> itemsFor(String councilUnitCode, List<String> nominationIds);

    /**
     * Applies the results of a closed session to the dossiers (APPROVED or NOT_APPROVED, with the tally and
     * the rule applied). Idempotent per session and nomination: applying the same results again changes
     * nothing, so a session whose application was interrupted is simply applied again.
     */
    void applyResults(String sessionId, List<VoteResult> results);

    /** One line of a session's agenda: what the ballot paper shows about a dossier. */
    record AgendaItem(String nominationId, String nomineeName, String nomineeUnitCode, String awardCode,
                      String awardName, int year, String rulePackId) {
    }

    /**
     * A session's result for one dossier. {@code membership} is the council's total membership, the
     * denominator; {@code ruleApplied} says which threshold decided (the pack's, with its article, or the
     * secretary's recorded rule where the pack's is UNKNOWN).
     */
    record VoteResult(String nominationId, int membership, int participants, int approvals, int rejections,
                      int blanks, boolean approved, String ruleApplied) {
    }
}
