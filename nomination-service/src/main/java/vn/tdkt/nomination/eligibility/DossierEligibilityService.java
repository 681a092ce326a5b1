package vn.tdkt.nomination.eligibility;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.tdkt.nomination.eligibility.Facts.AwardFact;
import vn.tdkt.nomination.eligibility.Facts.Nominee;
import vn.tdkt.nomination.eligibility.Facts.YearRecord;

/** Turns what a dossier states into the explainer's facts and asks it, adding the nominee's record. */
@Service
class DossierEligibilityService implements EligibilityExplainer {

    private final EligibilityService eligibility;

    DossierEligibilityService(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @Override
    public Answer explain(Question q) {
        Explanation e = eligibility.check(new EligibilityService.Question(q.awardCode(), q.decisionDate(), null,
                q.nomineeId(), facts(q), null));
        return new Answer(e.rulePack().id(), e.verdict().name(), e.criteria().stream()
                .map(c -> new CriterionAnswer(c.code(), c.status().name(), c.reason(), c.citation())).toList());
    }

    static Nominee facts(Question q) {
        Facts.Kind kind = q.kind() == null ? null : Facts.Kind.valueOf(q.kind());
        List<HonourFact> honours = q.earlierHonours() == null ? List.of() : q.earlierHonours();
        List<YearRecord> years = new ArrayList<>();
        for (YearFact y : q.years() == null ? List.<YearFact>of() : q.years()) {
            List<String> titles = honours.stream().filter(h -> h.year() == y.year()).map(HonourFact::awardCode).toList();
            List<String> initiatives = y.year() == q.year() && q.initiativeIds() != null ? q.initiativeIds() : List.of();
            years.add(new YearRecord(y.year(), y.taskRating() == null ? null : Facts.TaskRating.valueOf(y.taskRating()),
                    titles, initiatives, null, null));
        }
        List<AwardFact> awards = honours.stream().map(h -> new AwardFact(h.awardCode(), h.year())).toList();
        Facts.Discipline discipline = q.disciplineStatus() == null ? null
                : new Facts.Discipline(Facts.DisciplineStatus.valueOf(q.disciplineStatus()), null, null, null);
        boolean collective = kind == Facts.Kind.COLLECTIVE;
        Nominee empty = Nominee.empty();
        return new Nominee(kind, q.category(), years.isEmpty() ? null : years, null, awards, discipline,
                empty.emulationParticipation(), null, null, null, null, null, null, collective ? q.year() : null,
                collective && q.collectiveRating() != null ? Facts.TaskRating.valueOf(q.collectiveRating()) : null,
                collective ? q.members() : null, null, collective ? q.membersAdvancedWorkers() : null, null, null,
                null, null, null, null, null, null, null, null);
    }
}
