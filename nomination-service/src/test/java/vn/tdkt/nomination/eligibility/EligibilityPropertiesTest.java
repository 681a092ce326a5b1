package vn.tdkt.nomination.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.tdkt.nomination.award.Award;
import vn.tdkt.nomination.award.AwardCatalogue;
import vn.tdkt.nomination.eligibility.Facts.AwardFact;
import vn.tdkt.nomination.eligibility.Facts.CouncilVote;
import vn.tdkt.nomination.eligibility.Facts.Discipline;
import vn.tdkt.nomination.eligibility.Facts.DisciplineStatus;
import vn.tdkt.nomination.eligibility.Facts.InitiativeFact;
import vn.tdkt.nomination.eligibility.Facts.Kind;
import vn.tdkt.nomination.eligibility.Facts.Nominee;
import vn.tdkt.nomination.eligibility.Facts.PmMovement;
import vn.tdkt.nomination.eligibility.Facts.PriorFighter;
import vn.tdkt.nomination.eligibility.Facts.Scope;
import vn.tdkt.nomination.eligibility.Facts.TaskRating;
import vn.tdkt.nomination.eligibility.Facts.YearRecord;
import vn.tdkt.nomination.eligibility.Facts.YearRef;

/**
 * Two properties of every answer, over random facts, awards and regimes: the verdict follows from the
 * criteria as stated (one NOT_MET → NOT_ELIGIBLE, else one UNKNOWN → UNKNOWN, else ELIGIBLE), and taking a
 * fact away (any field, at any depth, set to absent) never turns an answer into ELIGIBLE.
 */
class EligibilityPropertiesTest {

    static final List<LocalDate> DATES = List.of(LocalDate.of(2023, 6, 1), LocalDate.of(2024, 12, 20),
            LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1), LocalDate.of(2026, 3, 1));
    static final List<String> TITLES = List.of("Lao động tiên tiến", "Chiến sĩ thi đua cơ sở",
            "Bằng khen của Chủ tịch UBND tỉnh", "Chiến sĩ thi đua cấp tỉnh", "Giấy khen");

    record Question(Award award, LocalDate date, Nominee nominee, CouncilVote vote) {
    }

    @Provide
    Arbitrary<Question> questions() {
        return Arbitraries.randomValue(EligibilityPropertiesTest::question);
    }

    @Property(tries = 1500, seed = "20260112")
    void theVerdictFollowsFromTheCriteria(@ForAll("questions") Question q) {
        Explanation answer = explain(q);

        boolean anyNotMet = answer.criteria().stream().anyMatch(c -> c.status() == Status.NOT_MET);
        boolean anyUnknown = answer.criteria().stream().anyMatch(c -> c.status() == Status.UNKNOWN);
        Verdict expected = anyNotMet ? Verdict.NOT_ELIGIBLE : anyUnknown ? Verdict.UNKNOWN : Verdict.ELIGIBLE;
        assertThat(answer.verdict()).isEqualTo(expected);
        assertThat(answer.criteria()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.reason()).isNotBlank();
            assertThat(c.citation()).isNotBlank();
        });
    }

    @Property(tries = 400, seed = "20260113")
    void removingAFactNeverMakesANomineeEligible(@ForAll("questions") Question q) {
        Verdict before = explain(q).verdict();
        if (before == Verdict.ELIGIBLE) {
            return;
        }
        for (Object fewer : withOneFieldLess(q.nominee())) {
            Nominee n = (Nominee) fewer;
            if (!FactChecks.malformed(n, "nominee").isEmpty()) {
                continue; // e.g. a year without its number: refused as a 400, never answered
            }
            Question less = new Question(q.award(), q.date(), n, q.vote());
            assertThat(explain(less).verdict()).as("%s, then without one fact: %s", before, n).isNotEqualTo(Verdict.ELIGIBLE);
        }
        if (q.vote() != null) {
            for (Object fewer : withOneFieldLess(q.vote())) {
                Question less = new Question(q.award(), q.date(), q.nominee(), (CouncilVote) fewer);
                assertThat(explain(less).verdict()).isNotEqualTo(Verdict.ELIGIBLE);
            }
            assertThat(explain(new Question(q.award(), q.date(), q.nominee(), null)).verdict())
                    .isNotEqualTo(Verdict.ELIGIBLE);
        }
    }

    /** Questions likely to be ELIGIBLE often enough: the property above is tested from those too. */
    @Property(tries = 300, seed = "20260114")
    void anEligibleNomineeStaysEligibleOnlyWithAllItsFacts(@ForAll("questions") Question q) {
        Explanation answer = explain(q);
        if (answer.verdict() == Verdict.ELIGIBLE) {
            assertThat(answer.criteria()).allSatisfy(c -> assertThat(c.status()).isEqualTo(Status.MET));
        }
    }

    private static Explanation explain(Question q) {
        return Packs.EXPLAINER.explain(Packs.BUILT_IN.select(q.date(), null), q.award(), q.date(), q.nominee(), q.vote());
    }

    // ---- taking one fact away ----------------------------------------------------------------------------

    /** Copies of a record with exactly one field absent, at any depth (inside lists of records too). */
    static List<Object> withOneFieldLess(Object record) {
        List<Object> variants = new ArrayList<>();
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            Object value = read(components[i], record);
            if (value == null || components[i].getType().isPrimitive()) {
                continue;
            }
            variants.add(copyWith(record, i, null));
            if (value.getClass().isRecord()) {
                for (Object inner : withOneFieldLess(value)) {
                    variants.add(copyWith(record, i, inner));
                }
            } else if (value instanceof List<?> list) {
                for (int j = 0; j < list.size(); j++) {
                    Object element = list.get(j);
                    if (element != null && element.getClass().isRecord()) {
                        for (Object inner : withOneFieldLess(element)) {
                            List<Object> copy = new ArrayList<>(list);
                            copy.set(j, inner);
                            variants.add(copyWith(record, i, copy));
                        }
                    }
                }
            }
        }
        return variants;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object copyWith(Object record, int index, Object value) {
        try {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = i == index ? value : read(components[i], record);
            }
            Constructor<?> constructor = record.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- random questions ----------------------------------------------------------------------------------

    static Question question(Random r) {
        Award award = AwardCatalogue.ALL.get(r.nextInt(AwardCatalogue.ALL.size()));
        LocalDate date = DATES.get(r.nextInt(DATES.size()));
        boolean collective = award.recipient() == vn.tdkt.nomination.award.Recipient.COLLECTIVE
                || award.recipient() == vn.tdkt.nomination.award.Recipient.EITHER && r.nextBoolean();
        return new Question(award, date, collective ? collective(r, date) : individual(r, date),
                maybe(r, 0.6) ? vote(r) : null);
    }

    static Nominee individual(Random r, LocalDate date) {
        int last = date.getYear() - 1;
        int count = 1 + r.nextInt(6);
        List<YearRecord> years = new ArrayList<>();
        List<InitiativeFact> initiatives = new ArrayList<>();
        for (int y = last - count + 1; y <= last; y++) {
            List<String> titles = new ArrayList<>();
            if (maybe(r, 0.7)) {
                titles.add("Lao động tiên tiến");
            }
            if (maybe(r, 0.6)) {
                titles.add("Chiến sĩ thi đua cơ sở");
            }
            if (maybe(r, 0.15)) {
                titles.add("Bằng khen của Chủ tịch UBND tỉnh");
            }
            List<String> ids = new ArrayList<>();
            if (maybe(r, 0.4)) {
                String id = "SK-" + y;
                ids.add(id);
                initiatives.add(new InitiativeFact(id, pick(r, Scope.values()), r.nextBoolean() || r.nextBoolean(),
                        maybe(r, 0.8) ? "Hội đồng sáng kiến" : null, maybe(r, 0.8) ? "" : "GK-" + y));
            }
            years.add(new YearRecord(y, pickWeighted(r), titles, ids, maybe(r, 0.2) ? List.of("Đề tài " + y) : List.of(),
                    maybe(r, 0.15) ? 6 : 0));
        }
        List<AwardFact> awards = new ArrayList<>();
        if (maybe(r, 0.2)) {
            awards.add(new AwardFact(pick(r, TITLES.toArray(String[]::new)), last - r.nextInt(count)));
        }
        Discipline discipline = maybe(r, 0.85) ? new Discipline(DisciplineStatus.NONE, null, null, null)
                : new Discipline(pick(r, DisciplineStatus.values()), "khiển trách", null,
                LocalDate.of(last - r.nextInt(3), 6, 30));
        List<Integer> basis = maybe(r, 0.7) ? List.of(last - 2, last - 1, last) : null;
        List<PriorFighter> prior = maybe(r, 0.8) ? new ArrayList<>() : null;
        if (prior != null && maybe(r, 0.2)) {
            prior.add(new PriorFighter(last - 2, (last - 5) + "-" + (last - 3 + r.nextInt(2))));
        }
        return new Nominee(Kind.INDIVIDUAL, maybe(r, 0.9) ? "công chức" : "quân nhân", years, initiatives, awards,
                discipline, maybe(r, 0.9), prior, basis,
                maybe(r, 0.5) ? List.of(new YearRef(last - 4), new YearRef(last)) : List.of(new YearRef(last)),
                maybe(r, 0.7), maybe(r, 0.3), false, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    static Nominee collective(Random r, LocalDate date) {
        int members = 5 + r.nextInt(40);
        int advanced = r.nextInt(members + 1);
        return new Nominee(Kind.COLLECTIVE, null, null, null, new ArrayList<>(),
                new Discipline(DisciplineStatus.NONE, null, null, null), maybe(r, 0.9), null, null, null, null,
                maybe(r, 0.3), null, date.getYear() - 1, pickWeighted(r), members,
                maybe(r, 0.8) ? members : members - 1, Math.max(advanced, members * 7 / 10 - (r.nextBoolean() ? 1 : 0)),
                r.nextInt(3), maybe(r, 0.85) ? 0 : 1, List.of(), maybe(r, 0.9), r.nextBoolean(), r.nextBoolean(),
                r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), new PmMovement(3 + r.nextInt(4), r.nextBoolean()));
    }

    static CouncilVote vote(Random r) {
        int total = 9 + r.nextInt(8);
        int present = total - r.nextInt(3);
        int yes = present - r.nextInt(2);
        return new CouncilVote(maybe(r, 0.9), total, present, yes, total - present);
    }

    static TaskRating pickWeighted(Random r) {
        int roll = r.nextInt(10);
        return roll < 5 ? TaskRating.HTXSNV : roll < 8 ? TaskRating.HTTNV : roll < 9 ? TaskRating.HTNV : TaskRating.KHTNV;
    }

    static boolean maybe(Random r, double probability) {
        return r.nextDouble() < probability;
    }

    @SafeVarargs
    static <T> T pick(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }
}
