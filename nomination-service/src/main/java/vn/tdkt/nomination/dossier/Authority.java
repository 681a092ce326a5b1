package vn.tdkt.nomination.dossier;

import java.util.stream.Collectors;
import vn.tdkt.nomination.award.AuthorityLookup;

/**
 * Whether an award lies within a unit's authority, from what the rule pack says and the unit's level: WITHIN
 * when a grant names the level; UNKNOWN when the pack leaves the authority unconfirmed or names no grantor (the
 * pack's reason is kept); BEYOND when the pack names grantors and none is of this level. Pure.
 */
record Authority(Kind kind, String reason) {

    enum Kind { WITHIN, BEYOND, UNKNOWN }

    static Authority of(AuthorityLookup.Authority pack, String unitLevel) {
        String grants = pack.grants().stream().map(g -> g.level() + " (" + g.citation() + ")")
                .collect(Collectors.joining(", "));
        String packId = pack.rulePackId() == null ? "no rule pack" : "rule pack " + pack.rulePackId();
        if (unitLevel != null && pack.grants().stream().anyMatch(g -> g.level().equals(unitLevel))) {
            return new Authority(Kind.WITHIN, packId + ": granted at level " + unitLevel + " by " + grants);
        }
        if (pack.unconfirmed() != null) {
            return new Authority(Kind.UNKNOWN, "authority UNKNOWN under " + packId + ": " + pack.unconfirmed()
                    + (grants.isEmpty() ? "" : "; confirmed grantors: " + grants));
        }
        if (pack.grants().isEmpty()) {
            return new Authority(Kind.UNKNOWN, "authority UNKNOWN: " + packId + " names no grantor");
        }
        return new Authority(Kind.BEYOND, packId + ": granted by " + grants + ", not at level " + unitLevel);
    }
}
