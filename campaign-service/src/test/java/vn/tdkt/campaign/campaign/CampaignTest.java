package vn.tdkt.campaign.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.events.campaign.CampaignCreated;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.events.campaign.LegalBasis;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.RuleViolationException;

class CampaignTest {

    private static final Instant T0 = Instant.parse("2024-11-20T02:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    private static final LegalBasis CONG_VAN_1665 =
            new LegalBasis("1665/UBND-NC", LocalDate.of(2024, 11, 5), "Chủ tịch UBND tỉnh Lạng Sơn");

    /** Seed 000: Sở Tài chính Lạng Sơn launches a campaign until the end of 2025. */
    static Campaign.Plan plan() {
        return new Campaign.Plan("Phát động phong trào thi đua yêu nước chào mừng Đại hội đảng bộ các cấp",
                "Đổi mới, sáng tạo, tăng tốc, bứt phá", CampaignKind.THEMATIC, new UnitCode("STC-LS"), null,
                List.of(CONG_VAN_1665), LocalDate.of(2024, 11, 20), LocalDate.of(2025, 12, 31),
                List.of(new UnitCode("VP"), new UnitCode("TTRA"), new UnitCode("VP")));
    }

    static Campaign drafted() {
        Campaign campaign = Campaign.draft(CampaignId.newId(), plan(), CLOCK).campaign();
        campaign.stored(0);
        return campaign;
    }

    @Test
    void aDraftAnnouncesItselfWithItsWholePlan() {
        CampaignId id = CampaignId.newId();
        Campaign.Draft draft = Campaign.draft(id, plan(), CLOCK);

        assertThat(draft.campaign().phase()).isEqualTo(Phase.DRAFT);
        assertThat(draft.campaign().phaseHistory()).isEmpty();
        assertThat(draft.campaign().createdAt()).isEqualTo(T0);
        assertThat(draft.campaign().plan().recipientUnitCodes()).as("de-duplicated, in order")
                .containsExactly(new UnitCode("VP"), new UnitCode("TTRA"));
        assertThat(draft.events()).singleElement().asInstanceOf(type(CampaignCreated.class)).satisfies(e -> {
            assertThat(e.aggregateId()).isEqualTo(id.value());
            assertThat(e.aggregateVersion()).isZero();
            assertThat(e.occurredAt()).isEqualTo(T0);
            assertThat(e.title()).startsWith("Phát động phong trào thi đua");
            assertThat(e.theme()).isEqualTo("Đổi mới, sáng tạo, tăng tốc, bứt phá");
            assertThat(e.kind()).isEqualTo("THEMATIC");
            assertThat(e.organiserUnitCode()).isEqualTo("STC-LS");
            assertThat(e.legalBasis()).containsExactly(CONG_VAN_1665);
            assertThat(e.recipientUnitCodes()).containsExactly("VP", "TTRA");
            assertThat(e.phase()).isEqualTo("DRAFT");
            assertThat(e.startDate()).isEqualTo(LocalDate.of(2024, 11, 20));
            assertThat(e.endDate()).isEqualTo(LocalDate.of(2025, 12, 31));
        });
    }

    @Test
    void aCampaignMayLastOneDay() {
        Campaign.Plan p = plan();
        Campaign.Plan oneDay = new Campaign.Plan(p.title(), p.theme(), p.kind(), p.organiserUnitCode(), null,
                p.legalBasis(), p.startDate(), p.startDate(), p.recipientUnitCodes());

        assertThat(Campaign.draft(CampaignId.newId(), oneDay, CLOCK).campaign().plan().endDate())
                .isEqualTo(p.startDate());
    }

    @Test
    void itCannotEndBeforeItStarts() {
        Campaign.Plan p = plan();
        Campaign.Plan backwards = new Campaign.Plan(p.title(), p.theme(), p.kind(), p.organiserUnitCode(), null,
                p.legalBasis(), LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1), p.recipientUnitCodes());

        assertThatThrownBy(() -> Campaign.draft(CampaignId.newId(), backwards, CLOCK))
                .asInstanceOf(type(RuleViolationException.class))
                .extracting(RuleViolationException::errors).asInstanceOf(LIST)
                .singleElement().asInstanceOf(type(FieldError.class))
                .extracting(FieldError::field).isEqualTo("endDate");
    }

    @Test
    void everyCitedDocumentNeedsNumberDateAndIssuer() {
        Campaign.Plan p = plan();
        Campaign.Plan noIssuer = new Campaign.Plan(p.title(), p.theme(), p.kind(), p.organiserUnitCode(), null,
                List.of(CONG_VAN_1665, new LegalBasis("08/KH-HĐTĐ", LocalDate.of(2025, 1, 21), " ")),
                p.startDate(), p.endDate(), p.recipientUnitCodes());

        assertThatThrownBy(() -> Campaign.draft(CampaignId.newId(), noIssuer, CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("legalBasis[1].issuer"));
    }

    @Test
    void requiredPartsOfThePlanAreNamedWhenMissing() {
        Campaign.Plan p = plan();
        Campaign.Plan noKind = new Campaign.Plan(p.title(), p.theme(), null, p.organiserUnitCode(), null,
                p.legalBasis(), p.startDate(), p.endDate(), p.recipientUnitCodes());
        Campaign.Plan noOrganiser = new Campaign.Plan(p.title(), p.theme(), p.kind(), null, null,
                p.legalBasis(), p.startDate(), p.endDate(), p.recipientUnitCodes());
        Campaign.Plan noEnd = new Campaign.Plan(p.title(), p.theme(), p.kind(), p.organiserUnitCode(), null,
                p.legalBasis(), p.startDate(), null, p.recipientUnitCodes());

        assertThatThrownBy(() -> Campaign.draft(CampaignId.newId(), noKind, CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThatThrownBy(() -> Campaign.draft(CampaignId.newId(), noOrganiser, CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("organiserUnitCode"));
        assertThatThrownBy(() -> Campaign.draft(CampaignId.newId(), noEnd, CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("endDate"));
    }

    @Test
    void aBlankTitleIsRejected() {
        Campaign.Plan p = plan();
        Campaign.Plan untitled = new Campaign.Plan("  ", p.theme(), p.kind(), p.organiserUnitCode(), null,
                p.legalBasis(), p.startDate(), p.endDate(), p.recipientUnitCodes());

        assertThatThrownBy(() -> Campaign.draft(CampaignId.newId(), untitled, CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("title"));
    }

    @Test
    void launchingTellsOrganiserAndRecipientsWithTheNextVersion() {
        Campaign campaign = drafted();
        Clock later = Clock.offset(CLOCK, Duration.ofDays(1));

        List<CampaignEvent> events = campaign.transitionTo(Phase.LAUNCHED, later);

        assertThat(campaign.phase()).isEqualTo(Phase.LAUNCHED);
        assertThat(campaign.phaseHistory()).containsExactly(
                new PhaseChange(Phase.DRAFT, Phase.LAUNCHED, later.instant(), null));
        assertThat(events).singleElement().asInstanceOf(type(CampaignPhaseChanged.class)).satisfies(e -> {
            assertThat(e.aggregateId()).isEqualTo(campaign.id().value());
            assertThat(e.aggregateVersion()).isEqualTo(1);
            assertThat(e.from()).isEqualTo("DRAFT");
            assertThat(e.to()).isEqualTo("LAUNCHED");
            assertThat(e.organiserUnitCode()).isEqualTo("STC-LS");
            assertThat(e.recipientUnitCodes()).containsExactly("VP", "TTRA");
            assertThat(e.startDate()).isEqualTo(LocalDate.of(2024, 11, 20));
            assertThat(e.endDate()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(e.occurredAt()).isEqualTo(later.instant());
        });
    }

    @Test
    void aFullLifeWithAMidtermReviewKeepsItsHistory() {
        Campaign campaign = drafted();
        List<Phase> path = List.of(Phase.LAUNCHED, Phase.MIDTERM_REVIEW, Phase.LAUNCHED, Phase.FINAL_REVIEW,
                Phase.CLOSED);
        for (Phase to : path) {
            assertThat(campaign.transitionTo(to, CLOCK)).hasSize(1);
        }
        assertThat(campaign.phaseHistory()).extracting(PhaseChange::to).containsExactlyElementsOf(path);
        assertThat(campaign.phaseHistory()).extracting(PhaseChange::from)
                .containsExactly(Phase.DRAFT, Phase.LAUNCHED, Phase.MIDTERM_REVIEW, Phase.LAUNCHED, Phase.FINAL_REVIEW);
    }

    static Stream<Arguments> illegalMovesFromReachablePhases() {
        return Stream.of(Phase.values()).flatMap(from -> Arrays.stream(Phase.values())
                .filter(to -> !from.canMoveTo(to)).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} → {1} is refused")
    @MethodSource("illegalMovesFromReachablePhases")
    void anIllegalMoveIsRefusedAndChangesNothing(Phase from, Phase to) {
        Campaign campaign = campaignIn(from);
        List<PhaseChange> before = campaign.phaseHistory();

        assertThatThrownBy(() -> campaign.transitionTo(to, CLOCK))
                .isInstanceOfSatisfying(IllegalPhaseMoveException.class, e -> {
                    assertThat(e.from()).isEqualTo(from);
                    assertThat(e.to()).isEqualTo(to);
                    assertThat(e.allowed()).isEqualTo(from.allowedMoves());
                    assertThat(e.getMessage()).contains(from.name(), to.name());
                });
        assertThat(campaign.phase()).isEqualTo(from);
        assertThat(campaign.phaseHistory()).isEqualTo(before);
    }

    /** Walks a new campaign along legal moves to {@code phase}. */
    private static Campaign campaignIn(Phase phase) {
        Campaign campaign = drafted();
        List<Phase> route = switch (phase) {
            case DRAFT -> List.of();
            case LAUNCHED -> List.of(Phase.LAUNCHED);
            case MIDTERM_REVIEW -> List.of(Phase.LAUNCHED, Phase.MIDTERM_REVIEW);
            case FINAL_REVIEW -> List.of(Phase.LAUNCHED, Phase.FINAL_REVIEW);
            case CLOSED -> List.of(Phase.LAUNCHED, Phase.FINAL_REVIEW, Phase.CLOSED);
            case CANCELLED -> List.of(Phase.CANCELLED);
        };
        route.forEach(to -> campaign.transitionTo(to, CLOCK));
        return campaign;
    }
}
