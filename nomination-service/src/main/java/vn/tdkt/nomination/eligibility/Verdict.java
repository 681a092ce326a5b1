package vn.tdkt.nomination.eligibility;

import java.util.List;

/** The answer for the whole award: one NOT_MET decides; otherwise any UNKNOWN leaves it open. */
enum Verdict {
    ELIGIBLE, NOT_ELIGIBLE, UNKNOWN;

    static Verdict of(List<CriterionResult> criteria) {
        if (criteria.stream().anyMatch(c -> c.status() == Status.NOT_MET)) {
            return NOT_ELIGIBLE;
        }
        if (criteria.stream().anyMatch(c -> c.status() == Status.UNKNOWN)) {
            return UNKNOWN;
        }
        return ELIGIBLE;
    }
}
