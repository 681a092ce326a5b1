package vn.tdkt.nomination.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.tdkt.nomination.rulepack.RulePacks;

/** The council rule as the shipped packs give it: 90 % of all members before 2024, unknown since. */
class PackCouncilRulesTest {

    private final PackCouncilRules rules = new PackCouncilRules(RulePacks.load(null));

    /** Chiến sĩ thi đua cấp tỉnh: the award whose criteria include the council vote in every pack. */
    private static VotingAgenda.AgendaItem provincial(String pack) {
        return new VotingAgenda.AgendaItem("DX-1", "Hoàng Thị Mai", "LS-STC", "CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh",
                2023, pack);
    }

    @Test
    void anAwardWhoseCriteriaHaveNoCouncilVoteIsUnknownToo() {
        assertThat(rules.apply(Sessions.item("DX-1", "vn-before-2024"))).isInstanceOfSatisfying(
                CouncilRule.Unknown.class, u -> assertThat(u.reason()).contains("sets no council vote"));
    }

    @Test
    void before2024ItIsNinetyPercentOfAllMembersWithItsArticle() {
        assertThat(rules.apply(provincial("vn-before-2024")))
                .isInstanceOfSatisfying(CouncilRule.Known.class, k -> {
                    assertThat(k.threshold()).isEqualByComparingTo(new BigDecimal("0.9"));
                    assertThat(k.denominator()).isEqualTo(CouncilRule.Denominator.TOTAL_MEMBERS);
                    assertThat(k.description()).contains("90%", "Điều 45 khoản 8 Nghị định 91/2017/NĐ-CP");
                });
    }

    @Test
    void since2024ItIsUnknownAndSaysWhy() {
        assertThat(rules.apply(provincial("vn-2024"))).isInstanceOfSatisfying(CouncilRule.Unknown.class,
                u -> assertThat(u.reason()).contains("vn-2024", "not confirmed"));
        assertThat(rules.apply(provincial("vn-2025-07"))).isInstanceOf(CouncilRule.Unknown.class);
        assertThat(rules.apply(provincial("no-such-pack"))).isInstanceOf(CouncilRule.Unknown.class);
    }
}
