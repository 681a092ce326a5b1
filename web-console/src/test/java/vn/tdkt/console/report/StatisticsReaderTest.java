package vn.tdkt.console.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.console.support.Json;

class StatisticsReaderTest {

    private static final Map<String, String> LABELS = Map.of("byStatus", "Theo trạng thái", "total", "Tổng số",
            "nominations", "Hồ sơ đề nghị", "DECIDED", "Đã quyết định", "unitsInSubtree", "Số đơn vị");

    private final StatisticsReader reader = new StatisticsReader(k -> LABELS.getOrDefault(k, k),
            v -> LABELS.getOrDefault(v, v), "Chỉ tiêu", "Số lượng");

    private Report.Part nomination() {
        return reader.read("nomination", "Khen thưởng", Json.mapper().readTree(Statistics.NOMINATION));
    }

    @Test
    void topLevelFiguresAreFactsAndTheEchoedRequestIsLeftOut() {
        Report.Part part = nomination();
        assertThat(part.facts()).containsExactly(new Report.Fact("Số đơn vị", 24L));
        assertThat(part.sections()).extracting(Report.Section::title)
                .containsExactly("Hồ sơ đề nghị", "honoursConferred", "exemplarsRegistered", "councilSessions");
        assertThat(part.sections().getFirst().description()).isEqualTo("hồ sơ đề nghị – nomination dossiers");
    }

    @Test
    void aSectionsCountsAreOneTableAndAMapOfCountsATableWithAChart() {
        List<Report.FigureTable> tables = nomination().sections().getFirst().tables();
        assertThat(tables.getFirst().rows()).containsExactly(List.of("Tổng số", 7L));
        Report.FigureTable byStatus = tables.get(1);
        assertThat(byStatus.caption()).isEqualTo("Hồ sơ đề nghị – Theo trạng thái");
        assertThat(byStatus.rows()).contains(List.of("Đã quyết định", 3L)).hasSize(8);
        assertThat(byStatus.chart().bars()).hasSize(8);
        assertThat(byStatus.chart().description()).contains("Đã quyết định: 3");
    }

    @Test
    void aListsNestedCountsBecomeColumnsAndItsTotalTheChart() {
        Report.FigureTable byAward = nomination().sections().getFirst().tables().get(2);
        assertThat(byAward.headers()).startsWith("awardCode", "awardName", "Tổng số", "DRAFT").contains("Đã quyết định")
                .hasSize(3 + 8);
        assertThat(byAward.rows().getFirst()).startsWith("LDTT", "Lao động tiên tiến", 5L, 1L);
        assertThat(byAward.chart().bars()).extracting(BarChart.Bar::label, BarChart.Bar::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lao động tiên tiến", 5L),
                        org.assertj.core.groups.Tuple.tuple("=HYPERLINK(\"http://x\")", 2L));
        assertThat(byAward.isNumeric(2)).isTrue();
        assertThat(byAward.isNumeric(1)).isFalse();
    }

    @Test
    void monthsAreWrittenAsVietnameseReadersDo() {
        Report.FigureTable byMonth = nomination().sections().get(2).tables().get(1);
        assertThat(byMonth.rows()).extracting(r -> r.getFirst()).containsExactly("01/2025", "02/2025");
        assertThat(byMonth.chart().bars()).extracting(BarChart.Bar::label).containsExactly("01/2025", "02/2025");
    }

    @Test
    void anyShapeAServiceSendsIsShown() {
        Report.Part part = reader.read("delegate", "Đại hội", Json.mapper().readTree(Statistics.DELEGATE));
        assertThat(part.sections()).hasSize(2);
        assertThat(part.sections().get(1).tables().getFirst().rows())
                .containsExactly(List.of("Tổng số", 120L), List.of("exemplary", 84L));
    }

    @Test
    void barsAreScaledToTheLargestAndAZeroHasNoBar() {
        BarChart chart = BarChart.of("c", "t", "d", List.of("a", "b", "c"), List.of(10L, 5L, 0L));
        assertThat(chart.bars()).extracting(BarChart.Bar::length)
                .containsExactly(BarChart.WIDTH - BarChart.LABEL_WIDTH - BarChart.VALUE_WIDTH,
                        (BarChart.WIDTH - BarChart.LABEL_WIDTH - BarChart.VALUE_WIDTH) / 2, 0);
        assertThat(chart.height()).isEqualTo(16 + 3 * BarChart.ROW);
        assertThat(BarChart.of("c", "t", "d", List.of("a"), List.of(1L))).as("one bar compares nothing").isNull();
    }
}
