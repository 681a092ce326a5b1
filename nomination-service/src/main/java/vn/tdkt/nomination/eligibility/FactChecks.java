package vn.tdkt.nomination.eligibility;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tdkt.support.problem.FieldError;

/**
 * What makes facts malformed (400: a list with a hole, a year out of range, a period that is not one) or
 * contradictory (422: more members advanced than members, more yes votes than members). A fact that is
 * simply absent is neither: the rule that needs it answers UNKNOWN.
 */
final class FactChecks {

    static final int FIRST_YEAR = 1945;
    static final int LAST_YEAR = 2100;

    private FactChecks() {
    }

    static List<FieldError> malformed(Facts.Nominee n, String at) {
        List<FieldError> errors = new ArrayList<>();
        if (n == null) {
            return errors;
        }
        if (n.years() != null) {
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < n.years().size(); i++) {
                Facts.YearRecord y = n.years().get(i);
                String p = at + ".years[" + i + "]";
                if (y == null) {
                    errors.add(new FieldError(p, "must not be null"));
                    continue;
                }
                if (y.year() == null) {
                    errors.add(new FieldError(p + ".year", "must not be null"));
                } else {
                    year(errors, p + ".year", y.year());
                    if (!seen.add(y.year())) {
                        errors.add(new FieldError(p + ".year", y.year() + " appears twice in years"));
                    }
                }
                texts(errors, p + ".titles", y.titles());
                texts(errors, p + ".initiatives", y.initiatives());
                texts(errors, p + ".researchTopics", y.researchTopics());
                if (y.maternityLeaveMonths() != null && (y.maternityLeaveMonths() < 0 || y.maternityLeaveMonths() > 12)) {
                    errors.add(new FieldError(p + ".maternityLeaveMonths", "must be between 0 and 12"));
                }
            }
        }
        if (n.initiatives() != null) {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < n.initiatives().size(); i++) {
                Facts.InitiativeFact f = n.initiatives().get(i);
                String p = at + ".initiatives[" + i + "]";
                if (f == null) {
                    errors.add(new FieldError(p, "must not be null"));
                } else if (f.id() == null || f.id().isBlank()) {
                    errors.add(new FieldError(p + ".id", "must not be blank"));
                } else if (!ids.add(f.id())) {
                    errors.add(new FieldError(p + ".id", "'" + f.id() + "' appears twice"));
                }
            }
        }
        if (n.awards() != null) {
            for (int i = 0; i < n.awards().size(); i++) {
                Facts.AwardFact a = n.awards().get(i);
                String p = at + ".awards[" + i + "]";
                if (a == null) {
                    errors.add(new FieldError(p, "must not be null"));
                    continue;
                }
                if (a.form() == null || a.form().isBlank()) {
                    errors.add(new FieldError(p + ".form", "must not be blank"));
                }
                if (a.achievementYear() == null) {
                    errors.add(new FieldError(p + ".achievementYear", "must not be null"));
                } else {
                    year(errors, p + ".achievementYear", a.achievementYear());
                }
            }
        }
        if (n.discipline() != null && n.discipline().status() == null) {
            errors.add(new FieldError(at + ".discipline.status",
                    "must be one of NONE, UNDER_CONSIDERATION, IN_FORCE, SERVED"));
        }
        if (n.priorProvincialFighter() != null) {
            for (int i = 0; i < n.priorProvincialFighter().size(); i++) {
                Facts.PriorFighter f = n.priorProvincialFighter().get(i);
                String p = at + ".priorProvincialFighter[" + i + "]";
                if (f == null) {
                    errors.add(new FieldError(p, "must not be null"));
                    continue;
                }
                if (f.decisionYear() != null) {
                    year(errors, p + ".decisionYear", f.decisionYear());
                }
                if (f.achievementPeriod() != null && Periods.parse(f.achievementPeriod()) == null) {
                    errors.add(new FieldError(p + ".achievementPeriod", "must be a year or a period such as 2019-2021"));
                }
            }
        }
        if (n.proposalBasisYears() != null) {
            for (int i = 0; i < n.proposalBasisYears().size(); i++) {
                Integer y = n.proposalBasisYears().get(i);
                if (y == null) {
                    errors.add(new FieldError(at + ".proposalBasisYears[" + i + "]", "must not be null"));
                } else {
                    year(errors, at + ".proposalBasisYears[" + i + "]", y);
                }
            }
        }
        if (n.provincialFighterAwards() != null) {
            for (int i = 0; i < n.provincialFighterAwards().size(); i++) {
                Facts.YearRef r = n.provincialFighterAwards().get(i);
                String p = at + ".provincialFighterAwards[" + i + "]";
                if (r == null || r.year() == null) {
                    errors.add(new FieldError(p + ".year", "must not be null"));
                } else {
                    year(errors, p + ".year", r.year());
                }
            }
        }
        if (n.year() != null) {
            year(errors, at + ".year", n.year());
        }
        texts(errors, at + ".disciplineForms", n.disciplineForms());
        for (var count : List.of(new Object[] {"members", n.members()}, new Object[] {"membersCompletedTasks",
                n.membersCompletedTasks()}, new Object[] {"membersAdvancedWorkers", n.membersAdvancedWorkers()},
                new Object[] {"membersBaseFighters", n.membersBaseFighters()}, new Object[] {"membersDisciplined",
                n.membersDisciplined()})) {
            if (count[1] instanceof Integer value && value < 0) {
                errors.add(new FieldError(at + "." + count[0], "must not be negative"));
            }
        }
        if (n.leadsPrimeMinisterMovement() != null && n.leadsPrimeMinisterMovement().movementDurationYears() != null
                && n.leadsPrimeMinisterMovement().movementDurationYears() < 0) {
            errors.add(new FieldError(at + ".leadsPrimeMinisterMovement.movementDurationYears", "must not be negative"));
        }
        return errors;
    }

    static List<FieldError> malformed(Facts.CouncilVote v) {
        List<FieldError> errors = new ArrayList<>();
        if (v == null) {
            return errors;
        }
        for (var count : List.of(new Object[] {"membersTotal", v.membersTotal()}, new Object[] {"present", v.present()},
                new Object[] {"yes", v.yes()}, new Object[] {"absentWrittenYes", v.absentWrittenYes()})) {
            if (count[1] instanceof Integer value && value < 0) {
                errors.add(new FieldError("councilVote." + count[0], "must not be negative"));
            }
        }
        return errors;
    }

    /** Counts that cannot all be true together. */
    static List<FieldError> contradictory(Facts.Nominee n, Facts.CouncilVote v) {
        List<FieldError> errors = new ArrayList<>();
        if (n != null && n.members() != null) {
            for (var part : List.of(new Object[] {"membersCompletedTasks", n.membersCompletedTasks()},
                    new Object[] {"membersAdvancedWorkers", n.membersAdvancedWorkers()},
                    new Object[] {"membersBaseFighters", n.membersBaseFighters()},
                    new Object[] {"membersDisciplined", n.membersDisciplined()})) {
                if (part[1] instanceof Integer value && value > n.members()) {
                    errors.add(new FieldError("nominee." + part[0], value + " is more than the " + n.members()
                            + " members"));
                }
            }
        }
        if (v != null) {
            if (v.present() != null && v.membersTotal() != null && v.present() > v.membersTotal()) {
                errors.add(new FieldError("councilVote.present", "more present than the council has members"));
            }
            if (v.yes() != null && v.present() != null && v.yes() > v.present()) {
                errors.add(new FieldError("councilVote.yes", "more yes votes than members present"));
            }
            if (v.absentWrittenYes() != null && v.present() != null && v.membersTotal() != null
                    && v.absentWrittenYes() > v.membersTotal() - v.present()) {
                errors.add(new FieldError("councilVote.absentWrittenYes", "more written votes than absent members"));
            }
        }
        return errors;
    }

    private static void year(List<FieldError> errors, String field, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            errors.add(new FieldError(field, "must be a year between " + FIRST_YEAR + " and " + LAST_YEAR));
        }
    }

    private static void texts(List<FieldError> errors, String field, List<String> texts) {
        if (texts == null) {
            return;
        }
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null || texts.get(i).isBlank()) {
                errors.add(new FieldError(field + "[" + i + "]", "must not be blank"));
            }
        }
    }
}
