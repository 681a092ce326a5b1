package vn.tdkt.campaign.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tdkt.campaign.statistics.StatisticsRepository.Addressed;
import vn.tdkt.campaign.statistics.StatisticsRepository.BlocYear;
import vn.tdkt.campaign.statistics.StatisticsRepository.Implementation;
import vn.tdkt.campaign.statistics.StatisticsRepository.KindPhase;
import vn.tdkt.support.statistics.ReportPeriod;

/**
 * What campaign-service tells a periodic report (seed 001's "định kỳ tổng hợp, báo cáo kết quả thi đua"; sơ kết,
 * tổng kết) about a unit's subtree and a period: campaigns organised, the cascade below the campaigns it was asked
 * to implement, registrations, blocs. Counts and unit codes only. Each section says what it counts.
 */
record CampaignStatistics(String unit, LocalDate from, LocalDate to, int unitsInSubtree, Organised campaignsOrganised,
                          Cascade cascade, Registrations registrations, Blocs blocs) {

    /** The kinds and phases of a campaign in their order (campaign.CampaignKind, campaign.Phase). */
    static final List<String> KINDS = List.of("REGULAR", "PERIODIC", "THEMATIC");
    static final List<String> PHASES = List.of("DRAFT", "LAUNCHED", "MIDTERM_REVIEW", "FINAL_REVIEW", "CLOSED",
            "CANCELLED");
    static final List<String> BLOC_PHASES = List.of("DRAFT", "COVENANT_SIGNING", "SCORING", "RESULT_PUBLISHED");

    record Organised(String counts, long total, Map<String, Long> byKind, Map<String, Long> byPhase) {
    }

    /**
     * @param campaigns   launched campaigns addressed to the subtree's units
     * @param recipients  (campaign, recipient unit of the subtree) pairs: each unit asked to act, once per campaign
     * @param launched    of those, the units that launched a campaign implementing it (a merged unit: its successor)
     * @param notLaunched the rest
     */
    record Cascade(String counts, long campaigns, long recipients, long launched, long notLaunched,
                   List<CascadeLine> byCampaign) {
    }

    record CascadeLine(String campaignId, String title, String organiserUnitCode, long recipients, long launched,
                       long notLaunched, List<String> notLaunchedUnitCodes) {
    }

    record Registrations(String counts, long expected, Map<String, Long> byStatus) {
    }

    /** @param ranked blocs whose ranking is published */
    record Blocs(String counts, long total, Map<String, Long> byPhase, long scorecardsSubmitted, long ranked) {
    }

    static Organised organised(List<KindPhase> rows) {
        Map<String, Long> byKind = zeros(KINDS);
        Map<String, Long> byPhase = zeros(PHASES);
        rows.forEach(row -> {
            byKind.merge(row.kind(), row.count(), Long::sum);
            byPhase.merge(row.phase(), row.count(), Long::sum);
        });
        return new Organised("phong trào thi đua – campaigns organised by the unit or a unit below it whose period "
                + "meets the report's, by kind and by the phase they are in now",
                rows.stream().mapToLong(KindPhase::count).sum(), byKind, byPhase);
    }

    /**
     * @param subtree    the units whose launching is counted
     * @param successors merged unit → successor, for the merged recipients (the successor acts in their place)
     */
    static Cascade cascade(List<Addressed> campaigns, Collection<String> subtree, List<Implementation> launchedBelow,
                           Map<String, String> successors) {
        Set<String> launchedPairs = new HashSet<>();
        launchedBelow.forEach(i -> launchedPairs.add(i.parentCampaignId() + "|" + i.organiserUnitCode()));
        List<CascadeLine> lines = new ArrayList<>();
        for (Addressed campaign : campaigns) {
            List<String> asked = campaign.recipientUnitCodes().stream().filter(subtree::contains).distinct().toList();
            List<String> notYet = asked.stream().filter(unit -> !launchedPairs.contains(campaign.id() + "|" + unit)
                    && !launchedPairs.contains(campaign.id() + "|" + successors.get(unit))).toList();
            lines.add(new CascadeLine(campaign.id(), campaign.title(), campaign.organiserUnitCode(), asked.size(),
                    asked.size() - notYet.size(), notYet.size(), notYet));
        }
        long recipients = lines.stream().mapToLong(CascadeLine::recipients).sum();
        long launched = lines.stream().mapToLong(CascadeLine::launched).sum();
        return new Cascade("triển khai – launched campaigns (from any level) whose period meets the report's and that "
                + "ask units of the subtree to act: those units that launched a campaign implementing one (phát động) "
                + "and those that have not yet", lines.size(), recipients, launched, recipients - launched, lines);
    }

    /** @param filed (campaign id, unit) pairs of the registrations filed */
    static Registrations registrations(List<Addressed> campaigns, Collection<String> subtree, List<List<String>> filed) {
        Set<String> expected = new HashSet<>();
        campaigns.forEach(c -> c.recipientUnitCodes().stream().filter(subtree::contains)
                .forEach(unit -> expected.add(c.id() + "|" + unit)));
        long registered = filed.stream().map(pair -> pair.get(0) + "|" + pair.get(1)).filter(expected::contains)
                .distinct().count();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        byStatus.put("REGISTERED", registered);
        byStatus.put("MISSING", expected.size() - registered);
        return new Registrations("đăng ký thi đua – for the campaigns of the cascade above, each unit of the subtree "
                + "asked to act: registered (đã đăng ký) or not yet (chưa đăng ký)", expected.size(), byStatus);
    }

    static Blocs blocs(List<BlocYear> blocs) {
        Map<String, Long> byPhase = zeros(BLOC_PHASES);
        blocs.forEach(b -> byPhase.merge(b.phase(), 1L, Long::sum));
        return new Blocs("khối, cụm thi đua – bloc years the subtree's units organise for the years the period "
                + "touches; scorecards submitted in them; ranked: result published", blocs.size(), byPhase,
                blocs.stream().mapToLong(BlocYear::scorecards).sum(), byPhase.get("RESULT_PUBLISHED"));
    }

    private static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> counts = new LinkedHashMap<>();
        keys.forEach(key -> counts.put(key, 0L));
        return counts;
    }

    static CampaignStatistics of(String unit, ReportPeriod period, Set<String> subtree, List<KindPhase> organised,
                                 List<Addressed> addressed, List<Implementation> launchedBelow,
                                 Map<String, String> successors, List<List<String>> filed, List<BlocYear> blocs) {
        return new CampaignStatistics(unit, period.from(), period.to(), subtree.size(), organised(organised),
                cascade(addressed, subtree, launchedBelow, successors), registrations(addressed, subtree, filed),
                blocs(blocs));
    }
}
