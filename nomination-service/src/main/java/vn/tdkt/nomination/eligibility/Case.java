package vn.tdkt.nomination.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import vn.tdkt.nomination.award.Award;
import vn.tdkt.nomination.award.AwardCatalogue;
import vn.tdkt.nomination.eligibility.Facts.InitiativeFact;
import vn.tdkt.nomination.eligibility.Facts.Nominee;
import vn.tdkt.nomination.eligibility.Facts.YearRecord;

/**
 * One question put to the rules: this award, a decision on this date, these facts (and a council tally).
 * Answers the questions several rules share: did the nominee receive a title for a year (yes, no, or not
 * known), which year is being assessed, what an initiative id stands for.
 */
record Case(Award award, LocalDate decisionDate, Nominee nominee, Facts.CouncilVote vote) {

    Case {
        Objects.requireNonNull(award, "award");
        Objects.requireNonNull(decisionDate, "decisionDate");
        nominee = nominee == null ? Nominee.empty() : nominee;
    }

    /** The year whose achievements are assessed: a collective's {@code year}, a person's latest recorded year. */
    Integer assessedYear() {
        if (nominee.kind() == Facts.Kind.COLLECTIVE) {
            return nominee.year();
        }
        if (nominee.years() == null) {
            return null;
        }
        return nominee.years().stream().map(YearRecord::year).filter(Objects::nonNull)
                .max(Integer::compare).orElse(null);
    }

    Optional<YearRecord> yearRecord(int year) {
        return nominee.years() == null ? Optional.empty()
                : nominee.years().stream().filter(y -> y.year() != null && y.year() == year).findFirst();
    }

    /**
     * Did the nominee receive {@code awardCode} for {@code year}? Yes if a title of that year or an award
     * with that achievement year names it; no only if both that year's titles and the awards are stated and
     * neither names it (for a collective: if the awards are stated); else unknown (a fact not given is never
     * read as "no").
     */
    Status received(String awardCode, int year) {
        if (nominee.awards() != null && nominee.awards().stream().anyMatch(a -> a != null
                && a.achievementYear() != null && a.achievementYear() == year && is(a.form(), awardCode))) {
            return Status.MET;
        }
        if (nominee.kind() == Facts.Kind.COLLECTIVE) {
            // A collective's record is its awards (its year and rating describe the year assessed).
            return nominee.awards() == null ? Status.UNKNOWN : Status.NOT_MET;
        }
        Optional<YearRecord> record = yearRecord(year);
        if (record.isPresent() && record.get().titles() != null) {
            if (record.get().titles().stream().anyMatch(t -> is(t, awardCode))) {
                return Status.MET;
            }
            return nominee.awards() == null ? Status.UNKNOWN : Status.NOT_MET;
        }
        return Status.UNKNOWN;
    }

    /** Every year the facts mention (years recorded, achievement years of awards), in order. */
    TreeSet<Integer> mentionedYears() {
        TreeSet<Integer> years = new TreeSet<>();
        if (nominee.years() != null) {
            nominee.years().stream().map(YearRecord::year).filter(Objects::nonNull).forEach(years::add);
        }
        if (nominee.awards() != null) {
            nominee.awards().stream().filter(Objects::nonNull).map(Facts.AwardFact::achievementYear)
                    .filter(Objects::nonNull).forEach(years::add);
        }
        return years;
    }

    /** The initiative described under this id in {@code nominee.initiatives}, if any. */
    Optional<InitiativeFact> initiative(String id) {
        return nominee.initiatives() == null ? Optional.empty()
                : nominee.initiatives().stream().filter(i -> i != null && id.equals(i.id())).findFirst();
    }

    /** Years in which a served discipline still counts against the nominee: up to the year its period ended. */
    Integer lastDisciplinedYear() {
        Facts.Discipline discipline = nominee.discipline();
        if (discipline == null || discipline.status() != Facts.DisciplineStatus.SERVED
                || discipline.periodEnded() == null) {
            return null;
        }
        return discipline.periodEnded().getYear();
    }

    /** Years an earlier provincial fighter title already counted (parsed achievement periods). */
    List<int[]> priorPeriods() {
        List<int[]> periods = new ArrayList<>();
        if (nominee.priorProvincialFighter() != null) {
            for (Facts.PriorFighter prior : nominee.priorProvincialFighter()) {
                int[] period = prior == null ? null : Periods.parse(prior.achievementPeriod());
                if (period != null) {
                    periods.add(period);
                }
            }
        }
        return periods;
    }

    static boolean is(String titleOrForm, String awardCode) {
        return titleOrForm != null && AwardCatalogue.find(titleOrForm).map(a -> a.code().equals(awardCode))
                .orElse(false);
    }
}
