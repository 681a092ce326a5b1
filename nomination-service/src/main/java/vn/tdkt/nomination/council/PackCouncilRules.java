package vn.tdkt.nomination.council;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.tdkt.nomination.council.VotingAgenda.AgendaItem;
import vn.tdkt.nomination.rulepack.RulePack;
import vn.tdkt.nomination.rulepack.RulePacks;

/**
 * Reads a dossier's council rule from the rule pack it was appraised under: its award's {@code COUNCIL_VOTE}
 * criterion ({@code threshold}, {@code denominator}, citation), or UNKNOWN with the pack's reason where the
 * criterion is unconfirmed, absent, or the pack itself is unknown. Nothing is guessed.
 */
@Component
class PackCouncilRules implements Function<AgendaItem, CouncilRule> {

    static final String CRITERION = "COUNCIL_VOTE";

    private final RulePacks packs;

    PackCouncilRules(RulePacks packs) {
        this.packs = packs;
    }

    @Override
    public CouncilRule apply(AgendaItem item) {
        RulePack pack = packs.byId(item.rulePackId()).orElse(null);
        if (pack == null) {
            return new CouncilRule.Unknown("the rule pack '" + item.rulePackId() + "' is unknown to this service");
        }
        RulePack.AwardRules rules = pack.rulesFor(item.awardCode()).orElse(null);
        if (rules == null) {
            return new CouncilRule.Unknown("the rule pack " + pack.id() + " says nothing of " + item.awardCode());
        }
        RulePack.CriterionSpec spec = rules.criteria().stream().filter(c -> CRITERION.equals(c.code())
                || CRITERION.equals(c.rule())).findFirst().orElse(null);
        if (spec == null) {
            return new CouncilRule.Unknown("the rule pack " + pack.id() + " sets no council vote for "
                    + item.awardCode());
        }
        if (spec.unconfirmed() != null) {
            return new CouncilRule.Unknown("the rule pack " + pack.id() + " leaves it unconfirmed: " + spec.unconfirmed());
        }
        Object threshold = spec.params().get("threshold");
        if (!(threshold instanceof Number share)) {
            return new CouncilRule.Unknown("the rule pack " + pack.id() + " gives no threshold for " + item.awardCode());
        }
        CouncilRule.Denominator denominator = CouncilRule.Denominator.valueOf(String.valueOf(
                spec.params().getOrDefault("denominator", "TOTAL_MEMBERS")).toUpperCase(Locale.ROOT));
        BigDecimal value = new BigDecimal(share.toString());
        return new CouncilRule.Known(value, denominator, pack.id() + " " + CRITERION + ": at least "
                + value.movePointRight(2).stripTrailingZeros().toPlainString() + "% of "
                + (denominator == CouncilRule.Denominator.TOTAL_MEMBERS ? "all members of the council"
                : "the members present") + " (" + spec.citation() + ")", false);
    }
}
