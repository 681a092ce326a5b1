package vn.tdkt.delegate.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.delegate.congress.CongressFacts;
import vn.tdkt.events.congress.DelegateListApproved;
import vn.tdkt.events.congress.DelegateListEvent;
import vn.tdkt.events.congress.DelegateListReopened;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.problem.RuleViolationException;

/** Every move of a delegate list and every illegal one. */
class DelegateListTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-10T02:00:00Z"), ZoneOffset.UTC);
    static final DelegateListId ID = new DelegateListId(InMemoryCongressCatalog.CHI_LANG, "LS-CL-NL");
    static final CongressFacts DISTRICT = InMemoryCongressCatalog.chiLang().find(InMemoryCongressCatalog.CHI_LANG)
            .orElseThrow();

    /** A stored draft (version 3) with the given delegates added. */
    static DelegateList draft(Delegate... delegates) {
        DelegateList list = DelegateList.open(ID, CLOCK);
        for (Delegate d : delegates) {
            list.add(d, CLOCK);
        }
        list.stored(3);
        return list;
    }

    static CheckReport review(DelegateList list) {
        return ListPolicies.review(new ListUnderReview(list.id(), list.delegates(), 5, DISTRICT.policy(), List.of()));
    }

    @Test
    void delegatesGetIdsThatAreNeverReused() {
        DelegateList list = draft(Delegates.exemplary("Lương Thị Hoa", 1978),
                Delegates.exemplary("Hoàng Văn Tú", 1985));
        list.remove("d-1");
        Delegate third = list.add(Delegates.exemplary("Vi Thị Lan", 1990), CLOCK);

        assertThat(third.id()).isEqualTo("d-3");
        assertThat(list.delegates()).extracting(Delegate::id).containsExactly("d-2", "d-3");
    }

    @Test
    void aReplacementKeepsTheIdAndThePlace() {
        DelegateList list = draft(Delegates.exemplary("Lương Thị Hoa", 1978),
                Delegates.exemplary("Hoàng Văn Tú", 1985));

        list.replace("d-1", Delegates.exemplary("Lương Thị Hòa", 1979), CLOCK);

        assertThat(list.delegates()).extracting(Delegate::id, Delegate::fullName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("d-1", "Lương Thị Hòa"),
                        org.assertj.core.groups.Tuple.tuple("d-2", "Hoàng Văn Tú"));
        assertThatThrownBy(() -> list.replace("d-9", Delegates.exemplary("Vi Thị Lan", 1990), CLOCK))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> list.remove("d-9")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void everyMissingOrImpossibleFieldIsNamedAtOnce() {
        DelegateList list = draft();
        Delegate bad = new Delegate(null, " ", 1850, null, "", null, null, false, false, null, null);

        assertThatThrownBy(() -> list.add(bad, CLOCK)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("fullName", "birthYear",
                        "gender", "ethnicity", "position", "category"));
        assertThat(list.delegates()).isEmpty();
        assertThatThrownBy(() -> list.add(Delegates.exemplary("Lương Thị Hoa", 2026), CLOCK))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1900 to 2025");
    }

    @Test
    void theWholeListIsReplacedUnderNewIdsOrNotAtAll() {
        DelegateList list = draft(Delegates.exemplary("Lương Thị Hoa", 1978),
                Delegates.exemplary("Hoàng Văn Tú", 1985));
        Delegate bad = new Delegate(null, "Vi Thị Lan", 1990, null, "Tày", "", Category.EXEMPLARY, false, false, null,
                null);

        assertThatThrownBy(() -> list.replaceAll(List.of(Delegates.exemplary("Hà Thị Nga", 1980), bad), CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("delegates[1].gender", "delegates[1].position"));
        assertThat(list.delegates()).extracting(Delegate::id).containsExactly("d-1", "d-2");

        list.replaceAll(List.of(Delegates.exemplary("Hà Thị Nga", 1980)), CLOCK);

        assertThat(list.delegates()).extracting(Delegate::id, Delegate::fullName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("d-3", "Hà Thị Nga"));
        list.submit("x", CLOCK);
        assertThatThrownBy(() -> list.replaceAll(List.of(), CLOCK)).isInstanceOf(ListLockedException.class);
    }

    @Test
    void anEmptyListIsNotSubmitted() {
        DelegateList list = draft();

        assertThatThrownBy(() -> list.submit("thiduakt.nhanly", CLOCK)).isInstanceOf(RuleViolationException.class);
        assertThat(list.status()).isEqualTo(ListStatus.DRAFT);
    }

    @Test
    void submittedApprovedAndAnnouncedByIdsAndCountsWithoutPersonalData() {
        DelegateList list = draft(Delegates.exemplary("Lương Thị Hoa", 1978),
                Delegates.of(null, "Nguyễn Văn Bình", 1970, Gender.MALE, "Kinh", Category.LEADER));
        list.submit("thiduakt.nhanly", CLOCK);
        list.stored(4);

        List<DelegateListEvent> events = list.approve(review(list), DISTRICT, "lanhdao.nhanly", CLOCK);

        assertThat(list.status()).isEqualTo(ListStatus.APPROVED);
        assertThat(list.history()).extracting(StatusChange::to).containsExactly(ListStatus.PROPOSED,
                ListStatus.APPROVED);
        DelegateListApproved approved = (DelegateListApproved) events.getFirst();
        assertThat(approved.aggregateId()).isEqualTo("cl:LS-CL-NL");
        assertThat(approved.aggregateVersion()).isEqualTo(5);
        assertThat(approved.organiserUnitCode()).isEqualTo("LS-CL");
        assertThat(approved.seats()).isEqualTo(5);
        assertThat(approved.delegateCount()).isEqualTo(2);
        assertThat(approved.delegates()).extracting(d -> d.delegateId(), d -> d.category()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("d-1", "EXEMPLARY"), org.assertj.core.groups.Tuple.tuple("d-2",
                        "LEADER"));
        // 1 exemplary of 2 is 50 %, below 70 %: approved, with the warning recorded
        assertThat(approved.warnings()).extracting(w -> w.code()).containsExactly("EXEMPLARY_SHARE");
        // the shared topic gets no personal attribute: no name, birth year, gender, ethnicity or position
        assertThat(vn.tdkt.events.EventJson.write(approved)).doesNotContain("Lương Thị Hoa", "Nguyễn Văn Bình",
                "1978", "Nùng", "Kinh", "FEMALE", "Nông dân", "fullName", "ethnicity", "birthYear", "gender");
    }

    @Test
    void aConfirmedNamesakeIsPublishedByTheDelegatesIdOnly() {
        DelegateList list = draft(Delegates.exemplary("Lương Thị Hoa", 1978));
        list.confirmDistinct("d-1", "Khác quê quán: thôn Bắc Thủy, không phải xã Quang Lang", "thiduakt.nhanly",
                CLOCK);
        list.submit("thiduakt.nhanly", CLOCK);
        Delegate namesake = Delegates.exemplary("Lương Thị Hoa", 1978).withId("d-9");
        CheckReport report = ListPolicies.review(new ListUnderReview(list.id(), list.delegates(), 5, DISTRICT.policy(),
                List.of(new ListUnderReview.OtherList(new DelegateListId(InMemoryCongressCatalog.CHI_LANG, "LS-CL-DM"),
                        ListStatus.APPROVED, List.of(namesake), true))));

        DelegateListApproved approved = (DelegateListApproved) list.approve(report, DISTRICT, "lanhdao.nhanly", CLOCK)
                .getFirst();

        assertThat(approved.warnings()).extracting(w -> w.code()).contains("POSSIBLE_NAMESAKE");
        assertThat(vn.tdkt.events.EventJson.write(approved)).doesNotContain("Lương Thị Hoa", "Bắc Thủy")
                .contains("d-1");
    }

    @Test
    void aNamesakeIsConfirmedWithAReasonOnADraftOrAProposedListNotAnApprovedOne() {
        DelegateList list = draft(Delegates.exemplary("Lương Thị Hoa", 1978));

        assertThatThrownBy(() -> list.confirmDistinct("d-1", " ", "x", CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> list.confirmDistinct("d-7", "khác người", "x", CLOCK))
                .isInstanceOf(NotFoundException.class);
        list.submit("thiduakt.nhanly", CLOCK);
        Delegate confirmed = list.confirmDistinct("d-1", " Khác quê quán ", "thiduakt.nhanly", CLOCK);

        assertThat(confirmed.distinctPerson()).isEqualTo(new Delegate.DistinctPerson("Khác quê quán",
                "thiduakt.nhanly", CLOCK.instant()));
        assertThat(list.delegates().getFirst().distinctPerson()).isNotNull();
        list.approve(review(list), DISTRICT, "lanhdao.nhanly", CLOCK);
        assertThatThrownBy(() -> list.confirmDistinct("d-1", "khác người", "x", CLOCK))
                .isInstanceOf(ListLockedException.class);
    }

    @Test
    void onlyAProposedListIsApprovedAndOnlyADraftChanges() {
        DelegateList list = draft(Delegates.exemplary("Lương Thị Hoa", 1978));

        assertThatThrownBy(() -> list.approve(review(list), DISTRICT, "x", CLOCK))
                .isInstanceOfSatisfying(IllegalListMoveException.class, e -> {
                    assertThat(e.from()).isEqualTo(ListStatus.DRAFT);
                    assertThat(e.allowed()).containsExactly(ListStatus.PROPOSED);
                });
        list.submit("x", CLOCK);
        assertThatThrownBy(() -> list.submit("x", CLOCK)).isInstanceOf(IllegalListMoveException.class);
        assertThatThrownBy(() -> list.add(Delegates.exemplary("Vi Thị Lan", 1990), CLOCK))
                .isInstanceOf(ListLockedException.class).hasMessageContaining("PROPOSED");
        list.approve(review(list), DISTRICT, "x", CLOCK);
        assertThatThrownBy(() -> list.remove("d-1")).isInstanceOf(ListLockedException.class);
        assertThatThrownBy(() -> list.replace("d-1", Delegates.exemplary("Vi Thị Lan", 1990), CLOCK))
                .isInstanceOf(ListLockedException.class);
        assertThatThrownBy(() -> list.approve(review(list), DISTRICT, "x", CLOCK))
                .isInstanceOf(IllegalListMoveException.class);
    }

    @Test
    void aBlockingCheckRefusesTheApprovalNamingTheDelegate() {
        DelegateList list = draft(Delegates.exemplary("Lương Thị Hoa", 1978), Delegates.exemplary("Hoàng Văn Tú", 1985),
                Delegates.exemplary("lương  thị hoa", 1978));
        list.submit("x", CLOCK);

        assertThatThrownBy(() -> list.approve(review(list), DISTRICT, "x", CLOCK))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("delegates[0]", "delegates[2]"));
        assertThat(list.status()).isEqualTo(ListStatus.PROPOSED);
    }

    @Test
    void reopeningNeedsAReasonAndAnnouncesOnlyWhatWasApproved() {
        DelegateList list = draft(Delegates.exemplary("Lương Thị Hoa", 1978));
        assertThatThrownBy(() -> list.reopen(" ", DISTRICT, "x", CLOCK)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> list.reopen("sửa", DISTRICT, "x", CLOCK)).isInstanceOf(IllegalListMoveException.class);

        list.submit("x", CLOCK);
        assertThat(list.reopen("Bổ sung đại biểu nữ", DISTRICT, "x", CLOCK)).isEmpty();
        list.submit("x", CLOCK);
        list.approve(review(list), DISTRICT, "x", CLOCK);
        list.stored(7);

        List<DelegateListEvent> events = list.reopen("Thay đại biểu do chuyển công tác", DISTRICT, "x", CLOCK);

        assertThat(list.status()).isEqualTo(ListStatus.DRAFT);
        assertThat(events).singleElement().isInstanceOfSatisfying(DelegateListReopened.class, e -> {
            assertThat(e.reason()).isEqualTo("Thay đại biểu do chuyển công tác");
            assertThat(e.aggregateVersion()).isEqualTo(8);
        });
        assertThat(list.history().getLast().reason()).isEqualTo("Thay đại biểu do chuyển công tác");
    }
}
