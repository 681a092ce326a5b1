package vn.tdkt.nomination.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tdkt.nomination.award.Award;
import vn.tdkt.nomination.rulepack.RulePack;

/**
 * The quota guardrails of a unit's council for a year, per award, a pure calculation over counts: the
 * dossiers addressed to the unit (pending = submitted or appraised, approved = approved and not decided yet)
 * and the honours recorded for its subtree, against the pack's quota. The base of a share quota is what the
 * subtree holds of the base award (recorded honours plus approvals not decided yet); the cap is the share of it,
 * rounded down. A pack that sets no figure says so: the quota is UNKNOWN with the pack's reason.
 */
final class Guardrails {

    private Guardrails() {
    }

    record Counts(long pending, long approved, long honours) {
        static final Counts NONE = new Counts(0, 0, 0);
    }

    record Quota(String status, Double maxShare, String ofAward, Long base, Long limit, String citation,
                 String reason) {
    }

    record Figures(String awardCode, String awardName, long pending, long approved, long honours, Quota quota,
                   List<String> warnings) {
    }

    static List<Figures> of(RulePack pack, List<Award> awards, Map<String, Counts> counts) {
        List<Figures> out = new ArrayList<>();
        for (Award award : awards) {
            Counts c = counts.getOrDefault(award.code(), Counts.NONE);
            RulePack.Quota q = pack.rulesFor(award.code()).map(RulePack.AwardRules::quota).orElse(null);
            List<String> warnings = new ArrayList<>();
            Quota quota;
            if (q == null) {
                quota = new Quota("NONE", null, null, null, null, null, "the rule pack " + pack.id()
                        + " sets no quota for " + award.name());
            } else if (q.unconfirmed() != null || q.maxShare() == null || q.ofAward() == null) {
                String reason = q.unconfirmed() != null ? q.unconfirmed() : "the pack gives no share";
                quota = new Quota("UNKNOWN", null, q.ofAward(), null, null, q.citation(), reason);
                if (c.pending() + c.approved() > 0) {
                    warnings.add("Chỉ tiêu chưa xác định (UNKNOWN): " + reason);
                }
            } else {
                Counts base = counts.getOrDefault(q.ofAward(), Counts.NONE);
                long baseCount = base.honours() + base.approved();
                long limit = (long) Math.floor(q.maxShare() * baseCount + 1e-9);
                quota = new Quota("SET", q.maxShare(), q.ofAward(), baseCount, limit, q.citation(), null);
                long granted = c.honours() + c.approved();
                String share = Math.round(q.maxShare() * 100) + "% của " + baseCount + " " + q.ofAward();
                if (granted > limit) {
                    warnings.add("Vượt chỉ tiêu: " + granted + " " + award.code() + " đã có hoặc đã được thông qua, "
                            + "tối đa " + limit + " (" + share + ")");
                } else if (granted + c.pending() > limit) {
                    warnings.add("Nếu thông qua cả " + c.pending() + " hồ sơ đang chờ: " + (granted + c.pending())
                            + " " + award.code() + ", tối đa " + limit + " (" + share + ")");
                }
            }
            if (c.pending() + c.approved() + c.honours() > 0 || quota.status().equals("SET")) {
                out.add(new Figures(award.code(), award.name(), c.pending(), c.approved(), c.honours(), quota,
                        List.copyOf(warnings)));
            }
        }
        return out;
    }
}
