package vn.tdkt.nomination.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.nomination.award.Award;
import vn.tdkt.nomination.rulepack.InvalidRulePackException;
import vn.tdkt.nomination.rulepack.RulePack;

/**
 * Evaluates every criterion a pack sets for an award against the facts, and derives the verdict from them
 * alone. Pure: the packs are compiled once (a rule name or parameter the code does not know stops the
 * service, naming the file and field), then each question is a calculation.
 */
final class Explainer {

    private final Map<String, Map<String, List<Criterion>>> compiled;

    private Explainer(Map<String, Map<String, List<Criterion>>> compiled) {
        this.compiled = compiled;
    }

    /** @throws InvalidRulePackException listing every unknown rule or bad parameter of every pack */
    static Explainer compile(List<RulePack> packs) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, List<Criterion>>> compiled = new HashMap<>();
        for (RulePack pack : packs) {
            Map<String, List<Criterion>> byAward = new HashMap<>();
            pack.awards().forEach((code, rules) -> {
                List<Criterion> criteria = new ArrayList<>();
                for (RulePack.CriterionSpec spec : rules.criteria()) {
                    String where = pack.source() + ": " + spec.path();
                    Rule rule = null;
                    if (spec.rule() != null) {
                        if (!Rules.NAMES.contains(spec.rule())) {
                            problems.add(where + ".rule: '" + spec.rule() + "' is not a rule type (known: "
                                    + Rules.NAMES.stream().sorted().toList() + ")");
                            continue;
                        }
                        rule = Rules.compile(spec.rule(), new Params(spec.params(), where, problems));
                    } else if (!spec.params().isEmpty()) {
                        problems.add(where + ".params: an unconfirmed criterion without a rule takes no params");
                    }
                    criteria.add(new Criterion(spec.code(), rule, spec.citation(), spec.unconfirmed()));
                }
                byAward.put(code, List.copyOf(criteria));
            });
            compiled.put(pack.id(), byAward);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRulePackException(problems);
        }
        return new Explainer(compiled);
    }

    Explanation explain(RulePack pack, Award award, LocalDate decisionDate, Facts.Nominee nominee,
                        Facts.CouncilVote vote) {
        Case c = new Case(award, decisionDate, nominee, vote);
        List<Criterion> criteria = compiled.getOrDefault(pack.id(), Map.of()).get(award.code());
        List<CriterionResult> results = new ArrayList<>();
        if (criteria == null || criteria.isEmpty()) {
            results.add(new CriterionResult("PACK_STATES_CRITERIA", Status.UNKNOWN, "the rule pack " + pack.id()
                    + " states no criteria for " + award.name() + ", so nothing can be concluded", pack.name()));
        } else {
            criteria.forEach(criterion -> results.add(criterion.evaluate(c)));
        }
        return new Explanation(award, Verdict.of(results), pack, results);
    }
}
