package vn.tdkt.nomination.eligibility;

/**
 * A criterion of a pack, compiled: its code, the rule that evaluates it and the article it rests on. One
 * the pack marks {@code unconfirmed} answers UNKNOWN with that reason, whatever the facts: the system does
 * not invent a value the law as read leaves open.
 */
record Criterion(String code, Rule rule, String citation, String unconfirmed) {

    CriterionResult evaluate(Case c) {
        if (unconfirmed != null) {
            return new CriterionResult(code, Status.UNKNOWN, "not settled by the law as read: " + unconfirmed, citation);
        }
        Finding finding = rule.evaluate(c);
        return new CriterionResult(code, finding.status(), finding.reason(), citation);
    }
}
