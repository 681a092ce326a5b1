package vn.tdkt.delegate.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.events.congress.CongressPlanned;
import vn.tdkt.events.congress.CongressRescheduled;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.problem.RuleViolationException;
import vn.tdkt.support.security.UnitTree;
import vn.tdkt.support.unitdirectory.DirectoryUnit;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/** The rules that need other congresses or the unit tree: the order of levels and dates, ancestors, mergers. */
class CongressServiceTest {

    static final Map<String, String> PARENTS = Map.of("LS-CL", "LS", "LS-HL", "LS", "LS-CL-NL", "LS-CL",
            "LS-CL-DM", "LS-CL", "LS-CL-CL", "LS-CL", "LS-CL-OLD", "LS-CL-DM");

    final InMemoryCongresses repository = new InMemoryCongresses();
    final UnitDirectory units = mock(UnitDirectory.class);
    final UnitTree tree = code -> Optional.ofNullable(PARENTS.get(code));
    CongressService service;

    @BeforeEach
    void setUp() {
        unit("LS", "PROVINCE", 2000, null);
        unit("LS-CL", "DISTRICT", 450, "LS");
        unit("LS-HL", "DISTRICT", 380, "LS");
        unit("LS-CL-NL", "COMMUNE", 150, "LS-CL");
        unit("LS-CL-DM", "COMMUNE", 200, "LS-CL");
        unit("LS-CL-CL", "COMMUNE", 260, "LS-CL");
        when(units.find("LS-CL-OLD")).thenReturn(Optional.of(new DirectoryUnit("LS-CL-OLD", "Xã cũ", "COMMUNE",
                "LS-CL", 90, List.of(), 3, null, DirectoryUnit.MERGED, "LS-CL-DM", List.of(), null)));
        Optional<DirectoryUnit> successor = units.find("LS-CL-DM");
        when(units.current("LS-CL-OLD")).thenReturn(successor);
        service = new CongressService(repository, units, tree, mock(SeatAllocator.class), mock(OutboxRelay.class),
                CongressFixtures.CLOCK);
    }

    private void unit(String code, String level, int staff, String parent) {
        when(units.find(code)).thenReturn(Optional.of(new DirectoryUnit(code, "Đơn vị " + code, level, parent, staff,
                List.of(), 1, null)));
    }

    private CongressService.PlanCommand command(String organiser, LocalDate date, CongressId upper, String override) {
        return new CongressService.PlanCommand(organiser, "Hội nghị điển hình tiên tiến " + organiser, date, null,
                null, null, null, upper, false, override);
    }

    private Congress district() {
        return service.plan(command("LS-CL", CongressFixtures.DISTRICT_DAY, null, null)).congress();
    }

    @Test
    void theDistrictDefaultsToThreeHundredDelegatesAndSeventyPercentExemplary() {
        Congress district = district();

        assertThat(district.maxDelegates()).isEqualTo(300);
        assertThat(district.form()).isEqualTo(CongressForm.DELEGATE);
        assertThat(district.policy().exemplaryPercent()).isEqualTo(70);
        assertThat(district.defaultExemplarySeats()).isEqualTo(210);
        assertThat(district.agenda()).isEqualTo(CongressRules.DEFAULT_AGENDA);
    }

    @Test
    void aLowerCongressIsHeldBeforeItsUpperOne() {
        CongressId upper = district().id();

        assertThatThrownBy(() -> service.plan(command("LS-CL-NL", CongressFixtures.DISTRICT_DAY, upper, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("date"));
                    assertThat(e.getMessage()).contains("overrideReason");
                });
        assertThat(repository.stored).hasSize(1);
    }

    @Test
    void anOverrideAcceptsTheDateWarnsAndIsRecorded() {
        CongressId upper = district().id();

        CongressService.Outcome outcome = service.plan(command("LS-CL-NL", CongressFixtures.DISTRICT_DAY.plusDays(1),
                upper, "Xã tổ chức sau do thiên tai"));

        assertThat(outcome.warnings()).singleElement().asString().startsWith("SCHEDULE_OVERRIDDEN");
        assertThat(outcome.congress().scheduleOverride().reason()).isEqualTo("Xã tổ chức sau do thiên tai");
        assertThat(repository.events.getLast()).isInstanceOfSatisfying(CongressPlanned.class, e -> {
            assertThat(e.scheduleOverridden()).isTrue();
            assertThat(e.conflicts()).hasSize(1);
        });
    }

    @Test
    void reschedulingTheUpperCongressRechecksItsLowerOnes() {
        Congress upper = district();
        Congress pilot = service.plan(command("LS-CL-NL", CongressFixtures.PILOT_DAY, upper.id(), null)).congress();
        LocalDate beforePilot = CongressFixtures.PILOT_DAY.minusDays(1);

        assertThatThrownBy(() -> service.reschedule(upper.id(), 0L, beforePilot, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("LS-CL-NL");
        CongressService.Outcome kept = service.reschedule(upper.id(), 0L, beforePilot, "Chỉ đạo của tỉnh");

        assertThat(kept.warnings()).singleElement().asString().contains(pilot.id().value());
        assertThat(repository.events.getLast()).isInstanceOfSatisfying(CongressRescheduled.class,
                e -> assertThat(e.overridden()).isTrue());
    }

    @Test
    void theUpperCongressIsOrganisedAboveTheLowerOne() {
        CongressId huuLung = service.plan(command("LS-HL", CongressFixtures.DISTRICT_DAY, null, null)).congress().id();

        assertThatThrownBy(() -> service.plan(command("LS-CL-NL", CongressFixtures.PILOT_DAY, huuLung, null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("upperCongressId"));
    }

    @Test
    void aMergedUnitsSuccessorOrganises() {
        assertThatThrownBy(() -> service.plan(command("LS-CL-OLD", CongressFixtures.PILOT_DAY, null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors().getFirst().message())
                        .contains("merged into LS-CL-DM"));
    }

    @Test
    void exactlyTwoHundredStaffIsFlaggedForTheOrganiser() {
        CongressId upper = district().id();

        CongressService.Outcome outcome = service.plan(command("LS-CL-DM", CongressFixtures.PILOT_DAY.plusDays(10),
                upper, null));

        assertThat(outcome.congress().formUndecided()).isTrue();
        assertThat(outcome.warnings()).singleElement().asString().startsWith("FORM_UNDECIDED").contains("200");
    }

    @Test
    void aDelegateConferenceIsNoLargerThanTheUpperOne() {
        CongressId upper = district().id();

        assertThatThrownBy(() -> service.plan(new CongressService.PlanCommand("LS-CL-CL", "Hội nghị đại biểu",
                CongressFixtures.PILOT_DAY, null, 301, null, null, upper, false, null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("maxDelegates"));
        Congress commune = service.plan(command("LS-CL-CL", CongressFixtures.PILOT_DAY, upper, null)).congress();
        assertThat(commune.form()).isEqualTo(CongressForm.DELEGATE);
        assertThat(commune.maxDelegates()).as("the upper congress's size by default").isEqualTo(300);
    }

    @Test
    void aPlenaryConferenceHoldsTheWholeStaffByDefault() {
        CongressId upper = district().id();

        Congress pilot = service.plan(command("LS-CL-NL", CongressFixtures.PILOT_DAY, upper, null)).congress();

        assertThat(pilot.form()).isEqualTo(CongressForm.PLENARY);
        assertThat(pilot.maxDelegates()).isEqualTo(150);
    }

    @Test
    void aUnitHasOneCongressPerUpperCongressAndTheRefusalNamesIt() {
        CongressId upper = district().id();
        Congress first = service.plan(command("LS-CL-NL", CongressFixtures.PILOT_DAY, upper, null)).congress();

        assertThatThrownBy(() -> service.plan(command("LS-CL-NL", CongressFixtures.PILOT_DAY, upper, null)))
                .isInstanceOfSatisfying(DuplicateCongressException.class, e -> assertThat(e.existingCongressId())
                        .isEqualTo(first.id().value())).hasMessageContaining(first.id().value());
    }

    @Test
    void aCancelledCongressFreesTheUnitsPlace() {
        CongressId upper = district().id();
        Congress first = service.plan(command("LS-CL-NL", CongressFixtures.PILOT_DAY, upper, null)).congress();
        service.move(first.id(), first.version(), CongressStatus.CANCELLED);

        assertThat(service.plan(command("LS-CL-NL", CongressFixtures.PILOT_DAY, upper, null)).congress().id())
                .isNotEqualTo(first.id());
    }

    /**
     * Two plans racing: both pass the service's look-up before either is stored, and the store (the unique index)
     * refuses the second. The refusal is the same 409, naming the congress that won.
     */
    @Test
    void aPlanThatLosesARaceIsRefusedNamingTheWinner() {
        CongressId upper = district().id();
        Congress[] winner = new Congress[1];
        InMemoryCongresses racing = new InMemoryCongresses() {
            private boolean raced;

            @Override
            Optional<Congress> live(String organiser, CongressId up) {
                if (!raced) { // the other plan is stored just after this look-up found nothing
                    raced = true;
                    winner[0] = service.plan(command(organiser, CongressFixtures.PILOT_DAY, up, null)).congress();
                    return Optional.empty();
                }
                return super.live(organiser, up);
            }
        };
        racing.stored.putAll(repository.stored);
        CongressService loser = new CongressService(racing, units, tree, mock(SeatAllocator.class),
                mock(OutboxRelay.class), CongressFixtures.CLOCK);
        service = new CongressService(racing, units, tree, mock(SeatAllocator.class), mock(OutboxRelay.class),
                CongressFixtures.CLOCK);

        assertThatThrownBy(() -> loser.plan(command("LS-CL-NL", CongressFixtures.PILOT_DAY, upper, null)))
                .isInstanceOfSatisfying(DuplicateCongressException.class, e -> assertThat(e.existingCongressId())
                        .isEqualTo(winner[0].id().value()));
        assertThat(racing.stored.values()).filteredOn(c -> c.organiserUnitCode().equals("LS-CL-NL")).hasSize(1);
    }

    @Test
    void theCatalogGivesTheDelegateListsTheirView() {
        Congress upper = district();
        service.plan(command("LS-CL-NL", CongressFixtures.PILOT_DAY, upper.id(), null));

        assertThat(service.find(upper.id().value())).hasValueSatisfying(f -> {
            assertThat(f.organiserUnitCode()).isEqualTo("LS-CL");
            assertThat(f.allocation()).isNull();
        });
        assertThat(service.lowerCongresses(upper.id().value())).extracting(CongressFacts::organiserUnitCode)
                .containsExactly("LS-CL-NL");
        assertThat(service.find("not-a-uuid")).isEmpty();
    }

    @Test
    void aReceiptCannotBeInTheFutureAndTheCouncilIsTheUpperOrganiser() {
        Congress upper = district();
        Congress pilot = service.plan(command("LS-CL-NL", CongressFixtures.PILOT_DAY, upper.id(), null)).congress();

        assertThat(service.councilOf(pilot)).contains("LS-CL");
        assertThat(service.councilOf(upper)).as("no upper congress: the parent unit").contains("LS");
        assertThatThrownBy(() -> service.receive(pilot.id(), RequiredDocument.PLAN, LocalDate.of(2025, 1, 11)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("receivedOn"));
    }
}
