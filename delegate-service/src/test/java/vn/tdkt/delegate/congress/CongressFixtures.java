package vn.tdkt.delegate.congress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import vn.tdkt.delegate.congress.CongressFacts.CompositionPolicy;

/** The Chi Lăng 2025 congresses of seed 002, as aggregates for plain unit tests. */
final class CongressFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-10T02:00:00Z"), ZoneOffset.UTC);
    static final LocalDate DISTRICT_DAY = LocalDate.of(2025, 4, 15);
    static final LocalDate PILOT_DAY = LocalDate.of(2025, 2, 20);
    static final CompositionPolicy DEFAULT_POLICY =
            new CompositionPolicy(CongressRules.DEFAULT_EXEMPLARY_PERCENT, List.of());

    private CongressFixtures() {
    }

    /** The district's conference (Hội nghị điển hình tiên tiến huyện Chi Lăng), 300 delegates, in April 2025. */
    static Congress district() {
        return stored(Congress.plan(CongressId.newId(), new Congress.Plan("LS-CL",
                "Hội nghị điển hình tiên tiến huyện Chi Lăng năm 2025", DISTRICT_DAY, 300, DEFAULT_POLICY,
                CongressRules.DEFAULT_AGENDA, null, false), "DISTRICT", 450, null, null, CLOCK).congress());
    }

    /** A commune's conference below {@code upper}, on {@code date}. */
    static Congress commune(Congress upper, String code, LocalDate date, boolean pilot, int staff) {
        return stored(Congress.plan(CongressId.newId(), new Congress.Plan(code, "Hội nghị điển hình tiên tiến " + code,
                date, 120, DEFAULT_POLICY, CongressRules.DEFAULT_AGENDA, upper.id(), pilot), "COMMUNE", staff,
                null, null, CLOCK).congress());
    }

    static Congress stored(Congress congress) {
        congress.stored(0);
        return congress;
    }
}
