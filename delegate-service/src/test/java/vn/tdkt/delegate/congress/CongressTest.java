package vn.tdkt.delegate.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.delegate.congress.CongressFixtures.CLOCK;
import static vn.tdkt.delegate.congress.CongressFixtures.DEFAULT_POLICY;
import static vn.tdkt.delegate.congress.CongressFixtures.DISTRICT_DAY;
import static vn.tdkt.delegate.congress.CongressFixtures.PILOT_DAY;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.delegate.congress.CongressFacts.CompositionPolicy;
import vn.tdkt.delegate.congress.CongressFacts.CompositionTarget;
import vn.tdkt.events.congress.CongressDocumentReceived;
import vn.tdkt.events.congress.CongressEvent;
import vn.tdkt.events.congress.CongressPlanned;
import vn.tdkt.events.congress.CongressRescheduled;
import vn.tdkt.events.congress.CongressSeatsAllocated;
import vn.tdkt.events.congress.CongressUpdated;
import vn.tdkt.support.problem.ConflictException;
import vn.tdkt.support.problem.RuleViolationException;

class CongressTest {

    private static Congress.Draft plan(int staff, CongressForm chosen, int maxDelegates, String level,
                                       List<String> agenda) {
        return Congress.plan(CongressId.newId(), new Congress.Plan("LS-CL-NL", "Hội nghị điển hình tiên tiến xã Nhân Lý",
                PILOT_DAY, maxDelegates, DEFAULT_POLICY, agenda, null, true), level, staff, chosen, null, CLOCK);
    }

    @Test
    void planningPublishesTheWholeStateWithTheFormTheStaffCountImposes() {
        Congress.Draft draft = plan(150, null, 150, "COMMUNE", CongressRules.DEFAULT_AGENDA);

        assertThat(draft.congress().form()).isEqualTo(CongressForm.PLENARY);
        assertThat(draft.events()).singleElement().isInstanceOfSatisfying(CongressPlanned.class, e -> {
            assertThat(e.aggregateVersion()).isZero();
            assertThat(e.form()).isEqualTo("PLENARY");
            assertThat(e.formUndecided()).isFalse();
            assertThat(e.exemplaryPercent()).isEqualTo(70);
            assertThat(e.agenda()).last().isEqualTo(CongressRules.DELEGATE_LIST_ITEM);
            assertThat(e.pilot()).isTrue();
            assertThat(e.status()).isEqualTo("PLANNED");
        });
    }

    @Test
    void aFormAgainstTheStaffRuleIsRefused() {
        assertThatThrownBy(() -> plan(150, CongressForm.DELEGATE, 150, "COMMUNE", CongressRules.DEFAULT_AGENDA))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("form")));
    }

    @Test
    void atExactlyTwoHundredTheCongressWaitsForTheOrganisersChoice() {
        Congress congress = CongressFixtures.stored(plan(200, null, 200, "COMMUNE", CongressRules.DEFAULT_AGENDA)
                .congress());
        assertThat(congress.formUndecided()).isTrue();

        List<CongressEvent> events = congress.revise(new Congress.Revision(null, CongressForm.DELEGATE, null, null,
                null, null), CLOCK);

        assertThat(congress.form()).isEqualTo(CongressForm.DELEGATE);
        assertThat(events).singleElement().isInstanceOfSatisfying(CongressUpdated.class, e -> {
            assertThat(e.changes()).containsExactly("form");
            assertThat(e.formUndecided()).isFalse();
            assertThat(e.aggregateVersion()).isEqualTo(1);
        });
    }

    @Test
    void theDistrictHasAtMostThreeHundredDelegates() {
        assertThatThrownBy(() -> plan(450, null, 301, "DISTRICT", CongressRules.DEFAULT_AGENDA))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("larger");
        assertThat(plan(450, null, 300, "DISTRICT", CongressRules.DEFAULT_AGENDA).congress().maxDelegates())
                .isEqualTo(300);
    }

    @Test
    void anAgendaWithoutTheDelegateListIsRefused() {
        assertThatThrownBy(() -> plan(150, null, 150, "COMMUNE", List.of("Chào cờ", "Tổng kết và bế mạc")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("agenda"));
    }

    @Test
    void anOverriddenRescheduleIsRecordedOnTheCongressAndInTheEvent() {
        Congress district = CongressFixtures.district();
        Congress commune = CongressFixtures.commune(district, "LS-CL-NL", PILOT_DAY, true, 150);

        List<CongressEvent> events = commune.reschedule(DISTRICT_DAY, new Congress.ScheduleOverride("Trùng lịch",
                List.of("the upper congress is on 2025-04-15")), CLOCK);

        assertThat(commune.scheduleOverride().reason()).isEqualTo("Trùng lịch");
        assertThat(events).singleElement().isInstanceOfSatisfying(CongressRescheduled.class, e -> {
            assertThat(e.previousDate()).isEqualTo(PILOT_DAY);
            assertThat(e.date()).isEqualTo(DISTRICT_DAY);
            assertThat(e.overridden()).isTrue();
            assertThat(e.conflicts()).hasSize(1);
        });
        assertThat(commune.reschedule(DISTRICT_DAY, commune.scheduleOverride(), CLOCK)).as("nothing new").isEmpty();
    }

    @Test
    void aHeldOrCancelledCongressIsFinal() {
        Congress district = CongressFixtures.district();
        district.moveTo(CongressStatus.HELD, CLOCK);

        assertThatThrownBy(() -> district.moveTo(CongressStatus.CANCELLED, CLOCK)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> district.reschedule(PILOT_DAY, null, CLOCK)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aDocumentReceivedAfterItsDueDateIsLate() {
        Congress commune = CongressFixtures.commune(CongressFixtures.district(), "LS-CL-NL", PILOT_DAY, true, 150);

        List<CongressEvent> onTime = commune.receive(RequiredDocument.PLAN, LocalDate.of(2025, 2, 1), CLOCK);
        List<CongressEvent> late = commune.receive(RequiredDocument.REPORT, LocalDate.of(2025, 2, 6), CLOCK);

        assertThat(onTime).singleElement().isInstanceOfSatisfying(CongressDocumentReceived.class, e -> {
            assertThat(e.dueOn()).isEqualTo(LocalDate.of(2025, 2, 5));
            assertThat(e.late()).isFalse();
        });
        assertThat(late).singleElement().isInstanceOfSatisfying(CongressDocumentReceived.class,
                e -> assertThat(e.late()).isTrue());
        LocalDate today = LocalDate.of(2025, 2, 10);
        assertThat(commune.documentState(RequiredDocument.PLAN, today)).isEqualTo(DocumentState.RECEIVED);
        assertThat(commune.documentState(RequiredDocument.REPORT, today)).isEqualTo(DocumentState.RECEIVED_LATE);
        assertThat(commune.documentState(RequiredDocument.AGENDA, today)).isEqualTo(DocumentState.LATE);
        assertThat(commune.documentState(RequiredDocument.SCHEDULE, LocalDate.of(2025, 2, 5)))
                .isEqualTo(DocumentState.DUE);
    }

    @Test
    void allocationsAreNumberedAndTheLatestIsWhatTheDelegateListsSee() {
        Congress district = CongressFixtures.district();
        Allocation.Calculated first = new Allocation.Calculated("WEBSTER", "STAFF", 210, List.of(
                new Allocation.UnitShare("LS-CL-NL", "150", "105", 105, "—"),
                new Allocation.UnitShare("LS-CL-DM", "150", "105", 105, "—")), List.of());
        Allocation.Calculated second = new Allocation.Calculated("HAMILTON", "MANUAL", 210, List.of(
                new Allocation.UnitShare("LS-CL-NL", "2", "140", 140, "—"),
                new Allocation.UnitShare("LS-CL-DM", "1", "70", 70, "—")), List.of());

        district.allocate(first, CLOCK);
        List<CongressEvent> events = district.allocate(second, CLOCK);

        assertThat(district.allocations()).extracting(Allocation::version).containsExactly(1L, 2L);
        assertThat(events).singleElement().isInstanceOfSatisfying(CongressSeatsAllocated.class, e -> {
            assertThat(e.allocationVersion()).isEqualTo(2);
            assertThat(e.method()).isEqualTo("HAMILTON");
            assertThat(e.units()).extracting(u -> u.seats()).containsExactly(140L, 70L);
        });
        for (int i = 0; i < Congress.KEPT_ALLOCATIONS; i++) {
            district.allocate(first, CLOCK);
        }
        assertThat(district.allocations()).hasSize(Congress.KEPT_ALLOCATIONS);
        assertThat(district.allocations().getFirst().version()).isEqualTo(3);
        district.allocate(second, CLOCK);
        assertThat(district.currentAllocation().version()).isEqualTo(13);
        CongressFacts facts = district.facts();
        assertThat(facts.allocation().version()).isEqualTo(13);
        assertThat(facts.seatsOf("LS-CL-NL")).contains(140);
        assertThat(facts.maxDelegates()).isEqualTo(300);
        assertThat(facts.policy().exemplaryPercent()).isEqualTo(70);
    }

    @Test
    void aNewPolicyAndAgendaAreOneUpdate() {
        Congress district = CongressFixtures.district();
        CompositionPolicy policy = new CompositionPolicy(70, List.of(new CompositionTarget(DelegateAttribute.WOMEN, 30)));

        List<CongressEvent> events = district.revise(new Congress.Revision("Hội nghị điển hình tiên tiến huyện",
                null, 250, policy, List.of("Khai mạc", CongressRules.DELEGATE_LIST_ITEM), null), CLOCK);

        assertThat(events).singleElement().isInstanceOfSatisfying(CongressUpdated.class, e -> {
            assertThat(e.changes()).containsExactly("title", "maxDelegates", "policy", "agenda");
            assertThat(e.targets()).singleElement().satisfies(t -> {
                assertThat(t.attribute()).isEqualTo("WOMEN");
                assertThat(t.minimumPercent()).isEqualTo(30);
            });
        });
        assertThat(district.defaultExemplarySeats()).isEqualTo(175);
        assertThat(district.revise(new Congress.Revision(null, null, 250, policy, null, null), CLOCK)).isEmpty();
    }
}
