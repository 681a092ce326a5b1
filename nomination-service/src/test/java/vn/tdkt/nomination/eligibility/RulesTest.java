package vn.tdkt.nomination.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.nomination.eligibility.Packs.BEFORE_2024;
import static vn.tdkt.nomination.eligibility.Packs.FROM_2024;
import static vn.tdkt.nomination.eligibility.Packs.FROM_2025_07;
import static vn.tdkt.nomination.eligibility.Packs.criterion;
import static vn.tdkt.nomination.eligibility.Packs.explain;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.nomination.eligibility.Facts.CouncilVote;
import vn.tdkt.nomination.eligibility.Facts.DisciplineStatus;
import vn.tdkt.nomination.eligibility.Facts.Scope;
import vn.tdkt.nomination.eligibility.Facts.TaskRating;

/** Each rule of the packs at its boundaries, in the three regimes, named after the article it applies. */
class RulesTest {

    static final String CSTDCS = "Chiến sĩ thi đua cơ sở";
    static final String LDTT = "Lao động tiên tiến";

    @Nested
    @DisplayName("Lao động tiên tiến – Điều 24 Luật 06/2022/QH15")
    class AdvancedWorker {

        @ParameterizedTest(name = "rated {0} → {1}")
        @CsvSource({"HTXSNV, MET", "HTTNV, MET", "HTNV, NOT_MET", "KHTNV, NOT_MET"})
        void atLeastCompletedWell(TaskRating rating, Status expected) {
            Explanation e = explain("LAO_DONG_TIEN_TIEN", FROM_2024, NomineeBuilder.officer().year(2024, rating).build());

            assertThat(criterion(e, "TASK_RATING").status()).isEqualTo(expected);
            assertThat(criterion(e, "TASK_RATING").citation()).contains("Điều 24 Luật 06/2022/QH15");
        }

        @Test
        @DisplayName("maternity leave counts as time worked – Điều 4 NĐ 98/2023 (and as read for NĐ 152/2025)")
        void maternityLeaveCounted() {
            var nominee = NomineeBuilder.officer().yearWith(2024, TaskRating.HTTNV, List.of(), List.of(), List.of(), 6)
                    .build();

            for (LocalDate date : List.of(FROM_2024, FROM_2025_07)) {
                CriterionResult rating = criterion(explain("LAO_DONG_TIEN_TIEN", date, nominee), "TASK_RATING");
                assertThat(rating.status()).isEqualTo(Status.MET);
                assertThat(rating.reason()).contains("6 months of maternity leave in 2024 count as time worked");
                assertThat(rating.citation()).contains("Điều 4 Nghị định 98/2023/NĐ-CP");
            }
        }

        @Test
        @DisplayName("an army officer is not a Lao động tiên tiến but a Chiến sĩ tiên tiến – Điều 24")
        void category() {
            var soldier = NomineeBuilder.officer().year(2024, TaskRating.HTTNV);
            soldier.category = "Quân nhân";

            assertThat(criterion(explain(LDTT, FROM_2024, soldier.build()), "CATEGORY").status()).isEqualTo(Status.NOT_MET);
            assertThat(criterion(explain("Chiến sĩ tiên tiến", FROM_2024, soldier.build()), "CATEGORY").status())
                    .isEqualTo(Status.MET);
            soldier.category = "thợ lặn";
            assertThat(criterion(explain(LDTT, FROM_2024, soldier.build()), "CATEGORY").status()).isEqualTo(Status.UNKNOWN);
        }

        @Test
        @DisplayName("before 2024 its standard is not in the digest – UNKNOWN, not invented")
        void beforeTwentyFour() {
            Explanation e = explain(LDTT, BEFORE_2024, NomineeBuilder.officer().year(2023, TaskRating.HTXSNV).build());

            assertThat(e.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(criterion(e, "STANDARD").reason()).startsWith("not settled by the law as read");
            assertThat(e.rulePack().id()).isEqualTo("vn-before-2024");
        }

        @Test
        @DisplayName("one achievement, one award – Điều 5 khoản 2 Luật 06/2022/QH15")
        void notTwice() {
            Explanation e = explain(LDTT, FROM_2024, NomineeBuilder.officer().year(2024, TaskRating.HTTNV, LDTT).build());

            assertThat(criterion(e, "NOT_ALREADY_REWARDED").status()).isEqualTo(Status.NOT_MET);
            assertThat(criterion(e, "NOT_ALREADY_REWARDED").citation()).contains("Điều 5 khoản 2");
        }
    }

    @Nested
    @DisplayName("Discipline – Điều 4 khoản 2 NĐ 98/2023/NĐ-CP")
    class DisciplineRule {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({"NONE, MET", "UNDER_CONSIDERATION, NOT_MET", "IN_FORCE, NOT_MET"})
        void pendingOrInForce(DisciplineStatus status, Status expected) {
            var nominee = NomineeBuilder.officer().year(2024, TaskRating.HTTNV).discipline(status, "khiển trách", null);

            assertThat(criterion(explain(LDTT, FROM_2024, nominee.build()), "NO_PENDING_DISCIPLINE").status())
                    .isEqualTo(expected);
        }

        @ParameterizedTest(name = "period ended {0}, assessing {1} → {2}")
        @CsvSource({"2023-12-31, 2024, MET", "2024-01-15, 2024, NOT_MET", "2024-01-15, 2025, MET",
                    "2024-12-31, 2024, NOT_MET"})
        @DisplayName("achievements count from the end of a served discipline: the first full year after it")
        void firstYearAfterServedDiscipline(LocalDate periodEnded, int assessed, Status expected) {
            var nominee = NomineeBuilder.officer().year(assessed, TaskRating.HTTNV)
                    .discipline(DisciplineStatus.SERVED, "khiển trách", periodEnded);

            CriterionResult result = criterion(explain(LDTT, LocalDate.of(assessed + 1, 2, 1), nominee.build()),
                    "NO_PENDING_DISCIPLINE");
            assertThat(result.status()).isEqualTo(expected);
            assertThat(result.reason()).contains(periodEnded.toString());
        }

        @Test
        void servedWithoutItsEndIsUnknown() {
            var nominee = NomineeBuilder.officer().year(2024, TaskRating.HTTNV)
                    .discipline(DisciplineStatus.SERVED, "cảnh cáo", null);

            assertThat(criterion(explain(LDTT, FROM_2024, nominee.build()), "NO_PENDING_DISCIPLINE").status())
                    .isEqualTo(Status.UNKNOWN);
        }
    }

    @Nested
    @DisplayName("Chiến sĩ thi đua cơ sở – Điều 23 Luật 06/2022/QH15; Điều 9 khoản 3 NĐ 91/2017")
    class GrassrootsFighter {

        @Test
        @DisplayName("from 2024 an HTXSNV rating alone suffices (Điều 23 điểm b); before 2024 it did not (NĐ 91 Điều 9 khoản 3)")
        void excellentRatingReplacesTheInitiativeOnlyFrom2024() {
            var excellent = NomineeBuilder.officer().year(2024, TaskRating.HTXSNV).build();
            var excellentBefore = NomineeBuilder.officer().year(2023, TaskRating.HTXSNV).build();

            assertThat(criterion(explain(CSTDCS, FROM_2024, excellent), "EXCELLENCE_OR_INITIATIVE").status())
                    .isEqualTo(Status.MET);
            assertThat(criterion(explain(CSTDCS, FROM_2025_07, excellent), "EXCELLENCE_OR_INITIATIVE").status())
                    .isEqualTo(Status.MET);
            CriterionResult old = criterion(explain(CSTDCS, BEFORE_2024, excellentBefore), "INITIATIVE_OR_TOPIC");
            assertThat(old.status()).isEqualTo(Status.NOT_MET);
            assertThat(old.citation()).contains("Điều 9 khoản 3 Nghị định 91/2017/NĐ-CP");
        }

        @Test
        @DisplayName("an unused grassroots initiative of the year suffices; a used one does not (CV 5007/BNV-TĐKT)")
        void initiativeOnceOnly() {
            var fresh = NomineeBuilder.officer()
                    .yearWith(2024, TaskRating.HTTNV, List.of(), List.of("SK-1"), List.of(), 0)
                    .initiative("SK-1", Scope.CO_SO, true, "Hội đồng sáng kiến Sở", "").build();
            var used = NomineeBuilder.officer()
                    .yearWith(2024, TaskRating.HTTNV, List.of(), List.of("SK-1"), List.of(), 0)
                    .initiative("SK-1", Scope.CO_SO, true, "Hội đồng sáng kiến Sở", "LĐTT 2023").build();

            assertThat(criterion(explain(CSTDCS, FROM_2024, fresh), "EXCELLENCE_OR_INITIATIVE").status()).isEqualTo(Status.MET);
            assertThat(criterion(explain(CSTDCS, FROM_2024, used), "EXCELLENCE_OR_INITIATIVE").status())
                    .isEqualTo(Status.NOT_MET);
        }

        @Test
        @DisplayName("a research topic accepted in the year suffices – Điều 23 điểm b")
        void researchTopic() {
            var topic = NomineeBuilder.officer()
                    .yearWith(2024, TaskRating.HTTNV, List.of(), List.of(), List.of("Đề tài chuyển đổi số"), 0).build();

            assertThat(explain(CSTDCS, FROM_2024, topic).verdict()).isEqualTo(Verdict.ELIGIBLE);
        }
    }

    @Nested
    @DisplayName("Chiến sĩ thi đua cấp tỉnh – Điều 22 khoản 1 Luật 06/2022/QH15; Điều 9 khoản 2 NĐ 91/2017")
    class ProvincialFighter {

        NomineeBuilder threeYears(Integer gapYear) {
            var b = NomineeBuilder.officer();
            for (int y = 2022; y <= 2024; y++) {
                if (gapYear != null && y == gapYear) {
                    b.year(y, TaskRating.HTTNV, LDTT);
                } else {
                    b.year(y, TaskRating.HTXSNV, CSTDCS, LDTT);
                }
            }
            return b.basis(2022, 2023, 2024).initiative("SK-T", Scope.BO_TINH, true, "Chủ tịch UBND tỉnh", "");
        }

        @Test
        @DisplayName("three consecutive CSTĐCS: MET; a gap year breaks the chain – điểm a")
        void threeConsecutiveYears() {
            assertThat(criterion(explain("CSTD_TINH", FROM_2025_07, threeYears(null).build()),
                    "THREE_CONSECUTIVE_CSTDCS").status()).isEqualTo(Status.MET);
            CriterionResult gap = criterion(explain("CSTD_TINH", FROM_2025_07, threeYears(2023).build()),
                    "THREE_CONSECUTIVE_CSTDCS");
            assertThat(gap.status()).isEqualTo(Status.NOT_MET);
            assertThat(gap.reason()).contains("a gap breaks the chain");
            assertThat(gap.citation()).contains("Điều 22 khoản 1 điểm a");
        }

        @Test
        @DisplayName("two years are not three")
        void twoYearsAreNotThree() {
            var b = NomineeBuilder.officer().year(2023, TaskRating.HTXSNV, CSTDCS).year(2024, TaskRating.HTXSNV, CSTDCS)
                    .basis(2023, 2024);

            assertThat(criterion(explain("CSTD_TINH", FROM_2025_07, b.build()), "THREE_CONSECUTIVE_CSTDCS").status())
                    .isEqualTo(Status.NOT_MET);
        }

        @Test
        @DisplayName("a year before the end of a served discipline does not count in the chain")
        void disciplineBreaksTheChain() {
            var b = threeYears(null).discipline(DisciplineStatus.SERVED, "khiển trách", LocalDate.of(2022, 6, 30));

            Explanation e = explain("CSTD_TINH", FROM_2025_07, b.build());
            assertThat(criterion(e, "THREE_CONSECUTIVE_CSTDCS").status()).isEqualTo(Status.NOT_MET);
            assertThat(criterion(e, "THREE_CONSECUTIVE_CSTDCS").reason()).contains("years up to 2022 do not count");
        }

        @Test
        @DisplayName("years already counted for an earlier provincial title are not counted again – Điều 30 khoản 9 NĐ 98")
        void yearsNotCountedAgain() {
            var b = threeYears(null).priorFighter(2023, "2020-2022");

            Explanation e = explain("CSTD_TINH", FROM_2024, b.build());
            assertThat(criterion(e, "YEARS_NOT_COUNTED_AGAIN").status()).isEqualTo(Status.NOT_MET);
            assertThat(criterion(e, "YEARS_NOT_COUNTED_AGAIN").citation()).contains("Điều 30 khoản 9 Nghị định 98/2023");
            assertThat(criterion(e, "THREE_CONSECUTIVE_CSTDCS").status()).isEqualTo(Status.NOT_MET);
        }

        @Test
        @DisplayName("the initiative must have provincial scope: a grassroots one fails – điểm b")
        void initiativeScope() {
            var grassroots = threeYears(null);
            grassroots.initiatives = new java.util.ArrayList<>();
            grassroots.initiative("SK-CS", Scope.CO_SO, true, "Hội đồng sáng kiến cơ sở", "");

            assertThat(criterion(explain("CSTD_TINH", FROM_2024, grassroots.build()), "PROVINCIAL_SCOPE_INITIATIVE")
                    .status()).isEqualTo(Status.NOT_MET);
            assertThat(criterion(explain("CSTD_TINH", FROM_2024, threeYears(null).build()), "PROVINCIAL_SCOPE_INITIATIVE")
                    .status()).isEqualTo(Status.MET);
        }

        @Test
        @DisplayName("from 2024 the council threshold is not confirmed: UNKNOWN whatever the tally")
        void councilVoteUnconfirmedFrom2024() {
            Explanation e = explain("CSTD_TINH", FROM_2024, threeYears(null).build(),
                    new CouncilVote(true, 12, 12, 12, 0));

            assertThat(criterion(e, "COUNCIL_VOTE").status()).isEqualTo(Status.UNKNOWN);
            assertThat(e.verdict()).isEqualTo(Verdict.UNKNOWN);
        }

        @ParameterizedTest(name = "{0} yes of {1} members ({2} present, {3} in writing) → {4}")
        @CsvSource({"8, 12, 9, 0, NOT_MET", "10, 12, 10, 1, MET", "9, 10, 10, 0, MET", "8, 10, 10, 0, NOT_MET",
                    "9, 10, 9, 0, MET"})
        @DisplayName("before 2024: secret ballot, 90% of all council members – Điều 45 khoản 8 NĐ 91/2017")
        void councilVoteBefore2024(int yes, int total, int present, int written, Status expected) {
            var b = NomineeBuilder.officer();
            for (int y = 2020; y <= 2022; y++) {
                b.year(y, TaskRating.HTXSNV, CSTDCS);
            }
            b.basis(2020, 2021, 2022).initiative("SK-T", Scope.BO_TINH, true, "Chủ tịch UBND tỉnh", "");

            CriterionResult vote = criterion(explain("CSTD_TINH", BEFORE_2024, b.build(),
                    new CouncilVote(true, total, present, yes, written)), "COUNCIL_VOTE");
            assertThat(vote.status()).isEqualTo(expected);
            assertThat(vote.citation()).contains("Điều 45 khoản 8 Nghị định 91/2017/NĐ-CP");
        }

        @Test
        void anOpenBallotFails() {
            var b = threeYears(null);
            CriterionResult vote = criterion(explain("CSTD_TINH", BEFORE_2024, b.build(),
                    new CouncilVote(false, 10, 10, 10, 0)), "COUNCIL_VOTE");

            assertThat(vote.status()).isEqualTo(Status.NOT_MET);
        }
    }

    @Nested
    @DisplayName("Chiến sĩ thi đua toàn quốc – Điều 21 Luật 06/2022/QH15")
    class NationalFighter {

        @ParameterizedTest(name = "{0} provincial titles, consecutive {1} → {2}")
        @CsvSource(nullValues = "-", value = {"2, true, MET", "2, false, NOT_MET", "1, true, NOT_MET", "2, -, UNKNOWN"})
        void twoConsecutiveProvincialTitles(int times, Boolean consecutive, Status expected) {
            var b = NomineeBuilder.officer().year(2024, TaskRating.HTXSNV);
            b.provincialFighterAwards = times == 2 ? List.of(new Facts.YearRef(2019), new Facts.YearRef(2023))
                    : List.of(new Facts.YearRef(2023));
            b.provincialAwardsConsecutive = consecutive;

            CriterionResult result = criterion(explain("CSTD_TOAN_QUOC", FROM_2024, b.build()), "TWO_CONSECUTIVE_PROVINCIAL");
            assertThat(result.status()).isEqualTo(expected);
            assertThat(result.citation()).contains("Điều 21 khoản 1 điểm a");
        }

        @Test
        @DisplayName("a national-scope initiative needs who recognised it – khoản 2")
        void nationalScopeNeedsItsRecogniser() {
            var b = NomineeBuilder.officer().year(2024, TaskRating.HTXSNV)
                    .initiative("SK-TQ", Scope.TOAN_QUOC, true, null, "");

            assertThat(criterion(explain("CSTD_TOAN_QUOC", FROM_2024, b.build()), "NATIONAL_SCOPE_INITIATIVE").status())
                    .isEqualTo(Status.UNKNOWN);
            b.initiatives = new java.util.ArrayList<>();
            b.initiative("SK-TQ", Scope.TOAN_QUOC, true, "Chủ tịch UBND tỉnh Lạng Sơn", "");
            assertThat(criterion(explain("CSTD_TOAN_QUOC", FROM_2024, b.build()), "NATIONAL_SCOPE_INITIATIVE").status())
                    .isEqualTo(Status.MET);
        }
    }

    @Nested
    @DisplayName("Tập thể lao động tiên tiến – Điều 28 khoản 1 Luật 06/2022; Điều 28 Luật 2003")
    class AdvancedCollective {

        @ParameterizedTest(name = "{0} of 20 advanced → from 2024 {1}, before 2024 {2}")
        @CsvSource({"14, MET, MET", "13, NOT_MET, MET", "10, NOT_MET, NOT_MET", "11, NOT_MET, MET"})
        @DisplayName("at least 70% advanced workers from 2024; more than 50% before")
        void shareOfAdvancedWorkers(int advanced, Status from2024, Status before2024) {
            var now = NomineeBuilder.collective(2024, TaskRating.HTTNV, 20);
            now.membersAdvancedWorkers = advanced;
            var then = NomineeBuilder.collective(2023, TaskRating.HTTNV, 20);
            then.membersAdvancedWorkers = advanced;

            assertThat(criterion(explain("TAP_THE_LDTT", FROM_2024, now.build()), "ADVANCED_WORKERS_70").status())
                    .isEqualTo(from2024);
            assertThat(criterion(explain("TAP_THE_LDTT", BEFORE_2024, then.build()), "ADVANCED_WORKERS_OVER_50").status())
                    .isEqualTo(before2024);
        }

        @Test
        @DisplayName("nobody disciplined at warning or above")
        void noDisciplinedMember() {
            var b = NomineeBuilder.collective(2024, TaskRating.HTTNV, 20);
            b.membersAdvancedWorkers = 18;
            b.membersDisciplined = 1;

            assertThat(criterion(explain("TAP_THE_LDTT", FROM_2024, b.build()), "NO_MEMBER_DISCIPLINED").status())
                    .isEqualTo(Status.NOT_MET);
        }
    }

    @Nested
    @DisplayName("Bằng khen – Điều 73 khoản 1, Điều 74 khoản 1 Luật 06/2022/QH15")
    class Certificates {

        @Test
        @DisplayName("Thủ tướng, point b: five full years after the provincial certificate, CSTĐCS three times")
        void primeMinisterPointB() {
            var b = NomineeBuilder.officer().year(2019, TaskRating.HTXSNV, "Bằng khen của Chủ tịch UBND tỉnh");
            b.year(2020, TaskRating.HTXSNV, CSTDCS).year(2021, TaskRating.HTTNV).year(2022, TaskRating.HTXSNV, CSTDCS)
                    .year(2023, TaskRating.HTTNV).year(2024, TaskRating.HTXSNV, CSTDCS);
            b.otherBasesMet = false;

            CriterionResult result = criterion(explain("BANG_KHEN_THU_TUONG", FROM_2025_07, b.build()), "ONE_OF_POINTS");
            assertThat(result.status()).isEqualTo(Status.MET);
            assertThat(result.citation()).contains("Điều 73 khoản 1");

            var four = NomineeBuilder.officer().year(2020, TaskRating.HTXSNV, "Bằng khen của Chủ tịch UBND tỉnh")
                    .year(2021, TaskRating.HTXSNV, CSTDCS).year(2022, TaskRating.HTXSNV, CSTDCS)
                    .year(2023, TaskRating.HTXSNV, CSTDCS).year(2024, TaskRating.HTXSNV, CSTDCS);
            four.otherBasesMet = false;
            assertThat(criterion(explain("BANG_KHEN_THU_TUONG", FROM_2025_07, four.build()), "ONE_OF_POINTS").status())
                    .isEqualTo(Status.NOT_MET);
        }

        @Test
        @DisplayName("tỉnh, point d: CSTĐCS twice in a row and two grassroots initiatives; one initiative and one topic is not settled")
        void provincialPointD() {
            var b = NomineeBuilder.officer()
                    .yearWith(2023, TaskRating.HTXSNV, List.of(CSTDCS), List.of("SK-1"), List.of(), 0)
                    .yearWith(2024, TaskRating.HTXSNV, List.of(CSTDCS), List.of("SK-2"), List.of(), 0)
                    .initiative("SK-1", Scope.CO_SO, true, "Hội đồng sáng kiến", "")
                    .initiative("SK-2", Scope.CO_SO, true, "Hội đồng sáng kiến", "");
            b.otherBasesMet = false;
            assertThat(criterion(explain("BANG_KHEN_TINH", FROM_2024, b.build()), "ONE_OF_POINTS").status())
                    .isEqualTo(Status.MET);

            var mixed = NomineeBuilder.officer()
                    .yearWith(2023, TaskRating.HTXSNV, List.of(CSTDCS), List.of("SK-1"), List.of(), 0)
                    .yearWith(2024, TaskRating.HTXSNV, List.of(CSTDCS), List.of(), List.of("Đề tài A"), 0)
                    .initiative("SK-1", Scope.CO_SO, true, "Hội đồng sáng kiến", "");
            mixed.otherBasesMet = false;
            CriterionResult result = criterion(explain("BANG_KHEN_TINH", FROM_2024, mixed.build()), "ONE_OF_POINTS");
            assertThat(result.status()).isEqualTo(Status.UNKNOWN);
            assertThat(result.reason()).contains("one initiative and one topic");
        }
    }

    @Nested
    @DisplayName("Cờ thi đua của Chính phủ – Điều 25 Luật 06/2022/QH15")
    class GovernmentFlag {

        @ParameterizedTest(name = "a Prime-Minister movement of {0} years → {1}")
        @CsvSource({"5, MET", "4, NOT_MET"})
        void movementOfFiveYears(int years, Status expected) {
            var b = NomineeBuilder.collective(2024, TaskRating.HTXSNV, 40);
            b.amongLeadingCollectivesOfClusters = false;
            b.leadsCentralCouncilCluster = false;
            b.leadsPrimeMinisterMovement = new Facts.PmMovement(years, true);

            Explanation e = explain("CO_THI_DUA_CHINH_PHU", FROM_2024, b.build());
            assertThat(criterion(e, "BASIS").status()).isEqualTo(expected);
            assertThat(criterion(e, "GOVERNMENT_DETAILS").status()).isEqualTo(Status.UNKNOWN);
        }
    }
}
