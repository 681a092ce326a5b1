package vn.tdkt.events.nomination;

import java.math.BigDecimal;

/**
 * A session's result for one dossier: tallies and outcome only. No ballot and no voter is named, so no event
 * links a member to a choice.
 *
 * @param participants how many members cast a ballot on it
 * @param threshold    the share of {@code denominator} the approvals had to reach
 * @param denominator  {@code TOTAL_MEMBERS} (the council's whole membership) or {@code PRESENT}
 * @param ruleApplied  the pack's rule with its article, or the rule the secretary recorded where the pack's is
 *                     unknown
 */
public record CouncilVoteResult(String nominationId, String nomineeName, String nomineeUnitCode, String awardCode,
                                String awardName, int year, int membership, int participants, int approvals,
                                int rejections, int blanks, BigDecimal threshold, String denominator,
                                boolean approved, String ruleApplied, boolean recordedBySecretary) {
}
