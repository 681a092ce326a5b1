package vn.tdkt.nomination.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.nomination.award.AwardCatalogue;
import vn.tdkt.nomination.rulepack.RulePack;

/** Every criterion of every built-in pack names its ground, and concludes nothing from no facts. */
class EveryCriterionTest {

    static Stream<Arguments> criteria() {
        List<Arguments> all = new ArrayList<>();
        for (RulePack pack : Packs.BUILT_IN.all()) {
            pack.awards().forEach((award, rules) -> rules.criteria().forEach(spec ->
                    all.add(Arguments.of(pack.id(), award, spec.code(), spec))));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("criteria")
    void citesItsGroundAndGuessesNothing(String packId, String award, String code, RulePack.CriterionSpec spec) {
        RulePack pack = Packs.BUILT_IN.byId(packId).orElseThrow();
        assertThat(spec.citation()).as("citation").matches("(?s).*(Điều \\d+|Luật|Nghị định|Công văn).*");
        if (spec.unconfirmed() == null) {
            assertThat(spec.citation()).as("a confirmed rule names its article or instrument")
                    .matches("(?s).*(Điều \\d+|điều về|Luật Thi đua, khen thưởng 2003).*");
        }

        Explanation nothingKnown = Packs.EXPLAINER.explain(pack, AwardCatalogue.byCode(award).orElseThrow(),
                pack.effectiveTo() == null ? pack.effectiveFrom().plusYears(1) : pack.effectiveTo(),
                Facts.Nominee.empty(), null);

        CriterionResult result = Packs.criterion(nothingKnown, code);
        assertThat(result.status()).as("with no facts nothing is met or refuted").isEqualTo(Status.UNKNOWN);
        assertThat(result.reason()).isNotBlank();
        assertThat(result.citation()).isEqualTo(spec.citation());
        assertThat(nothingKnown.verdict()).isEqualTo(Verdict.UNKNOWN);
    }
}
