package vn.tdkt.delegate.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.delegate.congress.CongressFacts.CompositionPolicy;
import vn.tdkt.delegate.congress.CongressFacts.CompositionTarget;
import vn.tdkt.delegate.congress.DelegateAttribute;

/** The live checks, table by table, with their figures. */
class ListPoliciesTest {

    static final DelegateListId NHAN_LY = new DelegateListId("cl", "LS-CL-NL");
    static final CompositionPolicy SEVENTY = new CompositionPolicy(70, List.of());

    /** {@code exemplary} exemplary delegates and {@code others} guests, with distinct names. */
    static List<Delegate> delegates(int exemplary, int others) {
        List<Delegate> list = new ArrayList<>();
        IntStream.range(0, exemplary).forEach(i -> list.add(Delegates.of("d-" + (i + 1), "Điển hình " + i, 1980,
                Gender.MALE, "Kinh", Category.EXEMPLARY)));
        IntStream.range(0, others).forEach(i -> list.add(Delegates.of("d-" + (exemplary + i + 1), "Khách mời " + i,
                1970, Gender.MALE, "Kinh", Category.GUEST)));
        return list;
    }

    static ListUnderReview subject(List<Delegate> delegates, Integer seats, List<ListUnderReview.OtherList> others) {
        return new ListUnderReview(NHAN_LY, delegates, seats, SEVENTY, others);
    }

    @ParameterizedTest(name = "{0} delegates, {1} seats → {2}")
    @CsvSource(nullValues = "none", value = {
            "0, 5, PASSED, '0 trên 5 ghế được phân bổ, còn 5'",
            "4, 5, PASSED, '4 trên 5 ghế được phân bổ, còn 1'",
            "5, 5, PASSED, '5 trên 5 ghế được phân bổ, còn 0'",
            "6, 5, BLOCKING, '6 đại biểu, vượt 5 ghế được phân bổ (thừa 1)'",
            "2, none, BLOCKING, Đại hội cấp trên chưa phân bổ số đại biểu cho đơn vị LS-CL-NL"})
    void seats(int count, Integer seats, ListCheck.Outcome outcome, String message) {
        ListCheck check = ListPolicies.seats(subject(delegates(count, 0), seats, List.of())).getFirst();

        assertThat(check.outcome()).isEqualTo(outcome);
        assertThat(check.message()).isEqualTo(message);
        assertThat(check.count()).isEqualTo(count);
        assertThat(check.required()).isEqualTo(seats);
    }

    @ParameterizedTest(name = "{0} exemplary of {0}+{1}, {2} % → {3} {4}")
    @CsvSource(nullValues = "none", value = {
            "7, 3, 70, PASSED, 70.0",
            "10, 0, 70, PASSED, 100.0",
            "6, 4, 70, WARNING, 60.0",
            "2, 1, 67, WARNING, 66.7",
            "2, 1, 66, PASSED, 66.7",
            "0, 0, 70, PASSED, none",
            "0, 3, 0, PASSED, 0.0"})
    void exemplaryShare(int exemplary, int others, int required, ListCheck.Outcome outcome, BigDecimal percent) {
        ListCheck check = ListPolicies.exemplaryShare(delegates(exemplary, others), new CompositionPolicy(required,
                List.of()));

        assertThat(check.outcome()).isEqualTo(outcome);
        assertThat(check.count()).isEqualTo(exemplary);
        assertThat(check.total()).isEqualTo(exemplary + others);
        assertThat(check.percent()).isEqualTo(percent);
        assertThat(check.required()).isEqualTo(required);
    }

    @Test
    void theShareIsSaidInVietnameseWithItsFigures() {
        assertThat(ListPolicies.exemplaryShare(delegates(2, 1), new CompositionPolicy(70, List.of())).message())
                .isEqualTo("2 đại biểu điển hình tiên tiến trên 3 (66,7 %), tối thiểu 70 %");
    }

    @Test
    void compositionTargetsCountWomenMinoritiesWorkersScientistsAndTheNonStateSectors() {
        List<Delegate> list = List.of(
                Delegates.exemplary("Lương Thị Hoa", 1978), // woman, Nùng, producer, household
                Delegates.of("d-2", "Nguyễn Văn Bình", 1970, Gender.MALE, "Kinh", Category.LEADER),
                Delegates.of("d-3", "Hoàng Thị Mai", 1988, Gender.FEMALE, " kinh ", Category.EXEMPLARY),
                new Delegate("d-4", "Đặng Văn Khoa", 1975, Gender.MALE, "Tày", "Kỹ sư", Category.EXEMPLARY, false,
                        true, EconomicSector.PRIVATE, null));
        CompositionPolicy policy = new CompositionPolicy(70, List.of(
                new CompositionTarget(DelegateAttribute.WOMEN, 50),
                new CompositionTarget(DelegateAttribute.ETHNIC_MINORITY, 60),
                new CompositionTarget(DelegateAttribute.DIRECT_PRODUCER_OR_WORKER, 25),
                new CompositionTarget(DelegateAttribute.SCIENTIST, 30),
                new CompositionTarget(DelegateAttribute.NON_STATE_SECTOR, 50)));

        List<ListCheck> checks = ListPolicies.compositionTargets(list, policy);

        assertThat(checks).extracting(ListCheck::attribute, ListCheck::count, ListCheck::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DelegateAttribute.WOMEN, 2, ListCheck.Outcome.PASSED),
                org.assertj.core.groups.Tuple.tuple(DelegateAttribute.ETHNIC_MINORITY, 2, ListCheck.Outcome.WARNING),
                org.assertj.core.groups.Tuple.tuple(DelegateAttribute.DIRECT_PRODUCER_OR_WORKER, 1,
                        ListCheck.Outcome.PASSED),
                org.assertj.core.groups.Tuple.tuple(DelegateAttribute.SCIENTIST, 1, ListCheck.Outcome.WARNING),
                org.assertj.core.groups.Tuple.tuple(DelegateAttribute.NON_STATE_SECTOR, 2, ListCheck.Outcome.PASSED));
        assertThat(checks.get(1).message())
                .isEqualTo("Đại biểu dân tộc thiểu số: 2 trên 4 đại biểu (50,0 %), chỉ tiêu tối thiểu 60 %");
    }

    @Test
    void theSamePersonTwiceOnOneListIsFoundByFoldedNameAndBirthYearButNotAcrossDiacritics() {
        List<Delegate> list = List.of(
                Delegates.of("d-1", "Lương Văn Hùng", 1990, Gender.MALE, "Nùng", Category.EXEMPLARY),
                Delegates.of("d-2", "  LƯƠNG   văn hùng", 1990, Gender.MALE, "Nùng", Category.EXEMPLARY),
                Delegates.of("d-3", "Lương Văn Hưng", 1990, Gender.MALE, "Nùng", Category.EXEMPLARY),
                Delegates.of("d-4", "Lương Văn Hùng", 1991, Gender.MALE, "Nùng", Category.EXEMPLARY));

        List<ListCheck> found = ListPolicies.duplicates(subject(list, 5, List.of()));

        assertThat(found).extracting(ListCheck::delegateId).containsExactly("d-1", "d-2");
        assertThat(found).allSatisfy(c -> assertThat(c.outcome()).isEqualTo(ListCheck.Outcome.BLOCKING));
        assertThat(found.getFirst().elsewhere()).singleElement().satisfies(e -> {
            assertThat(e.delegateId()).isEqualTo("d-2");
            assertThat(e.relation()).isEqualTo("SAME_LIST");
        });
    }

    @Test
    void theSamePersonOnAnotherListOfTheTreeIsNamedWithWhereElse() {
        Delegate picked = Delegates.picked("d-1", "Lý Văn Sơn", 1982, "honour:d:DX-1");
        // typed by hand on Đồng Mỏ's list, picked from the register on Hữu Lũng's commune's list
        ListUnderReview.OtherList dongMo = new ListUnderReview.OtherList(new DelegateListId("cl", "LS-CL-DM"),
                ListStatus.APPROVED, List.of(Delegates.of("d-4", "Lý Văn Sơn", 1982, Gender.MALE, "Kinh",
                Category.EXEMPLARY)), true);
        ListUnderReview.OtherList elsewhere = new ListUnderReview.OtherList(new DelegateListId("hl", "LS-HL-DT"),
                ListStatus.DRAFT, List.of(Delegates.picked("d-2", "Lý Văn Sơn", 1983, "honour:d:DX-1")), false);

        List<ListCheck> found = ListPolicies.duplicates(subject(List.of(picked), 5, List.of(dongMo, elsewhere)));

        assertThat(found).singleElement().satisfies(check -> {
            assertThat(check.elsewhere()).extracting(ListCheck.Elsewhere::unitCode, ListCheck.Elsewhere::relation,
                    ListCheck.Elsewhere::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("LS-HL-DT", "OTHER_CONGRESS_OF_THE_TREE", ListStatus.DRAFT),
                    org.assertj.core.groups.Tuple.tuple("LS-CL-DM", "SAME_CONGRESS", ListStatus.APPROVED));
            assertThat(check.message()).startsWith("Lý Văn Sơn (1982) đã có trong danh sách: đơn vị LS-HL-DT");
        });
    }

    static final Delegate.DistinctPerson SAID = new Delegate.DistinctPerson("Khác quê quán: thôn Bắc Thủy",
            "thiduakt.nhanly", DelegateListTest.CLOCK.instant());

    static ListUnderReview.OtherList dongMo(Delegate... delegates) {
        return new ListUnderReview.OtherList(new DelegateListId("cl", "LS-CL-DM"), ListStatus.APPROVED,
                List.of(delegates), true);
    }

    /** Two namesakes typed by hand: the same person until a unit says otherwise, and then a warning with its reason. */
    @Test
    void aNamesakeBlocksUntilEitherUnitConfirmsTwoPeopleThenWarnsWithTheReason() {
        Delegate hung = Delegates.of("d-1", "Nguyễn Văn Hùng", 1980, Gender.MALE, "Kinh", Category.EXEMPLARY);
        Delegate namesake = Delegates.of("d-7", "Nguyễn Văn Hùng", 1980, Gender.MALE, "Kinh", Category.EXEMPLARY);

        List<ListCheck> unconfirmed = ListPolicies.duplicates(subject(List.of(hung), 5, List.of(dongMo(namesake))));
        List<ListCheck> confirmedHere = ListPolicies.duplicates(subject(List.of(hung.confirmedDistinct(SAID)), 5,
                List.of(dongMo(namesake))));
        List<ListCheck> confirmedThere = ListPolicies.duplicates(subject(List.of(hung), 5,
                List.of(dongMo(namesake.confirmedDistinct(SAID)))));

        assertThat(unconfirmed).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo(ListCheck.Code.DUPLICATE_PERSON);
            assertThat(c.outcome()).isEqualTo(ListCheck.Outcome.BLOCKING);
            assertThat(c.message()).contains("xác nhận kèm lý do", "/delegates/d-1/distinct-person");
        });
        for (List<ListCheck> confirmed : List.of(confirmedHere, confirmedThere)) {
            assertThat(confirmed).extracting(ListCheck::code, ListCheck::outcome).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(ListCheck.Code.DUPLICATE_PERSON, ListCheck.Outcome.PASSED),
                    org.assertj.core.groups.Tuple.tuple(ListCheck.Code.POSSIBLE_NAMESAKE, ListCheck.Outcome.WARNING));
            assertThat(confirmed.getLast().message()).contains("LS-CL-DM", "Khác quê quán: thôn Bắc Thủy");
            assertThat(confirmed.getLast().elsewhere()).extracting(ListCheck.Elsewhere::delegateId)
                    .containsExactly("d-7");
        }
        assertThat(ListPolicies.review(subject(List.of(hung.confirmedDistinct(SAID)), 5, List.of(dongMo(namesake))))
                .approvable()).isTrue();
    }

    /** One exemplary person picked twice is one person: no confirmation lifts it, and no hint offers one. */
    @Test
    void theSameExemplaryPersonStaysADuplicateWhateverAUnitSays() {
        Delegate picked = Delegates.picked("d-1", "Lý Văn Sơn", 1982, "honour:d:DX-1").confirmedDistinct(SAID);
        Delegate again = Delegates.picked("d-3", "Lý Văn Sơn", 1982, "honour:d:DX-1").confirmedDistinct(SAID);

        List<ListCheck> found = ListPolicies.duplicates(subject(List.of(picked), 5, List.of(dongMo(again))));

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo(ListCheck.Code.DUPLICATE_PERSON);
            assertThat(c.outcome()).isEqualTo(ListCheck.Outcome.BLOCKING);
            assertThat(c.message()).doesNotContain("distinct-person");
        });
    }

    @Test
    void noDuplicateIsAPassWithTheCount() {
        List<ListCheck> found = ListPolicies.duplicates(subject(delegates(3, 1), 5, List.of()));

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(ListCheck.Outcome.PASSED);
            assertThat(c.count()).isEqualTo(4);
        });
    }

    @Test
    void theReportBlocksOnSeatsAndDuplicatesOnlyAndWarnsOnTheRest() {
        CheckReport report = ListPolicies.review(new ListUnderReview(NHAN_LY, delegates(1, 3), 3,
                new CompositionPolicy(70, List.of(new CompositionTarget(DelegateAttribute.WOMEN, 30))), List.of()));

        assertThat(report.approvable()).isFalse();
        assertThat(report.blocking()).extracting(ListCheck::code).containsExactly(ListCheck.Code.SEATS);
        assertThat(report.warnings()).extracting(ListCheck::code).containsExactly(ListCheck.Code.EXEMPLARY_SHARE,
                ListCheck.Code.COMPOSITION_TARGET);
    }

    @Test
    void everyEthnicityButKinhIsAMinority() {
        assertThat(List.of("Kinh", "kinh", " KINH ", "Tày", "Nùng", "Dao", "H'Mông", "Sán Chay"))
                .map(e -> Delegates.of("d-1", "A", 1980, Gender.MALE, e, Category.GUEST).ethnicMinority())
                .containsExactly(false, false, false, true, true, true, true, true);
    }
}
