package vn.tdkt.nomination.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.events.nomination.InitiativeRecognised;
import vn.tdkt.events.nomination.InitiativeScope;
import vn.tdkt.events.nomination.InitiativeUsed;
import vn.tdkt.support.problem.ConflictException;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.RuleViolationException;

/**
 * One initiative backs one proposal (CV 5007/BNV-TĐKT); an achievement period already rewarded, or counted
 * by another proposal, is not counted again (Luật 06/2022/QH15 Điều 5 khoản 2; NĐ 98/2023 Điều 30 khoản 9).
 */
class InitiativeTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-20T02:00:00Z"), ZoneOffset.UTC);

    static Initiative.Recognition recognition() {
        return new Initiative.Recognition("Số hoá hồ sơ khen thưởng của Sở Tài chính", "LS-STC", List.of("CB-0042"),
                InitiativeScope.CO_SO, LocalDate.of(2024, 11, 30), "Hội đồng sáng kiến Sở Tài chính", true);
    }

    static Initiative recognised() {
        Initiative initiative = Initiative.recognise(new InitiativeId("SK-STC-2024-03"), recognition(), CLOCK).initiative();
        initiative.stored(0);
        return initiative;
    }

    static Initiative.Proposal proposal(String id, int from, int to) {
        return new Initiative.Proposal(id, "CB-0042", "CSTD_CO_SO", from, to);
    }

    @Test
    void recognitionIsAnEventWithTheWholeState() {
        Initiative.Recognised recognised = Initiative.recognise(new InitiativeId("SK-1"), recognition(), CLOCK);

        assertThat(recognised.events()).singleElement().isInstanceOfSatisfying(InitiativeRecognised.class, e -> {
            assertThat(e.recognizedScope()).isEqualTo("CO_SO");
            assertThat(e.recognizedBy()).isEqualTo("Hội đồng sáng kiến Sở Tài chính");
            assertThat(e.authorIds()).containsExactly("CB-0042");
            assertThat(e.aggregateVersion()).isZero();
        });
    }

    @Test
    void everyMissingFieldIsNamed() {
        assertThatThrownBy(() -> Initiative.recognise(new InitiativeId("SK-1"), new Initiative.Recognition(" ", null,
                List.of(), null, LocalDate.of(2027, 1, 1), null, null), CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("title", "unitCode", "recognizedBy",
                                "recognizedScope", "recognizedOn", "effectivelyApplied", "authorIds"));
    }

    @Test
    void usedOnceForOneProposal() {
        Initiative initiative = recognised();

        var events = initiative.use(proposal("DX-2025-7", 2024, 2024), List.of(), List.of(), CLOCK);

        assertThat(events).singleElement().isInstanceOfSatisfying(InitiativeUsed.class, e -> {
            assertThat(e.proposalId()).isEqualTo("DX-2025-7");
            assertThat(e.aggregateVersion()).isEqualTo(1);
        });
        assertThatThrownBy(() -> initiative.use(proposal("DX-2025-9", 2025, 2025), List.of(), List.of(), CLOCK))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already backs proposal DX-2025-7");
    }

    @Test
    void aPeriodAlreadyRewardedIsNotCountedAgain() {
        assertThatThrownBy(() -> recognised().use(proposal("DX-1", 2023, 2024), List.of(), List.of(2024), CLOCK))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors().getFirst().message())
                        .contains("already received CSTD_CO_SO for [2024]"));
    }

    @Test
    void aPeriodAnotherProposalCountedIsNotCountedAgainButTheSameProposalMayUseTwo() {
        Usage other = new Usage("DX-OLD", "CB-0042", "CSTD_CO_SO", 2023, 2023, CLOCK.instant());

        assertThatThrownBy(() -> recognised().use(proposal("DX-NEW", 2023, 2024), List.of(other), List.of(), CLOCK))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already rewarded or counted");
        Usage sameProposal = new Usage("DX-NEW", "CB-0042", "CSTD_CO_SO", 2023, 2024, CLOCK.instant());
        assertThat(recognised().use(proposal("DX-NEW", 2023, 2024), List.of(sameProposal), List.of(), CLOCK)).hasSize(1);
    }

    @Test
    void onlyAnAuthorsApplicableInitiativeBacksTheirProposal() {
        assertThatThrownBy(() -> recognised().use(new Initiative.Proposal("DX-1", "CB-9999", "CSTD_CO_SO", 2024, 2024),
                List.of(), List.of(), CLOCK))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("nomineeId"));
        Initiative notApplied = Initiative.restore(new InitiativeId("SK-2"), new Initiative.Recognition("x", "LS-STC",
                List.of("CB-0042"), InitiativeScope.CO_SO, LocalDate.of(2024, 1, 1), "Hội đồng", false), null, 0);
        assertThatThrownBy(() -> notApplied.use(proposal("DX-1", 2024, 2024), List.of(), List.of(), CLOCK))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not recognised as effectively applied");
    }
}
