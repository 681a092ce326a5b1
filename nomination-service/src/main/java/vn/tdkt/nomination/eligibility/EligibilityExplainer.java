package vn.tdkt.nomination.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * The eligibility explainer as other features use it (the dossiers' appraisal): the facts a dossier states,
 * the nominee's recorded honours and initiatives added by {@code nomineeId}, the pack the decision date
 * selects. The same evaluation as {@code POST /api/v1/eligibility-checks}; stores nothing.
 */
public interface EligibilityExplainer {

    /** @throws vn.tdkt.support.problem.RuleViolationException for an unknown award or a date no pack covers */
    Answer explain(Question question);

    /**
     * What a dossier states. {@code kind} INDIVIDUAL or COLLECTIVE; a year's {@code taskRating} HTXSNV, HTTNV,
     * HTNV or KHTNV; {@code earlierHonours} are read as complete for the years given, so a title not listed for
     * such a year was not received; {@code initiativeIds} back the dossier's year; {@code disciplineStatus}
     * NONE, UNDER_CONSIDERATION, IN_FORCE or SERVED, absent when the dossier does not say. Anything else absent
     * stays unknown.
     */
    record Question(String awardCode, LocalDate decisionDate, String nomineeId, String kind, String category,
                    int year, List<YearFact> years, List<HonourFact> earlierHonours, List<String> initiativeIds,
                    String disciplineStatus, String collectiveRating, Integer members,
                    Integer membersAdvancedWorkers) {
    }

    record YearFact(int year, String taskRating) {
    }

    record HonourFact(String awardCode, int year) {
    }

    /** The verdict ({@code ELIGIBLE}, {@code NOT_ELIGIBLE}, {@code UNKNOWN}) and every criterion behind it. */
    record Answer(String rulePackId, String verdict, List<CriterionAnswer> criteria) {

        public Answer {
            criteria = List.copyOf(criteria);
        }
    }

    /** {@code status} MET, NOT_MET or UNKNOWN, with its reason and the article it rests on. */
    record CriterionAnswer(String code, String status, String reason, String citation) {
    }
}
