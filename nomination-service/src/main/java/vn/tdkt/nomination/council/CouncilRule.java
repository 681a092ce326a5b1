package vn.tdkt.nomination.council;

import java.math.BigDecimal;

/**
 * The rule that decides a dossier's vote: approvals must reach {@code threshold} of the denominator (the whole
 * council, or those who took part), or the pack does not know it. A value, so the counting is a plain function.
 */
sealed interface CouncilRule {

    enum Denominator { TOTAL_MEMBERS, PRESENT }

    /** A rule that decides: from the pack (with its article) or recorded by the secretary. */
    record Known(BigDecimal threshold, Denominator denominator, String description, boolean recordedBySecretary)
            implements CouncilRule {

        /**
         * Approved when approvals ≥ threshold × base, counted exactly (0.9 × 5 = 4.5, so 4 of 5 is not enough).
         * Nobody to count on (no member took part, with denominator PRESENT) approves nothing.
         */
        boolean approves(int approvals, int membership, int participants) {
            int base = denominator == Denominator.TOTAL_MEMBERS ? membership : participants;
            if (base <= 0) {
                return false;
            }
            return BigDecimal.valueOf(approvals).compareTo(threshold.multiply(BigDecimal.valueOf(base))) >= 0;
        }
    }

    /** The pack leaves the threshold open (or says nothing of a council vote for the award): why. */
    record Unknown(String reason) implements CouncilRule {
    }
}
