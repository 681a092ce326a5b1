package vn.tdkt.nomination.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.tdkt.nomination.rulepack.InvalidRulePackException;
import vn.tdkt.nomination.rulepack.RulePackConfiguration;
import vn.tdkt.nomination.rulepack.RulePacks;

/**
 * A pack naming a rule or a parameter the code does not know is refused when the packs are compiled, naming
 * the file and the field, and the service does not start with it.
 */
class BrokenRulesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            rule: TASK_RATING|rule: TASK_RATNG|awards.LAO_DONG_TIEN_TIEN.criteria[2].rule: 'TASK_RATNG' is not a rule type
            params: {atLeast: HTTNV, maternityLeaveCounts: true}|params: {atLeast: GOOD, maternityLeaveCounts: true}|awards.LAO_DONG_TIEN_TIEN.criteria[2].params.atLeast: must be one of
            params: {title: CSTD_CO_SO, times: 3, countFromEndOfDiscipline: true, excludePriorPeriods: true}|params: {title: CSTD_CO_SO, times: 0, countFromEndOfDiscipline: true, excludePriorPeriods: true}|awards.CSTD_TINH.criteria[1].params.times: must be a whole number
            params: {field: membersAdvancedWorkers, atLeast: 0.7}|params: {field: membersAdvancedWorkers, atLeast: 70}|params.atLeast: must be a share
            params: {fact: emulationParticipation}|params: {fact: emulationParticipation, colour: red}|params.colour: is not a parameter of this rule
            params: {title: CSTD_CO_SO, times: 3, countFromEndOfDiscipline: true, excludePriorPeriods: true}|params: {title: CSTD_XA, times: 3, countFromEndOfDiscipline: true, excludePriorPeriods: true}|awards.CSTD_TINH.criteria[1].params.title: must be an award code
            """)
    void anUnknownRuleOrParameterIsRefusedNamingTheFileAndTheField(String original, String broken, String expected) {
        String text = new String(builtIn(), StandardCharsets.UTF_8).replaceFirst(
                java.util.regex.Pattern.quote(original), java.util.regex.Matcher.quoteReplacement(broken));
        RulePacks packs = RulePacks.of(Map.of("2-vn-2024.yaml", text.getBytes(StandardCharsets.UTF_8)), new ArrayList<>());

        assertThatThrownBy(() -> Explainer.compile(packs.all()))
                .isInstanceOf(InvalidRulePackException.class)
                .hasMessageContaining("2-vn-2024.yaml: ")
                .hasMessageContaining(expected);
    }

    @Test
    void theBuiltInPacksCompile() {
        assertThat(Explainer.compile(Packs.BUILT_IN.all())).isNotNull();
    }

    @Test
    void aBrokenPackStopsTheServiceFromStarting(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ls-2024.yaml"), """
                id: ls-2024
                name: Ví dụ kiểm thử
                jurisdiction: LS
                extends: vn-2024
                effectiveFrom: 2024-01-01
                effectiveTo: 2025-06-30
                awards:
                  GIAY_KHEN:
                    criteria:
                      - code: HAS_TITLE
                        rule: HAS_TITLE_OF_THE_YEAR
                        citation: Quy định mẫu dùng trong kiểm thử, Điều 3
                """);

        new ApplicationContextRunner()
                .withUserConfiguration(RulePackConfiguration.class, EligibilityConfiguration.class)
                .withPropertyValues("tdkt.rule-packs.extra-location=" + dir)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .isInstanceOf(InvalidRulePackException.class)
                            .hasMessageContaining("ls-2024.yaml: awards.GIAY_KHEN.criteria[0].rule: "
                                    + "'HAS_TITLE_OF_THE_YEAR' is not a rule type");
                });
        new ApplicationContextRunner()
                .withUserConfiguration(RulePackConfiguration.class, EligibilityConfiguration.class)
                .withPropertyValues("tdkt.rule-packs.extra-location=" + dir.resolve("none"))
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("tdkt.rule-packs.extra-location"));
    }

    private static byte[] builtIn() {
        try (var in = BrokenRulesTest.class.getResourceAsStream("/rule-packs/2-vn-2024.yaml")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
