package vn.tdkt.nomination.rulepack;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A versioned set of legal parameters: per award, who grants it, the quota and the criteria, each with the
 * article it comes from, for the decisions dated within {@code [effectiveFrom, effectiveTo]} (null = open).
 * A provincial pack names the national pack it {@code extends}; its awards here are already merged over the
 * base's (an award the province states replaces the base's entries it gives).
 *
 * @param source where the pack was read from (a file name), for error messages and the listing
 * @param sha256 the hash of the file, so a changed pack is noticed at start-up
 */
public record RulePack(String id, String name, String jurisdiction, String basePackId, LocalDate effectiveFrom,
                       LocalDate effectiveTo, List<String> instruments, String notes, String source, String sha256,
                       Map<String, AwardRules> awards) {

    public RulePack {
        instruments = List.copyOf(instruments);
        awards = Map.copyOf(awards);
    }

    public boolean covers(LocalDate date) {
        return (effectiveFrom == null || !date.isBefore(effectiveFrom))
                && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public boolean provincial() {
        return basePackId != null;
    }

    public Optional<AwardRules> rulesFor(String awardCode) {
        return Optional.ofNullable(awards.get(awardCode));
    }

    /** Everything the pack says about one award. */
    public record AwardRules(String awardCode, List<Grant> authority, String authorityUnconfirmed, Quota quota,
                             List<CriterionSpec> criteria) {

        public AwardRules {
            authority = List.copyOf(authority);
            criteria = List.copyOf(criteria);
        }
    }

    /** A level that grants the award (PRIME_MINISTER, PROVINCE, DISTRICT, …), who exactly, and the article. */
    public record Grant(String level, String grantedBy, String citation) {
    }

    /**
     * A cap on how many may receive the award: at most {@code maxShare} of those who received {@code ofAward},
     * or {@code unconfirmed} saying why the pack sets no figure.
     */
    public record Quota(Double maxShare, String ofAward, String citation, String unconfirmed) {
    }

    /**
     * One criterion as data: which rule evaluates it ({@code rule}, with its {@code params}), the article
     * ({@code citation}), or {@code unconfirmed}: why the law as read does not settle it, so it answers
     * UNKNOWN. {@code path} locates it in its file for error messages ({@code awards.CSTD_TINH.criteria[1]}).
     */
    public record CriterionSpec(String code, String rule, Map<String, Object> params, String citation,
                                String unconfirmed, String path) {

        public CriterionSpec {
            params = params == null ? Map.of() : Map.copyOf(params);
        }
    }
}
