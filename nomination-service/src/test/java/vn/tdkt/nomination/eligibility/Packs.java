package vn.tdkt.nomination.eligibility;

import java.time.LocalDate;
import vn.tdkt.nomination.award.AwardCatalogue;
import vn.tdkt.nomination.rulepack.RulePackProperties;
import vn.tdkt.nomination.rulepack.RulePacks;

/** The built-in packs, read and compiled once for the plain tests, and one question put to them. */
final class Packs {

    static final RulePacks BUILT_IN = RulePacks.load(new RulePackProperties(null));
    static final Explainer EXPLAINER = Explainer.compile(BUILT_IN.all());

    static final LocalDate BEFORE_2024 = LocalDate.of(2023, 6, 15);
    static final LocalDate FROM_2024 = LocalDate.of(2025, 3, 10);
    static final LocalDate FROM_2025_07 = LocalDate.of(2026, 1, 20);

    private Packs() {
    }

    static Explanation explain(String award, LocalDate decisionDate, Facts.Nominee nominee, Facts.CouncilVote vote) {
        return EXPLAINER.explain(BUILT_IN.select(decisionDate, null), AwardCatalogue.find(award).orElseThrow(),
                decisionDate, nominee, vote);
    }

    static Explanation explain(String award, LocalDate decisionDate, Facts.Nominee nominee) {
        return explain(award, decisionDate, nominee, null);
    }

    static CriterionResult criterion(Explanation explanation, String code) {
        return explanation.criteria().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no criterion " + code + " in " + explanation.criteria()));
    }
}
