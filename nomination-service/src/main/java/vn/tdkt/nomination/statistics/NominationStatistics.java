package vn.tdkt.nomination.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tdkt.nomination.award.Award;
import vn.tdkt.nomination.award.AwardCatalogue;
import vn.tdkt.nomination.award.AwardKind;
import vn.tdkt.nomination.statistics.StatisticsRepository.Row;
import vn.tdkt.support.statistics.ReportPeriod;

/**
 * What nomination-service tells a periodic report (seed 001: "định kỳ tổng hợp, báo cáo kết quả thi đua, khen
 * thưởng"; the sơ kết and tổng kết reviews) about a unit's subtree and a period. Counts only: no name, no id of a
 * person. Each section says what it counts ({@code counts}), so a figure never travels without its meaning.
 *
 * @param unitsInSubtree the unit and every unit below it today, whose data is counted
 */
record NominationStatistics(String unit, LocalDate from, LocalDate to, int unitsInSubtree, Nominations nominations,
                            Honours honoursConferred, Exemplars exemplarsRegistered, Sessions councilSessions) {

    /** The workflow's order, for tables that read left to right; a status not listed here follows, by name. */
    static final List<String> STATUS_ORDER = List.of("DRAFT", "SUBMITTED", "RETURNED", "APPRAISED", "APPROVED",
            "NOT_APPROVED", "DECIDED", "FORWARDED");

    record Nominations(String counts, long total, Map<String, Long> byStatus, List<AwardLine> byAward) {
    }

    record AwardLine(String awardCode, String awardName, long total, Map<String, Long> byStatus) {
    }

    /**
     * @param byForm         by form of award: emulation titles (danh hiệu thi đua) and commendations (hình thức khen
     *                       thưởng)
     * @param byGrantorLevel by the level of the unit whose decision conferred them
     */
    record Honours(String counts, long total, long individuals, long collectives, List<FormLine> byForm,
                   List<LevelLine> byGrantorLevel, List<HonourLine> byAward) {
    }

    record FormLine(String form, String label, long total) {
    }

    record LevelLine(String grantorLevel, long total) {
    }

    record HonourLine(String awardCode, String awardName, String form, String grantorLevel, long individuals,
                      long collectives, long total) {
    }

    /** @param byMonth every month of the period, in order, with zeros where nothing was registered */
    record Exemplars(String counts, long total, long individuals, long collectives, List<MonthLine> byMonth) {
    }

    /** @param offices how many offices registered for the month */
    record MonthLine(String month, long offices, long individuals, long collectives, long total) {
    }

    /**
     * @param held          sessions opened in the period
     * @param closed        of those, closed (results counted)
     * @param dossiersVoted dossiers on the agenda of the closed ones
     */
    record Sessions(String counts, long held, long closed, long dossiersVoted) {
    }

    /** The counted rows of {@link StatisticsRepository}, assembled; pure. */
    static NominationStatistics of(String unit, ReportPeriod period, int unitsInSubtree, List<Row> nominations,
                                   List<Row> honours, List<Row> exemplars, List<Row> registeringOffices,
                                   List<Row> sessions, long dossiersVoted) {
        return new NominationStatistics(unit, period.from(), period.to(), unitsInSubtree, nominations(nominations),
                honours(honours), exemplars(period, exemplars, registeringOffices),
                sessions(sessions, dossiersVoted));
    }

    static Nominations nominations(List<Row> rows) {
        Map<String, Map<String, Long>> byAward = new TreeMap<>();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        STATUS_ORDER.forEach(status -> byStatus.put(status, 0L));
        for (Row row : rows) {
            String status = row.text("status");
            byStatus.merge(status, row.count(), Long::sum);
            byAward.computeIfAbsent(row.text("awardCode"), code -> zeroByStatus())
                    .merge(status, row.count(), Long::sum);
        }
        List<AwardLine> lines = byAward.entrySet().stream()
                .map(e -> new AwardLine(e.getKey(), awardName(e.getKey()), sum(e.getValue()), e.getValue()))
                .sorted(Comparator.comparing(AwardLine::total).reversed().thenComparing(AwardLine::awardCode))
                .toList();
        return new Nominations("hồ sơ đề nghị – nomination dossiers the subtree's units made, created in the period, "
                + "by award and where each stands now", sum(byStatus), byStatus, lines);
    }

    static Honours honours(List<Row> rows) {
        Map<String, long[]> byAward = new TreeMap<>(); // awardCode|level → individuals, collectives
        for (Row row : rows) {
            long[] counts = byAward.computeIfAbsent(row.text("awardCode") + "|" + row.text("grantorLevel"),
                    key -> new long[2]);
            counts["COLLECTIVE".equals(row.text("recipientKind")) ? 1 : 0] += row.count();
        }
        List<HonourLine> lines = new ArrayList<>();
        byAward.forEach((key, counts) -> {
            String code = key.substring(0, key.indexOf('|'));
            String level = key.substring(key.indexOf('|') + 1);
            lines.add(new HonourLine(code, awardName(code), form(code), "null".equals(level) ? null : level,
                    counts[0], counts[1], counts[0] + counts[1]));
        });
        Map<String, Long> forms = new LinkedHashMap<>();
        for (AwardKind kind : AwardKind.values()) {
            forms.put(kind.name(), 0L);
        }
        Map<String, Long> levels = new TreeMap<>();
        lines.forEach(line -> {
            forms.merge(line.form(), line.total(), Long::sum);
            levels.merge(String.valueOf(line.grantorLevel()), line.total(), Long::sum);
        });
        long individuals = lines.stream().mapToLong(HonourLine::individuals).sum();
        long collectives = lines.stream().mapToLong(HonourLine::collectives).sum();
        return new Honours("khen thưởng – honours conferred on the subtree's people and collectives by decisions "
                + "dated in the period, whoever granted them", individuals + collectives, individuals, collectives,
                forms.entrySet().stream().map(e -> new FormLine(e.getKey(), formLabel(e.getKey()), e.getValue()))
                        .toList(),
                levels.entrySet().stream().map(e -> new LevelLine(e.getKey(), e.getValue())).toList(), lines);
    }

    static Exemplars exemplars(ReportPeriod period, List<Row> entries, List<Row> offices) {
        Map<String, long[]> byMonth = new LinkedHashMap<>(); // month → offices, individuals, collectives
        for (YearMonth m = period.firstMonth(); !m.isAfter(period.lastMonth()); m = m.plusMonths(1)) {
            byMonth.put(m.toString(), new long[3]);
        }
        offices.forEach(row -> byMonth.computeIfAbsent(row.text("month"), m -> new long[3])[0] += row.count());
        entries.forEach(row -> byMonth.computeIfAbsent(row.text("month"), m -> new long[3])
                ["COLLECTIVE".equals(row.text("recipientKind")) ? 2 : 1] += row.count());
        List<MonthLine> lines = byMonth.entrySet().stream().map(e -> new MonthLine(e.getKey(), e.getValue()[0],
                e.getValue()[1], e.getValue()[2], e.getValue()[1] + e.getValue()[2])).toList();
        long individuals = lines.stream().mapToLong(MonthLine::individuals).sum();
        long collectives = lines.stream().mapToLong(MonthLine::collectives).sum();
        return new Exemplars("gương điển hình tiên tiến – exemplary individuals and collectives the subtree's offices "
                + "registered for the months of the period (seed 004's monthly register)", individuals + collectives,
                individuals, collectives, lines);
    }

    static Sessions sessions(List<Row> rows, long dossiersVoted) {
        long held = rows.stream().mapToLong(Row::count).sum();
        long closed = rows.stream().filter(r -> "CLOSED".equals(r.text("status"))).mapToLong(Row::count).sum();
        return new Sessions("phiên họp hội đồng – voting sessions of the subtree's councils opened in the period",
                held, closed, dossiersVoted);
    }

    private static Map<String, Long> zeroByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        STATUS_ORDER.forEach(status -> counts.put(status, 0L));
        return counts;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String awardName(String code) {
        return AwardCatalogue.byCode(code).map(Award::name).orElse(code);
    }

    private static String form(String code) {
        return AwardCatalogue.byCode(code).map(award -> award.kind().name()).orElse("UNKNOWN");
    }

    private static String formLabel(String form) {
        return switch (form) {
            case "EMULATION_TITLE" -> "Danh hiệu thi đua";
            case "COMMENDATION" -> "Hình thức khen thưởng";
            default -> "Không rõ";
        };
    }
}
