package vn.tdkt.delegate.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.delegate.exemplary.ExemplaryDirectory;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.problem.RuleViolationException;

/**
 * The use cases over lists kept in a map ({@link InMemoryLists}): seats before a list, picking exemplary people,
 * versions, and which lists of the congress tree count for a duplicate.
 */
class DelegateListServiceTest {

    final InMemoryLists lists = new InMemoryLists();
    final Map<String, DelegateList> stored = lists.stored;
    final InMemoryCongressCatalog congresses = InMemoryCongressCatalog.chiLang();
    final Map<String, ExemplaryDirectory.Entry> exemplary = new HashMap<>();
    DelegateListService service;

    @BeforeEach
    void wire() {
        service = lists.service(congresses, id -> Optional.ofNullable(exemplary.get(id)));
    }

    @Test
    void aUnitProposesOnlyOnceTheCongressHasGivenItSeats() {
        assertThatThrownBy(() -> service.add(new DelegateListId("hl", "LS-HL-DT"), null,
                Delegates.input("Hà Thị Nga", 1980))).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::message).first().asString()
                        .contains("chưa phân bổ"));
        assertThatThrownBy(() -> service.add(new DelegateListId("cl", "LS-HL"), null,
                Delegates.input("Hà Thị Nga", 1980))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("no seats");
        assertThatThrownBy(() -> service.add(new DelegateListId("nowhere", "LS-CL-NL"), null,
                Delegates.input("Hà Thị Nga", 1980))).isInstanceOf(NotFoundException.class);
        assertThat(stored).isEmpty();
    }

    @Test
    void theFirstDelegateOpensTheListAndTheVersionGuardsTheRest() {
        DelegateListId id = new DelegateListId("cl", "LS-CL-NL");
        DelegateList opened = service.add(id, null, Delegates.input("Hà Thị Nga", 1980));
        assertThat(opened.version()).isZero();

        service.add(id, 0L, Delegates.input("Vi Văn Thắng", 1975));

        assertThatThrownBy(() -> service.add(id, 0L, Delegates.input("Lộc Thị Hiền", 1992)))
                .isInstanceOf(StaleListException.class).hasMessageContaining("version 1, not 0");
        assertThat(service.get(id).delegates()).extracting(Delegate::fullName).containsExactly("Hà Thị Nga",
                "Vi Văn Thắng");
    }

    @Test
    void anExemplaryPersonOfTheSubtreeIsPickedWithTheirNameAndPosition() {
        exemplary.put("honour:d:DX-1", new ExemplaryDirectory.Entry("honour:d:DX-1", "LS-CL-NL", "INDIVIDUAL",
                "Lương Văn Hùng", "Công chức Địa chính – Xây dựng"));
        exemplary.put("honour:d:DX-2", new ExemplaryDirectory.Entry("honour:d:DX-2", "LS-HL", "INDIVIDUAL",
                "Hà Văn Dũng", null));
        exemplary.put("register:LS-CL-NL:2025-01:1", new ExemplaryDirectory.Entry("register:LS-CL-NL:2025-01:1",
                "LS-CL-NL", "COLLECTIVE", "Hợp tác xã Na Chi Lăng", null));
        DelegateListId id = new DelegateListId("cl", "LS-CL-NL");

        DelegateList list = service.add(id, null, new DelegateInput(null, 1990, Gender.MALE, "Nùng", null,
                Category.EXEMPLARY, false, false, null, "honour:d:DX-1"));

        assertThat(list.delegates()).singleElement().satisfies(d -> {
            assertThat(d.fullName()).isEqualTo("Lương Văn Hùng");
            assertThat(d.position()).isEqualTo("Công chức Địa chính – Xây dựng");
            assertThat(d.source()).isEqualTo("EXEMPLARY_REGISTER");
        });
        assertThatThrownBy(() -> service.add(id, null, new DelegateInput("Hà Văn Dũng", 1980, Gender.MALE, "Tày",
                "x", Category.EXEMPLARY, false, false, null, "honour:d:DX-2")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::message).first().asString().contains("outside the subtree"));
        assertThatThrownBy(() -> service.add(id, null, new DelegateInput(null, 1980, Gender.MALE, "Tày", "x",
                Category.EXEMPLARY, false, false, null, "register:LS-CL-NL:2025-01:1")))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> service.add(id, null, new DelegateInput("Người khác", 1990, Gender.MALE, "Nùng",
                null, Category.EXEMPLARY, false, false, null, "honour:d:DX-1")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("fullName"));
        assertThatThrownBy(() -> service.add(id, null, new DelegateInput(null, 1990, Gender.MALE, "Nùng", null,
                Category.EXEMPLARY, false, false, null, "honour:d:unknown")))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aWholeListOpensTheListAndNamesEachWrongPickByItsPlace() {
        exemplary.put("honour:d:DX-2", new ExemplaryDirectory.Entry("honour:d:DX-2", "LS-HL", "INDIVIDUAL",
                "Hà Văn Dũng", null));
        DelegateListId id = new DelegateListId("cl", "LS-CL-NL");
        DelegateInput outside = new DelegateInput(null, 1980, Gender.MALE, "Tày", "x", Category.EXEMPLARY, false,
                false, null, "honour:d:DX-2");

        assertThatThrownBy(() -> service.replaceAll(id, null, List.of(Delegates.input("Hà Thị Nga", 1980), outside)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("delegates[1].exemplaryPersonId"));
        assertThat(stored).isEmpty();

        DelegateList opened = service.replaceAll(id, null, List.of(Delegates.input("Hà Thị Nga", 1980),
                Delegates.input("Vi Văn Thắng", 1975)));

        assertThat(opened.version()).isZero();
        assertThat(service.get(id).delegates()).extracting(Delegate::id).containsExactly("d-1", "d-2");
        assertThatThrownBy(() -> service.replaceAll(id, null, List.of()))
                .isInstanceOf(ListVersionRequiredException.class);
    }

    /**
     * Nhân Lý's list to the district and Đồng Mỏ's to the district share a congress; Hữu Lũng's commune's list to
     * the Hữu Lũng congress is another congress of the tree, and so is Hữu Lũng's list to the province; Chi Lăng's
     * own list to the province carries Nhân Lý's delegates on up, and Nhân Lý's list carries its village's: a person
     * going on up the levels is no duplicate.
     */
    @Test
    void duplicatesAreLookedForAcrossTheTreeButNotUpOrDownTheLevels() {
        congresses.put(new vn.tdkt.delegate.congress.CongressFacts("hl", "LS-HL", "ls", null, 300,
                InMemoryCongressCatalog.SEED_002, InMemoryCongressCatalog.allocation(
                new vn.tdkt.delegate.congress.CongressFacts.UnitSeats("LS-HL-DT", 5))));
        congresses.put(new vn.tdkt.delegate.congress.CongressFacts("nl", "LS-CL-NL", "cl", null, 120,
                InMemoryCongressCatalog.SEED_002, InMemoryCongressCatalog.allocation(
                new vn.tdkt.delegate.congress.CongressFacts.UnitSeats("LS-CL-NL-BT", 3))));
        service.add(new DelegateListId("cl", "LS-CL-NL"), null, Delegates.input("Hà Thị Nga", 1980));
        service.add(new DelegateListId("cl", "LS-CL-DM"), null, Delegates.input("Hà Thị Nga", 1980));
        service.add(new DelegateListId("hl", "LS-HL-DT"), null, Delegates.input("Hà Thị Nga", 1980));
        service.add(new DelegateListId("ls", "LS-CL"), null, Delegates.input("Hà Thị Nga", 1980));
        service.add(new DelegateListId("ls", "LS-HL"), null, Delegates.input("Hà Thị Nga", 1980));
        service.add(new DelegateListId("nl", "LS-CL-NL-BT"), null, Delegates.input("Hà Thị Nga", 1980));

        CheckReport report = service.checks(service.get(new DelegateListId("cl", "LS-CL-NL")));

        assertThat(report.blocking()).singleElement().satisfies(c -> assertThat(c.elsewhere())
                .extracting(ListCheck.Elsewhere::unitCode, ListCheck.Elsewhere::relation).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("LS-CL-DM", "SAME_CONGRESS"),
                        org.assertj.core.groups.Tuple.tuple("LS-HL-DT", "OTHER_CONGRESS_OF_THE_TREE"),
                        org.assertj.core.groups.Tuple.tuple("LS-HL", "OTHER_CONGRESS_OF_THE_TREE")));
    }

    @Test
    void approvalIsRefusedWhileADuplicateStandsAndAllowedOnceItIsGone() {
        DelegateListId nhanLy = new DelegateListId("cl", "LS-CL-NL");
        DelegateListId dongMo = new DelegateListId("cl", "LS-CL-DM");
        service.add(nhanLy, null, Delegates.input("Hà Thị Nga", 1980));
        service.add(dongMo, null, Delegates.input("Hà Thị Nga", 1980));
        service.submit(nhanLy, null, "thiduakt.nhanly");

        assertThatThrownBy(() -> service.approve(nhanLy, null, "thiduakt.nhanly"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("LS-CL-DM");
        assertThat(service.get(nhanLy).status()).isEqualTo(ListStatus.PROPOSED);

        service.remove(dongMo, null, "d-1");
        assertThat(service.approve(nhanLy, null, "thiduakt.nhanly").status()).isEqualTo(ListStatus.APPROVED);
    }

    /**
     * Two people of the same name and birth year on Nhân Lý's and Đồng Mỏ's lists: Nhân Lý's approval waits until
     * it confirms, with a reason, that its delegate is another person; then both lists show the namesake as a warning.
     */
    @Test
    void aNamesakeConfirmedAsAnotherPersonLetsTheListBeApprovedWithAWarning() {
        DelegateListId nhanLy = new DelegateListId("cl", "LS-CL-NL");
        DelegateListId dongMo = new DelegateListId("cl", "LS-CL-DM");
        service.add(nhanLy, null, Delegates.input("Nguyễn Văn Hùng", 1980));
        service.add(dongMo, null, Delegates.input("Nguyễn Văn Hùng", 1980));
        service.submit(nhanLy, null, "thiduakt.nhanly");
        assertThatThrownBy(() -> service.approve(nhanLy, null, "thiduakt.nhanly"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("LS-CL-DM");

        service.confirmDistinct(nhanLy, 1L, "d-1", "Khác đơn vị công tác: Trường THCS Nhân Lý", "thiduakt.nhanly");
        DelegateList approved = service.approve(nhanLy, 2L, "thiduakt.nhanly");

        assertThat(approved.status()).isEqualTo(ListStatus.APPROVED);
        assertThat(approved.delegates().getFirst().distinctPerson().by()).isEqualTo("thiduakt.nhanly");
        assertThat(service.checks(service.get(dongMo)).warnings()).extracting(ListCheck::code)
                .contains(ListCheck.Code.POSSIBLE_NAMESAKE);
    }

    /** A cancelled or held congress takes no command on its lists: 409 naming its status, nothing changed. */
    @Test
    void aCongressNoLongerPlannedRefusesEveryCommandOnItsLists() {
        DelegateListId nhanLy = new DelegateListId("cl", "LS-CL-NL");
        service.add(nhanLy, null, Delegates.input("Hà Thị Nga", 1980));
        service.submit(nhanLy, 0L, "thiduakt.nhanly");
        vn.tdkt.delegate.congress.CongressFacts planned = congresses.find("cl").orElseThrow();
        for (String status : List.of("CANCELLED", "HELD")) {
            congresses.put(new vn.tdkt.delegate.congress.CongressFacts(planned.id(), planned.organiserUnitCode(),
                    planned.upperCongressId(), planned.date(), planned.maxDelegates(), planned.policy(),
                    planned.allocation(), status));
            List<org.junit.jupiter.api.function.Executable> commands = List.of(
                    () -> service.add(nhanLy, null, Delegates.input("Vi Văn Thắng", 1975)),
                    () -> service.replaceAll(nhanLy, 1L, List.of(Delegates.input("Vi Văn Thắng", 1975))),
                    () -> service.replace(nhanLy, 1L, "d-1", Delegates.input("Vi Văn Thắng", 1975)),
                    () -> service.remove(nhanLy, 1L, "d-1"),
                    () -> service.submit(nhanLy, 1L, "x"),
                    () -> service.confirmDistinct(nhanLy, 1L, "d-1", "khác người", "x"),
                    () -> service.approve(nhanLy, 1L, "x"),
                    () -> service.reopen(nhanLy, 1L, "sửa", "x"),
                    () -> service.add(new DelegateListId("cl", "LS-CL-DM"), null, Delegates.input("Vi Văn Thắng",
                            1975)));
            for (org.junit.jupiter.api.function.Executable command : commands) {
                assertThatThrownBy(command::execute).isInstanceOfSatisfying(CongressClosedException.class,
                        e -> assertThat(e.congressStatus()).isEqualTo(status)).hasMessageContaining(status);
            }
        }
        assertThat(stored).containsOnlyKeys(nhanLy.value());
        assertThat(service.get(nhanLy).version()).isEqualTo(1);
        assertThat(service.get(nhanLy).status()).isEqualTo(ListStatus.PROPOSED);
    }
}
