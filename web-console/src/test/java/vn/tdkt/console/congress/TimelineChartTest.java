package vn.tdkt.console.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tdkt.console.support.Json;

class TimelineChartTest {

    private final TimelineChart chart = TimelineChart.of(Json.mapper().readTree(ChiLang.timeline()));

    @Test
    void theAxisCoversWholeMonthsAroundEveryDateAndDay() {
        assertThat(chart.from()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(chart.to()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(chart.ticks()).extracting(TimelineChart.Tick::label).containsExactly("02/2025", "03/2025", "04/2025", "05/2025");
        assertThat(chart.ticks().getFirst().x()).isEqualTo(TimelineChart.LABEL_WIDTH);
        assertThat(chart.todayX()).isBetween(chart.ticks().get(0).x(), chart.ticks().get(1).x());
    }

    @Test
    void rowsKeepTheTimelinesOrderAndSayWhatIsLate() {
        assertThat(chart.rows()).extracting(TimelineChart.Row::state).containsExactly("LATE", "DUE", "DONE");
        TimelineChart.Row pilot = chart.rows().getFirst();
        assertThat(pilot.pilot()).isTrue();
        assertThat(pilot.late()).isEqualTo(1);
        assertThat(pilot.receivedLate()).isEqualTo(1);
        // the bar runs from the documents' due day to the congress
        assertThat(pilot.barX()).isEqualTo(pilot.dueX());
        assertThat(pilot.barX() + pilot.barWidth()).isEqualTo(pilot.dateX());
        assertThat(chart.rows()).extracting(TimelineChart.Row::dateX).isSorted();
        assertThat(chart.rows()).extracting(TimelineChart.Row::y).isSorted();
    }

    @Test
    void anEmptyTreeStillDraws() {
        TimelineChart empty = TimelineChart.of(Json.mapper().readTree("{\"today\":\"2025-02-10\",\"nodes\":[]}"));
        assertThat(empty.rows()).isEmpty();
        assertThat(empty.ticks()).isNotEmpty();
    }
}
