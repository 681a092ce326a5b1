package vn.tdkt.nomination.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tdkt.nomination.eligibility.EligibilityExplainer;

/**
 * The appraisal rule (thẩm định), a pure calculation: a dossier passes when it is complete and the explainer
 * finds no criterion NOT_MET, and every criterion it leaves UNKNOWN carries the appraiser's note saying why it
 * is met (the explainer never guesses, so a person must). Otherwise the reasons to return it are proposed: the
 * gaps, every failing criterion's reason, every unnoted UNKNOWN.
 */
final class Appraisals {

    private Appraisals() {
    }

    static Nomination.Appraisal of(EligibilityExplainer.Answer answer, List<String> gaps, Map<String, String> notes,
                                   String appraiser, Instant at) {
        Map<String, String> given = notes == null ? Map.of() : notes;
        List<Nomination.AppraisedCriterion> criteria = new ArrayList<>();
        List<String> reasons = new ArrayList<>(gaps);
        for (EligibilityExplainer.CriterionAnswer c : answer.criteria()) {
            String note = given.get(c.code());
            boolean noted = note != null && !note.isBlank();
            criteria.add(new Nomination.AppraisedCriterion(c.code(), c.status(), c.reason(), c.citation(),
                    noted && "UNKNOWN".equals(c.status()) ? note.strip() : null));
            if ("NOT_MET".equals(c.status())) {
                reasons.add("Không đạt " + c.code() + ": " + c.reason() + " (" + c.citation() + ")");
            } else if ("UNKNOWN".equals(c.status()) && !noted) {
                reasons.add("Chưa xác định " + c.code() + ": " + c.reason() + " (" + c.citation() + ")");
            }
        }
        return new Nomination.Appraisal(answer.rulePackId(), answer.verdict(), criteria, gaps, reasons.isEmpty(),
                reasons, appraiser, at);
    }
}
