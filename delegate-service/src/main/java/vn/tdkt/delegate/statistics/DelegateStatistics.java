package vn.tdkt.delegate.statistics;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tdkt.delegate.statistics.StatisticsRepository.CongressRow;
import vn.tdkt.delegate.statistics.StatisticsRepository.DelegateRow;
import vn.tdkt.support.statistics.ReportPeriod;

/**
 * What delegate-service tells a periodic report about a unit's subtree and a period (seed 002's congresses, from
 * commune to district): each congress dated in the period with its form, date, size and seats allocated, and the
 * delegates the units below proposed to it and it approved, by category, women and ethnic minorities. Counts only.
 */
record DelegateStatistics(String unit, LocalDate from, LocalDate to, int unitsInSubtree, String counts,
                          long congresses, Delegates totals, List<CongressLine> byCongress) {

    /** Seed 002, part II.2: exemplary people; guests and leaders (delegation.Category). */
    static final List<String> CATEGORIES = List.of("EXEMPLARY", "GUEST", "LEADER");
    /** Kinh is the majority; every other ethnicity counts as an ethnic minority, folded as delegation.Delegate folds it. */
    static final String MAJORITY_ETHNICITY = "kinh";

    /**
     * @param proposed on lists submitted to the unit's own congress and not yet approved (PROPOSED)
     * @param approved on lists that congress approved (APPROVED)
     * @param drafting on lists still being drawn up (DRAFT)
     */
    record Delegates(long proposed, long approved, long drafting, Map<String, Long> proposedByCategory,
                     Map<String, Long> approvedByCategory, long women, long ethnicMinorities) {
    }

    /**
     * @param seatsAllocated the exemplary seats shared among the units below by the current allocation; null before
     *                       the first
     * @param delegates      women and ethnic minorities counted among the proposed and approved
     */
    record CongressLine(String congressId, String title, String organiserUnitCode, String level, String form,
                        String status, String date, int maxDelegates, Long seatsAllocated, Delegates delegates) {
    }

    static DelegateStatistics of(String unit, ReportPeriod period, int unitsInSubtree, List<CongressRow> congresses,
                                 List<DelegateRow> delegates) {
        List<CongressLine> lines = new ArrayList<>();
        for (CongressRow c : congresses) {
            lines.add(new CongressLine(c.id(), c.title(), c.organiserUnitCode(), c.level(), c.form(), c.status(),
                    c.date(), c.maxDelegates(), c.seatsAllocated(),
                    count(delegates.stream().filter(d -> c.id().equals(d.congressId())).toList())));
        }
        return new DelegateStatistics(unit, period.from(), period.to(), unitsInSubtree,
                "đại hội thi đua – congresses organised by the unit or a unit below it, dated in the period, and the "
                        + "delegates the units below them put on their lists (proposed, approved, still drafting), "
                        + "by category; women and ethnic minorities among the proposed and approved",
                lines.size(), count(delegates.stream().filter(d -> congresses.stream()
                        .anyMatch(c -> c.id().equals(d.congressId()))).toList()), lines);
    }

    static Delegates count(List<DelegateRow> delegates) {
        Map<String, Long> proposed = zeros();
        Map<String, Long> approved = zeros();
        long drafting = 0;
        long women = 0;
        long minorities = 0;
        for (DelegateRow d : delegates) {
            if ("DRAFT".equals(d.listStatus())) {
                drafting++;
                continue;
            }
            ("APPROVED".equals(d.listStatus()) ? approved : proposed).merge(String.valueOf(d.category()), 1L, Long::sum);
            if ("FEMALE".equals(d.gender())) {
                women++;
            }
            if (ethnicMinority(d.ethnicity())) {
                minorities++;
            }
        }
        return new Delegates(sum(proposed), sum(approved), drafting, proposed, approved, women, minorities);
    }

    static boolean ethnicMinority(String ethnicity) {
        return ethnicity != null && !ethnicity.isBlank() && !Normalizer.normalize(ethnicity.strip(), Normalizer.Form.NFC)
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).equals(MAJORITY_ETHNICITY);
    }

    private static Map<String, Long> zeros() {
        Map<String, Long> counts = new LinkedHashMap<>();
        CATEGORIES.forEach(c -> counts.put(c, 0L));
        return counts;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
