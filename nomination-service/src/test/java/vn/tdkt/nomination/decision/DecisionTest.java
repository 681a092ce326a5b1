package vn.tdkt.nomination.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.tdkt.events.nomination.HonourConferred;
import vn.tdkt.events.nomination.RecipientKind;

/** The decision's own rules: one event per honour, forward-only steps, what counts as the same number. */
class DecisionTest {

    static final Instant NOW = Instant.parse("2026-01-20T02:00:00Z");

    static Decision issued() {
        return Decision.issue(new DecisionId("0b7e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b"), Drafts.draft("125/QĐ-UBND",
                "DX-1", "DX-3"), "PROVINCE", List.of(Drafts.MAI, Drafts.TEAM), "lanhdao.tinh", NOW);
    }

    @Test
    void conferringGivesOneEventPerHonourCarryingTheDecisionAndTheNominee() {
        Decision decision = issued();
        decision.storedAs(0);

        List<HonourConferred> events = decision.confer(NOW);

        assertThat(decision.status()).isEqualTo(DecisionStatus.CONFERRED);
        assertThat(events).hasSize(2).allSatisfy(e -> {
            assertThat(e.aggregateId()).isEqualTo(decision.id().value());
            assertThat(e.aggregateVersion()).isEqualTo(1);
            assertThat(e.decisionNumber()).isEqualTo("125/QĐ-UBND");
            assertThat(e.decisionDate()).isEqualTo(Drafts.DATE);
            assertThat(e.grantorUnitCode()).isEqualTo("LS");
            assertThat(e.grantorLevel()).isEqualTo("PROVINCE");
        });
        assertThat(events).extracting(HonourConferred::nomineeName)
                .containsExactly("Hoàng Thị Mai", "Phòng Tài chính – Kế hoạch huyện Chi Lăng");
        assertThat(events).extracting(HonourConferred::recipientKind).containsExactly("INDIVIDUAL", "COLLECTIVE");
        assertThat(events.getFirst().awardName()).isEqualTo("Bằng khen của Chủ tịch UBND tỉnh");
        assertThat(events.getFirst().eventId()).isNotEqualTo(events.get(1).eventId());
    }

    @Test
    void stepsOnlyGoForward() {
        Decision decision = issued();
        assertThatThrownBy(decision::close).isInstanceOf(IllegalStateException.class);
        decision.confer(NOW);
        assertThatThrownBy(() -> decision.confer(NOW)).isInstanceOf(IllegalStateException.class);
        decision.close();
        assertThat(decision.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThatThrownBy(decision::close).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theHistoryRecordsEachHonourWithTheDecision() {
        assertThat(issued().conferrals()).hasSize(2).first().satisfies(c -> {
            assertThat(c.recipientId()).isEqualTo("CB-0042");
            assertThat(c.recipientKind()).isEqualTo(RecipientKind.INDIVIDUAL);
            assertThat(c.decisionNumber()).isEqualTo("125/QĐ-UBND");
            assertThat(c.decisionDate()).isEqualTo(Drafts.DATE);
            assertThat(c.year()).isEqualTo(2025);
        });
    }

    @ParameterizedTest(name = "''{0}'' is ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "125/QĐ-UBND     | 125/QĐ-UBND",
            "125/qđ-ubnd     | 125/QĐ-UBND",
            " 125 / QĐ-UBND  | 125/QĐ-UBND",
            "125/QĐ–UBND     | 125/QĐ-UBND",
            "126/QĐ-UBND     | 126/QĐ-UBND"})
    void numbersCompareWithoutCaseSpacesOrDashVariants(String number, String key) {
        assertThat(Decision.numberKey(number)).isEqualTo(key);
    }

    @Test
    void aRetriedRequestIsTheSameDecisionButAnotherDateOrListIsNot() {
        Decision decision = issued();
        assertThat(decision.isRepeatedBy(Drafts.draft("125/qđ-ubnd", "DX-1", "DX-3"))).isTrue();
        assertThat(decision.isRepeatedBy(Drafts.draft("125/QĐ-UBND", "DX-1"))).isFalse();
        assertThat(decision.isRepeatedBy(new DecisionDraft("125/QĐ-UBND", Drafts.DATE.plusDays(1),
                new Signer("Đoàn Thu Hà", "Phó Chủ tịch"), "LS", List.of("DX-1", "DX-3")))).isFalse();
    }
}
