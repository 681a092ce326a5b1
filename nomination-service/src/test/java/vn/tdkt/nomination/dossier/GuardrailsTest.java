package vn.tdkt.nomination.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.nomination.award.AwardCatalogue;
import vn.tdkt.nomination.rulepack.RulePack;
import vn.tdkt.nomination.rulepack.RulePackProperties;
import vn.tdkt.nomination.rulepack.RulePacks;

/** The quota guardrails over the shipped packs: 15 % CSTĐCS of Lao động tiên tiến before 2024, UNKNOWN since. */
class GuardrailsTest {

    static final RulePacks PACKS = RulePacks.load(new RulePackProperties(null));
    static final RulePack BEFORE_2024 = PACKS.byId("vn-before-2024").orElseThrow();
    static final RulePack SINCE_2024 = PACKS.byId("vn-2024").orElseThrow();

    @ParameterizedTest(name = "{0} LĐTT honours + {1} approved, CSTĐCS {2} honours, {3} approved, {4} pending → limit {5}, warning {6}")
    @CsvSource({
            "20, 0, 0, 3, 0, 3, ''",
            "20, 0, 0, 3, 1, 3, Nếu thông qua",
            "20, 0, 1, 3, 0, 3, Vượt chỉ tiêu",
            "14, 0, 0, 2, 0, 2, ''",
            "13, 0, 0, 2, 0, 1, Vượt chỉ tiêu",
            "10, 4, 0, 2, 0, 2, ''",
            "0,  0, 0, 0, 1, 0, Nếu thông qua"})
    void fifteenPercentOfAdvancedWorkers(long ldttHonours, long ldttApproved, long honours, long approved,
                                         long pending, long limit, String warning) {
        List<Guardrails.Figures> figures = Guardrails.of(BEFORE_2024, AwardCatalogue.ALL, Map.of(
                "LAO_DONG_TIEN_TIEN", new Guardrails.Counts(0, ldttApproved, ldttHonours),
                "CSTD_CO_SO", new Guardrails.Counts(pending, approved, honours)));
        Guardrails.Figures cstdcs = figures.stream().filter(f -> f.awardCode().equals("CSTD_CO_SO")).findFirst()
                .orElseThrow();
        assertThat(cstdcs.quota().status()).isEqualTo("SET");
        assertThat(cstdcs.quota().maxShare()).isEqualTo(0.15);
        assertThat(cstdcs.quota().base()).isEqualTo(ldttHonours + ldttApproved);
        assertThat(cstdcs.quota().limit()).isEqualTo(limit);
        assertThat(cstdcs.quota().citation()).contains("Điều 9 khoản 3 Nghị định 91/2017");
        if (warning.isEmpty()) {
            assertThat(cstdcs.warnings()).isEmpty();
        } else {
            assertThat(cstdcs.warnings()).singleElement().asString().startsWith(warning).contains("15%");
        }
    }

    @Test
    void aQuotaThePackLeavesOpenIsUnknownWithThePacksReason() {
        List<Guardrails.Figures> figures = Guardrails.of(SINCE_2024, AwardCatalogue.ALL, Map.of(
                "CSTD_CO_SO", new Guardrails.Counts(2, 1, 0)));
        Guardrails.Figures cstdcs = figures.getFirst();
        assertThat(cstdcs.awardCode()).isEqualTo("CSTD_CO_SO");
        assertThat(cstdcs.quota().status()).isEqualTo("UNKNOWN");
        assertThat(cstdcs.quota().reason()).contains("15%");
        assertThat(cstdcs.quota().limit()).isNull();
        assertThat(cstdcs.warnings()).singleElement().asString().startsWith("Chỉ tiêu chưa xác định (UNKNOWN)");
    }

    @Test
    void awardsWithNothingToShowAreLeftOut() {
        assertThat(Guardrails.of(SINCE_2024, AwardCatalogue.ALL, Map.of())).isEmpty();
        assertThat(Guardrails.of(BEFORE_2024, AwardCatalogue.ALL, Map.of())).extracting(Guardrails.Figures::awardCode)
                .containsExactly("CSTD_CO_SO");
    }
}
