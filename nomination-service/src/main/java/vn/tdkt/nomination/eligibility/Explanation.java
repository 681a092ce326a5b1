package vn.tdkt.nomination.eligibility;

import java.util.List;
import vn.tdkt.nomination.award.Award;
import vn.tdkt.nomination.rulepack.RulePack;

/** The answer to one eligibility question: the verdict and every criterion that led to it. */
record Explanation(Award award, Verdict verdict, RulePack rulePack, List<CriterionResult> criteria) {

    Explanation {
        criteria = List.copyOf(criteria);
    }
}
