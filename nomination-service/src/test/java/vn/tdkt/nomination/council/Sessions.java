package vn.tdkt.nomination.council;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.nomination.council.VotingAgenda.AgendaItem;

/** The fixture of the council tests: the demo council of LS (five members) and dossiers on its agenda. */
final class Sessions {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-20T02:00:00Z"), ZoneOffset.UTC);
    static final List<String> MEMBERS = List.of("uyvien.1", "uyvien.2", "uyvien.3", "uyvien.4", "uyvien.5");
    static final String SECRETARY = "thuky.hoidong";
    static final String BEFORE_2024 = "vn-before-2024";
    static final String PACK_2024 = "vn-2024";

    /** 90 % of all members for the pre-2024 pack (NĐ 91/2017 Điều 45 khoản 8), unknown for the later ones. */
    static final Function<AgendaItem, CouncilRule> RULES = item -> BEFORE_2024.equals(item.rulePackId())
            ? new CouncilRule.Known(new BigDecimal("0.9"), CouncilRule.Denominator.TOTAL_MEMBERS,
            "vn-before-2024 COUNCIL_VOTE: at least 90% of all members", false)
            : new CouncilRule.Unknown("the rule pack " + item.rulePackId() + " leaves it unconfirmed");

    private Sessions() {
    }

    static Council.Definition definition() {
        return new Council.Definition("Hội đồng Thi đua – Khen thưởng tỉnh Lạng Sơn", "uyvien.1", SECRETARY, MEMBERS);
    }

    static Council council() {
        return Council.establish("LS", definition(), SECRETARY, CLOCK, new ArrayList<>());
    }

    static AgendaItem item(String nominationId, String pack) {
        return new AgendaItem(nominationId, "Hoàng Thị Mai", "LS-STC", "CSTD_CO_SO", "Chiến sĩ thi đua cơ sở", 2023,
                pack);
    }

    static VotingSession open(AgendaItem... items) {
        return VotingSession.open(SessionId.random(), council(), "Phiên họp xét khen thưởng năm 2023", List.of(items),
                SECRETARY, CLOCK, new ArrayList<NominationEvent>());
    }

    /** Each of {@code choices} cast on {@code nominationId} by the next member in order. */
    static void votes(VotingSession session, String nominationId, Choice... choices) {
        for (int i = 0; i < choices.length; i++) {
            session.cast(MEMBERS.get(i), nominationId, choices[i]);
        }
    }
}
