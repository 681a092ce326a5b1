package vn.tdkt.nomination.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.nomination.council.Choice.APPROVE;
import static vn.tdkt.nomination.council.Choice.BLANK;
import static vn.tdkt.nomination.council.Choice.REJECT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.events.nomination.CouncilSessionClosed;
import vn.tdkt.events.nomination.CouncilSessionOpened;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.support.problem.ConflictException;
import vn.tdkt.support.problem.ForbiddenException;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.RuleViolationException;

/** The rules of a session: who may vote on what and when, and how the results are counted. */
class VotingSessionTest {

    @Test
    void opensWithTheCouncilsMembershipAndAnnouncesTheAgenda() {
        List<NominationEvent> events = new ArrayList<>();
        VotingSession session = VotingSession.open(SessionId.random(), Sessions.council(), " ",
                List.of(Sessions.item("DX-1", Sessions.BEFORE_2024)), Sessions.SECRETARY, Sessions.CLOCK, events);
        assertThat(session.status()).isEqualTo(VotingSession.Status.OPEN);
        assertThat(session.membership()).isEqualTo(5);
        assertThat(session.opening().title()).isEqualTo("Phiên họp Hội đồng Thi đua – Khen thưởng tỉnh Lạng Sơn");
        assertThat(events).singleElement().isInstanceOfSatisfying(CouncilSessionOpened.class, e -> {
            assertThat(e.membership()).isEqualTo(5);
            assertThat(e.agenda()).extracting(a -> a.nominationId()).containsExactly("DX-1");
        });
    }

    @Test
    void aMemberVotesOncePerDossierOnlyWhileOpenAndOnlyOnTheAgenda() {
        VotingSession session = Sessions.open(Sessions.item("DX-1", Sessions.BEFORE_2024),
                Sessions.item("DX-2", Sessions.BEFORE_2024));
        session.cast("uyvien.1", "DX-1", APPROVE);
        session.cast("uyvien.1", "DX-2", REJECT);

        assertThatThrownBy(() -> session.cast("uyvien.1", "DX-1", REJECT)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already cast");
        assertThatThrownBy(() -> session.cast("thuky.hoidong", "DX-1", APPROVE)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> session.cast("uyvien.2", "DX-9", APPROVE)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).errors()).extracting(f -> f.field())
                        .containsExactly("nominationId"));

        session.close(Sessions.SECRETARY, null, Sessions.RULES, Sessions.CLOCK);
        assertThatThrownBy(() -> session.cast("uyvien.2", "DX-1", APPROVE)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> session.close(Sessions.SECRETARY, null, Sessions.RULES, Sessions.CLOCK))
                .isInstanceOf(ConflictException.class);
    }

    /** NĐ 91/2017 Điều 45 khoản 8: at least 90 % of ALL members; absent members count against. */
    @ParameterizedTest(name = "{0} approvals, {1} rejections, {2} blanks of 5 members → {3}")
    @CsvSource({
            "5, 0, 0, true",
            "4, 0, 0, false",   // 4/5 = 80 % < 90 %, though every ballot cast approved
            "4, 1, 0, false",
            "4, 0, 1, false",
            "0, 0, 0, false",
    })
    void countsOnTheWholeMembership(int approvals, int rejections, int blanks, boolean approved) {
        VotingSession session = Sessions.open(Sessions.item("DX-1", Sessions.BEFORE_2024));
        List<Choice> choices = new ArrayList<>();
        choices.addAll(java.util.Collections.nCopies(approvals, APPROVE));
        choices.addAll(java.util.Collections.nCopies(rejections, REJECT));
        choices.addAll(java.util.Collections.nCopies(blanks, BLANK));
        Sessions.votes(session, "DX-1", choices.toArray(Choice[]::new));

        List<NominationEvent> events = session.close(Sessions.SECRETARY, null, Sessions.RULES, Sessions.CLOCK);

        VotingSession.Outcome outcome = session.outcomeOf("DX-1");
        assertThat(outcome.approved()).isEqualTo(approved);
        assertThat(outcome.membership()).isEqualTo(5);
        assertThat(outcome.participants()).isEqualTo(approvals + rejections + blanks);
        assertThat(events).singleElement().isInstanceOfSatisfying(CouncilSessionClosed.class, e -> {
            assertThat(e.results()).singleElement().satisfies(r -> {
                assertThat(r.approvals()).isEqualTo(approvals);
                assertThat(r.approved()).isEqualTo(approved);
                assertThat(r.ruleApplied()).contains("90%");
            });
            assertThat(e.present()).isEqualTo(approvals + rejections + blanks);
        });
    }

    @ParameterizedTest(name = "{0} × {1} of {2} → {3}")
    @CsvSource({
            "0.9, 9, 10, true",
            "0.9, 8, 10, false",
            "0.5, 3, 5, true",
            "0.5, 2, 5, false",
            "0.51, 3, 5, true",
            "1, 5, 5, true",
            "1, 4, 5, false",
    })
    void aRuleComparesExactly(BigDecimal threshold, int approvals, int membership, boolean approved) {
        CouncilRule.Known rule = new CouncilRule.Known(threshold, CouncilRule.Denominator.TOTAL_MEMBERS, "t", false);
        assertThat(rule.approves(approvals, membership, approvals)).isEqualTo(approved);
    }

    @Test
    void presentMembersAreTheDenominatorOnlyWhereTheRuleSaysSo() {
        CouncilRule.Known present = new CouncilRule.Known(new BigDecimal("0.5"), CouncilRule.Denominator.PRESENT, "p",
                false);
        assertThat(present.approves(2, 10, 3)).isTrue();
        assertThat(present.approves(0, 10, 0)).isFalse();
    }

    @Test
    void anUnknownThresholdNeedsTheSecretarysRecordedRuleAndNothingClosesWithoutIt() {
        VotingSession session = Sessions.open(Sessions.item("DX-1", Sessions.PACK_2024),
                Sessions.item("DX-2", Sessions.BEFORE_2024), Sessions.item("DX-3", "vn-2025-07"));
        Sessions.votes(session, "DX-1", APPROVE, APPROVE, APPROVE, APPROVE);

        assertThatThrownBy(() -> session.close(Sessions.SECRETARY, null, Sessions.RULES, Sessions.CLOCK))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field() + ": " + f.message())
                        .hasSize(2)
                        .allMatch(m -> m.startsWith("ruleApplied: DX-"))
                        .anyMatch(m -> m.contains("DX-1") && m.contains("unconfirmed"))
                        .anyMatch(m -> m.contains("DX-3")));
        assertThat(session.status()).isEqualTo(VotingSession.Status.OPEN);

        assertThatThrownBy(() -> session.close(Sessions.SECRETARY, new VotingSession.RecordedRule(
                "Quy chế Hội đồng, Điều 7", new BigDecimal("1.5"), null), Sessions.RULES, Sessions.CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("threshold"));

        session.close(Sessions.SECRETARY, new VotingSession.RecordedRule("Quy chế hoạt động của Hội đồng, Điều 7",
                new BigDecimal("0.7"), null), Sessions.RULES, Sessions.CLOCK);
        VotingSession.Outcome recorded = session.outcomeOf("DX-1");
        assertThat(recorded.approved()).isTrue(); // 4 of 5 = 80 % ≥ 70 %
        assertThat(recorded.recordedBySecretary()).isTrue();
        assertThat(recorded.ruleApplied()).contains("thuky.hoidong", "Điều 7", "unconfirmed");
        assertThat(session.outcomeOf("DX-2").recordedBySecretary()).isFalse();
        assertThat(session.outcomeOf("DX-2").ruleApplied()).contains("90%");
    }

    @Test
    void participantsAreKeptSortedSoTheirOrderSaysNothingOfWhoVotedWhen() {
        VotingSession session = Sessions.open(Sessions.item("DX-1", Sessions.BEFORE_2024));
        session.cast("uyvien.4", "DX-1", REJECT);
        session.cast("uyvien.2", "DX-1", APPROVE);
        session.cast("uyvien.5", "DX-1", BLANK);
        assertThat(session.lines().getFirst().tally().participants()).containsExactly("uyvien.2", "uyvien.4", "uyvien.5");
        assertThat(session.present()).containsExactly("uyvien.2", "uyvien.4", "uyvien.5");
    }

    @Test
    void aCouncilNamesEveryWrongFieldAtOnce() {
        assertThatThrownBy(() -> Council.establish("LS", new Council.Definition(" ", "uyvien.9", "có dấu",
                List.of("uyvien.1", "uyvien.1", "")), "a", Sessions.CLOCK, new ArrayList<>()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field())
                        .containsExactlyInAnyOrder("name", "members[1]", "members[2]", "chair", "secretary"));
        assertThat(Sessions.council().membership()).isEqualTo(5);
    }

    @Test
    void theNominationsToOpenOverAreCheckedFirst() {
        assertThatThrownBy(() -> VotingSession.checkedNominationIds(List.of("DX-1", "DX-1", "có dấu")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("nominationIds[1]", "nominationIds[2]"));
        assertThatThrownBy(() -> VotingSession.checkedNominationIds(List.of()))
                .isInstanceOf(InvalidInputException.class);
    }
}
