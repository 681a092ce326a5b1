package vn.tdkt.nomination.award;

import java.time.LocalDate;
import java.util.List;

/**
 * Who grants an award on a date, as the rule pack in force says; implemented by the rule packs so that the
 * catalogue does not depend on them (the packs depend on the catalogue).
 */
public interface AuthorityLookup {

    /** The pack in force on {@code date} and its grants of {@code awardCode}; empty grants if none is known. */
    Authority authorityOf(String awardCode, LocalDate date);

    /** One granting authority with its citation, or a note that the law as read does not settle it. */
    record Grant(String level, String grantedBy, String citation) {
    }

    record Authority(String rulePackId, List<Grant> grants, String unconfirmed) {

        public Authority {
            grants = grants == null ? List.of() : List.copyOf(grants);
        }
    }
}
