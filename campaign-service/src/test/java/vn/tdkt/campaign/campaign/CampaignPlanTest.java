package vn.tdkt.campaign.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static vn.tdkt.campaign.campaign.CampaignFixtures.CLOCK;
import static vn.tdkt.campaign.campaign.CampaignFixtures.HO_CHI_MINH_135;
import static vn.tdkt.campaign.campaign.CampaignFixtures.NATIONAL_DAY_80;
import static vn.tdkt.campaign.campaign.CampaignFixtures.PARTY_95;
import static vn.tdkt.campaign.campaign.CampaignFixtures.REUNIFICATION_50;
import static vn.tdkt.campaign.campaign.CampaignFixtures.department;
import static vn.tdkt.campaign.campaign.CampaignFixtures.departmentDetails;
import static vn.tdkt.campaign.campaign.CampaignFixtures.departmentPlan;
import static vn.tdkt.campaign.campaign.CampaignFixtures.movedTo;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.events.campaign.CampaignCreated;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.events.campaign.CampaignMilestoneAdded;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.events.campaign.CampaignResponsibilityAdded;
import vn.tdkt.events.campaign.CampaignUpdated;
import vn.tdkt.events.campaign.Milestone;
import vn.tdkt.events.campaign.Responsibility;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.RuleViolationException;

/** The whole plan of a campaign: what it carries, when it may change, and how every change is announced. */
class CampaignPlanTest {

    private static final CampaignId PROVINCE_CAMPAIGN = CampaignId.newId();

    private static Campaign.Details withMilestones(Campaign.Details details, List<Milestone> milestones,
                                                   LocalDate deadline) {
        return new Campaign.Details(details.participants(), details.movements(), details.goals(), details.criteria(),
                details.awardForms(), milestones, details.responsibilities(), deadline);
    }

    @Test
    void aDraftCarriesTheWholePlanInItsEventWithMilestonesInDateOrder() {
        Campaign.Draft draft = Campaign.draft(CampaignId.newId(), departmentPlan(PROVINCE_CAMPAIGN),
                departmentDetails(), CLOCK);

        assertThat(draft.campaign().details().milestones()).containsExactly(PARTY_95, REUNIFICATION_50);
        assertThat(draft.events()).singleElement().asInstanceOf(type(CampaignCreated.class)).satisfies(e -> {
            assertThat(e.parentCampaignId()).isEqualTo(PROVINCE_CAMPAIGN.value());
            assertThat(e.participants().rootUnitCode()).isEqualTo("LS-STC");
            assertThat(e.participants().groups()).containsExactly("công chức", "người lao động");
            assertThat(e.movements()).hasSize(3).contains("Cả nước chung sức xây dựng nông thôn mới");
            assertThat(e.awardForms()).extracting(a -> a.name()).containsExactly("Giấy khen", "Bằng khen");
            assertThat(e.milestones()).containsExactly(PARTY_95, REUNIFICATION_50);
            assertThat(e.responsibilities()).extracting(Responsibility::unitCode)
                    .containsExactly("LS-STC-VP", "LS-STC-TTRA");
            assertThat(e.registrationDeadline()).isEqualTo(LocalDate.of(2025, 1, 31));
            assertThat(e.currentPhase()).isEqualTo("DRAFT");
        });
    }

    @Test
    void datesOutsideThePeriodAreAllNamedAtOnce() {
        Campaign.Details late = withMilestones(departmentDetails(),
                List.of(PARTY_95, new Milestone(LocalDate.of(2026, 2, 3), "96 năm"),
                        new Milestone(LocalDate.of(2024, 1, 1), "Trước khi bắt đầu")), LocalDate.of(2026, 1, 1));

        assertThatThrownBy(() -> Campaign.draft(CampaignId.newId(), departmentPlan(PROVINCE_CAMPAIGN), late, CLOCK))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("milestones[1].date", "milestones[2].date", "registrationDeadline"));
    }

    @Test
    void blankPartsOfThePlanAreNamed() {
        Campaign.Details d = departmentDetails();
        Campaign.Details blankMovement = new Campaign.Details(d.participants(), List.of("Tốt", " "), d.goals(),
                d.criteria(), d.awardForms(), d.milestones(), d.responsibilities(), d.registrationDeadline());
        Campaign.Details badTask = new Campaign.Details(d.participants(), d.movements(), d.goals(), d.criteria(),
                d.awardForms(), d.milestones(), List.of(new Responsibility("có dấu", "Việc", null)), null);

        assertThatThrownBy(() -> Campaign.draft(CampaignId.newId(), departmentPlan(null), blankMovement, CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("movements[1]"));
        assertThatThrownBy(() -> Campaign.draft(CampaignId.newId(), departmentPlan(null), badTask, CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("responsibilities[0].unitCode"));
    }

    @Test
    void aDraftsPlanMayBeReplacedAndTheChangeIsAnnounced() {
        Campaign campaign = department(PROVINCE_CAMPAIGN);
        Campaign.Plan p = campaign.plan();
        Campaign.Plan longer = new Campaign.Plan(p.title(), p.theme(), p.kind(), p.organiserUnitCode(),
                p.parentCampaignId(), p.legalBasis(), p.startDate(), LocalDate.of(2026, 6, 30),
                p.recipientUnitCodes());

        List<CampaignEvent> events = campaign.revise(longer, departmentDetails(), CLOCK);

        assertThat(campaign.plan().endDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(events).singleElement().asInstanceOf(type(CampaignUpdated.class)).satisfies(e -> {
            assertThat(e.aggregateVersion()).isEqualTo(1);
            assertThat(e.endDate()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(e.phase()).isEqualTo("DRAFT");
            assertThat(e.milestones()).containsExactly(PARTY_95, REUNIFICATION_50);
        });
    }

    @Test
    void replacingAPlanWithItselfChangesNothing() {
        Campaign campaign = department(PROVINCE_CAMPAIGN);

        assertThat(campaign.revise(departmentPlan(PROVINCE_CAMPAIGN), departmentDetails(), CLOCK)).isEmpty();
    }

    @Test
    void theOrganiserCannotChange() {
        Campaign campaign = department(PROVINCE_CAMPAIGN);
        Campaign.Plan p = departmentPlan(PROVINCE_CAMPAIGN);
        Campaign.Plan otherOrganiser = new Campaign.Plan(p.title(), p.theme(), p.kind(), new UnitCode("LS-SNV"),
                p.parentCampaignId(), p.legalBasis(), p.startDate(), p.endDate(), p.recipientUnitCodes());

        assertThatThrownBy(() -> campaign.revise(otherOrganiser, departmentDetails(), CLOCK))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("organiserUnitCode"));
        assertThat(campaign.plan().organiserUnitCode()).isEqualTo(new UnitCode("LS-STC"));
    }

    @ParameterizedTest(name = "in {0} the plan is locked")
    @EnumSource(value = Phase.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
    void afterLaunchThePlanCannotBeReplacedAndNothingChanges(Phase phase) {
        Campaign campaign = movedTo(department(PROVINCE_CAMPAIGN), phase);
        Campaign.Plan p = campaign.plan();
        Campaign.Plan renamed = new Campaign.Plan("Tên khác", p.theme(), p.kind(), p.organiserUnitCode(),
                p.parentCampaignId(), p.legalBasis(), p.startDate(), p.endDate(), p.recipientUnitCodes());

        assertThatThrownBy(() -> campaign.revise(renamed, campaign.details(), CLOCK))
                .isInstanceOfSatisfying(CampaignLockedException.class, e -> {
                    assertThat(e.phase()).isEqualTo(phase);
                    assertThat(e.getMessage()).contains(phase.name(), "can no longer be replaced");
                });
        assertThat(campaign.plan().title()).isNotEqualTo("Tên khác");
    }

    @ParameterizedTest(name = "in {0} a milestone may be added")
    @EnumSource(value = Phase.class, names = {"DRAFT", "LAUNCHED", "MIDTERM_REVIEW"})
    void aMilestoneMayBeAddedWhileTheCampaignRunsEachItsOwnEvent(Phase phase) {
        Campaign campaign = movedTo(department(PROVINCE_CAMPAIGN), phase);

        List<CampaignEvent> events = campaign.addMilestone(NATIONAL_DAY_80, CLOCK);
        List<CampaignEvent> more = campaign.addMilestone(HO_CHI_MINH_135, CLOCK);

        assertThat(campaign.details().milestones())
                .containsExactly(PARTY_95, REUNIFICATION_50, HO_CHI_MINH_135, NATIONAL_DAY_80);
        assertThat(events).singleElement().asInstanceOf(type(CampaignMilestoneAdded.class)).satisfies(e -> {
            assertThat(e.milestone()).isEqualTo(NATIONAL_DAY_80);
            assertThat(e.phase()).isEqualTo(phase.name());
            assertThat(e.milestones()).contains(NATIONAL_DAY_80);
        });
        assertThat(more).singleElement().isInstanceOf(CampaignMilestoneAdded.class);
        assertThat(campaign.addMilestone(HO_CHI_MINH_135, CLOCK)).as("the same milestone again").isEmpty();
    }

    @ParameterizedTest(name = "in {0} nothing may be added")
    @EnumSource(value = Phase.class, names = {"FINAL_REVIEW", "CLOSED", "CANCELLED"})
    void onceReviewedOrCancelledNothingMayBeAdded(Phase phase) {
        Campaign campaign = movedTo(department(PROVINCE_CAMPAIGN), phase);

        assertThatThrownBy(() -> campaign.addMilestone(NATIONAL_DAY_80, CLOCK))
                .isInstanceOf(CampaignLockedException.class);
        assertThatThrownBy(() -> campaign.addResponsibility(new Responsibility("LS-STC-VP", "Báo cáo", null), CLOCK))
                .isInstanceOf(CampaignLockedException.class);
        assertThat(campaign.details()).isEqualTo(department(PROVINCE_CAMPAIGN).details());
    }

    @Test
    void aMilestoneOutsideThePeriodIsRefusedNamingItsDate() {
        Campaign campaign = movedTo(department(PROVINCE_CAMPAIGN), Phase.LAUNCHED);

        assertThatThrownBy(() -> campaign.addMilestone(new Milestone(LocalDate.of(2026, 2, 3), "96 năm"), CLOCK))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("date"));
    }

    @Test
    void aResponsibilityAddedAfterLaunchIsItsOwnEvent() {
        Campaign campaign = movedTo(department(PROVINCE_CAMPAIGN), Phase.LAUNCHED);
        Responsibility report = new Responsibility("LS-STC-VP", "Báo cáo sơ kết gửi Sở Nội vụ",
                LocalDate.of(2025, 6, 15));

        List<CampaignEvent> events = campaign.addResponsibility(report, CLOCK);

        assertThat(events).singleElement().asInstanceOf(type(CampaignResponsibilityAdded.class)).satisfies(e -> {
            assertThat(e.responsibility()).isEqualTo(report);
            assertThat(e.responsibilities()).hasSize(3).endsWith(report);
            assertThat(e.aggregateVersion()).isEqualTo(2);
        });
        assertThat(campaign.addResponsibility(report, CLOCK)).isEmpty();
    }

    @Test
    void aReviewKeepsItsSummaryInTheHistoryAndTheEvent() {
        Campaign campaign = movedTo(department(PROVINCE_CAMPAIGN), Phase.LAUNCHED);

        List<CampaignEvent> events = campaign.transitionTo(Phase.MIDTERM_REVIEW,
                "  Sơ kết 6 tháng: 4/4 phòng đăng ký thi đua  ", CLOCK);

        assertThat(campaign.phaseHistory()).last().extracting(PhaseChange::summary)
                .isEqualTo("Sơ kết 6 tháng: 4/4 phòng đăng ký thi đua");
        assertThat(events).singleElement().asInstanceOf(type(CampaignPhaseChanged.class)).satisfies(e -> {
            assertThat(e.summary()).isEqualTo("Sơ kết 6 tháng: 4/4 phòng đăng ký thi đua");
            assertThat(e.kind()).isEqualTo("THEMATIC");
            assertThat(e.parentCampaignId()).isEqualTo(PROVINCE_CAMPAIGN.value());
            assertThat(e.milestones()).containsExactly(PARTY_95, REUNIFICATION_50);
            assertThat(e.currentPhase()).isEqualTo("MIDTERM_REVIEW");
        });
    }

    @Test
    void aReviewWithoutSummaryIsStillAMove() {
        Campaign campaign = movedTo(department(PROVINCE_CAMPAIGN), Phase.LAUNCHED);

        campaign.transitionTo(Phase.FINAL_REVIEW, " ", CLOCK);

        assertThat(campaign.phase()).isEqualTo(Phase.FINAL_REVIEW);
        assertThat(campaign.phaseHistory()).last().extracting(PhaseChange::summary).isNull();
    }

    @Test
    void theLastDayToRegisterIsTheDeadlineOrElseTheEnd() {
        Campaign campaign = department(PROVINCE_CAMPAIGN);
        Campaign none = Campaign.draft(CampaignId.newId(), departmentPlan(null), Campaign.Details.NONE, CLOCK)
                .campaign();

        assertThat(campaign.lastDayToRegister()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(none.lastDayToRegister()).isEqualTo(LocalDate.of(2025, 12, 31));
    }
}
