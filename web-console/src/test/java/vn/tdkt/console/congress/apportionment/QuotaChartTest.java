package vn.tdkt.console.congress.apportionment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuotaChartTest {

    @Test
    void exactQuotasAreReadAsFractionsAndBarsShareOneScale() {
        QuotaChart chart = QuotaChart.of(List.of(Map.of("code", "LS-CL", "quota", "30/7", "seats", 4),
                Map.of("code", "LS-HL", "quota", "30/7", "seats", 4), Map.of("code", "LS-STC", "quota", "10/7", "seats", 2)));
        assertThat(QuotaChart.quota("30/7")).isEqualByComparingTo("4.285714285714286");
        assertThat(chart.bars()).extracting(QuotaChart.Bar::quota).containsExactly("4.29", "4.29", "1.43");
        QuotaChart.Bar stc = chart.bars().get(2);
        assertThat(stc.seatsWidth()).isGreaterThan(stc.quotaWidth()); // rounded up from 1.43 to 2
        assertThat(chart.ticks().getLast().value()).isEqualTo(8);
    }

    @Test
    void onlyTheFirstUnitsAreDrawn() {
        List<Map<String, Object>> many = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> Map.<String, Object>of("code", "U" + i, "quota", "1", "seats", 1)).toList();
        QuotaChart chart = QuotaChart.of(many);
        assertThat(chart.drawn()).isEqualTo(QuotaChart.MAX_UNITS);
        assertThat(chart.total()).isEqualTo(100);
    }

    @Test
    void theAxisEndReachesTheLargestValueInFourRoundSteps() {
        for (long max = 0; max < 3_000_000; max = max * 3 / 2 + 1) {
            long top = QuotaChart.niceCeiling(BigDecimal.valueOf(max));
            assertThat(top).isGreaterThanOrEqualTo(max).isPositive();
            assertThat(top % 4).isZero();
            assertThat(top).isLessThanOrEqualTo(Math.max(4, max * 2)); // never more than twice the data
        }
        assertThat(QuotaChart.niceCeiling(new BigDecimal("84"))).isEqualTo(120);
    }
}
