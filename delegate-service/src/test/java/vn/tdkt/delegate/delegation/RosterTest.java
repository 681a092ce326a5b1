package vn.tdkt.delegate.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.delegate.congress.CongressFacts;
import vn.tdkt.delegate.congress.CongressFacts.UnitSeats;
import vn.tdkt.events.congress.DelegateListApproved;
import vn.tdkt.events.congress.DelegateListReopened;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;

/**
 * Chi Lăng's district congress (seed 002): Nhân Lý, the pilot commune, has its list approved, Đồng Mỏ has only
 * proposed one; the roster holds Nhân Lý's delegates and the summary says what each commune still owes.
 */
class RosterTest {

    static final DelegateListId NHAN_LY = new DelegateListId(InMemoryCongressCatalog.CHI_LANG, "LS-CL-NL");
    static final DelegateListId DONG_MO = new DelegateListId(InMemoryCongressCatalog.CHI_LANG, "LS-CL-DM");

    final InMemoryLists lists = new InMemoryLists();
    final InMemoryCongressCatalog congresses = InMemoryCongressCatalog.chiLang();
    DelegateListService service;
    Roster roster;

    @BeforeEach
    void chiLang() {
        service = lists.service(congresses, id -> Optional.empty());
        roster = new Roster(service);
        add(NHAN_LY, "Lương Thị Hoa", Gender.FEMALE, "Nùng", Category.EXEMPLARY);
        add(NHAN_LY, "Hoàng Văn Tú", Gender.MALE, "Tày", Category.EXEMPLARY);
        add(NHAN_LY, "Nguyễn Thị Lan", Gender.FEMALE, "Kinh", Category.EXEMPLARY);
        add(NHAN_LY, "Vi Văn Đức", Gender.MALE, "Nùng", Category.LEADER);
        service.submit(NHAN_LY, null, "thiduakt.nhanly");
        service.approve(NHAN_LY, null, "thiduakt.nhanly");
        add(DONG_MO, "Lộc Thị Hiền", Gender.FEMALE, "Tày", Category.EXEMPLARY);
        add(DONG_MO, "Đinh Văn Long", Gender.MALE, "Kinh", Category.GUEST);
        service.submit(DONG_MO, null, "thiduakt.dongmo");
    }

    private void add(DelegateListId list, String name, Gender gender, String ethnicity, Category category) {
        service.add(list, null, new DelegateInput(name, 1980, gender, ethnicity, "Xã " + list.unitCode(), category,
                false, false, EconomicSector.STATE, null));
    }

    @Test
    void theRosterHoldsTheApprovedListsOnlyInPages() {
        PageResponse<Roster.Entry> second = roster.page(InMemoryCongressCatalog.CHI_LANG, PageQuery.of(1, 3));

        assertThat(second.totalItems()).isEqualTo(4);
        assertThat(second.items()).extracting(e -> e.delegate().fullName()).containsExactly("Vi Văn Đức");
        assertThat(roster.entries(InMemoryCongressCatalog.CHI_LANG)).extracting(Roster.Entry::unitCode).containsOnly(
                "LS-CL-NL");
    }

    @Test
    void theSummarySaysPerUnitWhatIsProposedApprovedAndMissing() {
        Roster.Summary summary = roster.summary(InMemoryCongressCatalog.CHI_LANG);

        assertThat(summary.units()).extracting(Roster.UnitLine::unitCode, Roster.UnitLine::seats,
                Roster.UnitLine::proposed, Roster.UnitLine::approved, Roster.UnitLine::missing,
                Roster.UnitLine::status).containsExactly(
                tuple("LS-CL-NL", 5, 4, 4, 1, ListStatus.APPROVED),
                tuple("LS-CL-DM", 4, 2, 0, 4, ListStatus.PROPOSED));
        assertThat(summary.totals()).isEqualTo(new Roster.Totals(9, 6, 4, 5));
        // Đồng Mỏ: 1 exemplary of 2 (50 %) warns; nothing blocks either list
        assertThat(summary.units()).extracting(Roster.UnitLine::blocking, Roster.UnitLine::warnings)
                .containsExactly(tuple(0, 0), tuple(0, 1));
        assertThat(summary.maxDelegates()).isEqualTo(300);
        assertThat(summary.composition()).extracting(ListCheck::code, ListCheck::count, ListCheck::total,
                ListCheck::outcome).containsExactly(
                tuple(ListCheck.Code.EXEMPLARY_SHARE, 3, 4, ListCheck.Outcome.PASSED),
                tuple(ListCheck.Code.COMPOSITION_TARGET, 2, 4, ListCheck.Outcome.PASSED),
                tuple(ListCheck.Code.COMPOSITION_TARGET, 3, 4, ListCheck.Outcome.PASSED));
    }

    @Test
    void reopeningTakesAListOffTheRosterAndSaysSo() {
        service.reopen(NHAN_LY, null, "Thay đại biểu do chuyển công tác", "thiduakt.nhanly");

        assertThat(roster.entries(InMemoryCongressCatalog.CHI_LANG)).isEmpty();
        assertThat(roster.summary(InMemoryCongressCatalog.CHI_LANG).totals()).isEqualTo(new Roster.Totals(9, 6, 0, 9));
        assertThat(lists.published).extracting(e -> e.getClass().getSimpleName()).containsExactly(
                DelegateListApproved.class.getSimpleName(), DelegateListReopened.class.getSimpleName());
    }

    @Test
    void aUnitNoLongerInTheAllocationStillShowsItsListWithNoSeats() {
        congresses.put(new CongressFacts(InMemoryCongressCatalog.CHI_LANG, "LS-CL", InMemoryCongressCatalog.PROVINCE,
                null, 300, InMemoryCongressCatalog.SEED_002, new CongressFacts.SeatAllocation(2, "HAMILTON",
                List.of(new UnitSeats("LS-CL-NL", 6)))));

        assertThat(roster.summary(InMemoryCongressCatalog.CHI_LANG).units()).extracting(Roster.UnitLine::unitCode,
                Roster.UnitLine::seats, Roster.UnitLine::missing).containsExactly(tuple("LS-CL-NL", 6, 2),
                tuple("LS-CL-DM", 0, 0));
    }
}
