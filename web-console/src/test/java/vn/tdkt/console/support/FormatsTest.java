package vn.tdkt.console.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

class FormatsTest {

    private final Formats fmt = new Formats();

    @Test
    void datesAreDayMonthYear() {
        assertThat(fmt.date("2025-09-02")).isEqualTo("02/09/2025");
        assertThat(fmt.date(LocalDate.of(2025, 12, 31))).isEqualTo("31/12/2025");
        assertThat(fmt.date(JsonNodeFactory.instance.stringNode("2024-06-10"))).isEqualTo("10/06/2024");
    }

    @Test
    void instantsAreShownInVietnamsTimeZone() {
        // 17:30 UTC is 00:30 the next day in Hà Nội (UTC+7)
        assertThat(fmt.dateTime("2026-11-24T17:30:00Z")).isEqualTo("25/11/2026 00:30");
        assertThat(fmt.date("2026-11-24T17:30:00.123Z")).isEqualTo("25/11/2026");
    }

    @Test
    void unreadableValuesAreShownAsTheyAre() {
        assertThat(fmt.date("sắp tới")).isEqualTo("sắp tới");
        assertThat(fmt.date(null)).isEmpty();
    }

    @Test
    void typedVietnameseDatesBecomeIso() {
        assertThat(Formats.isoDate("02/09/2025")).isEqualTo("2025-09-02");
        assertThat(Formats.isoDate("2025-09-02")).isEqualTo("2025-09-02");
        assertThat(Formats.isoDate(" ")).isNull();
        assertThat(Formats.isoDate("31/02/2025")).as("no such day: left for the service to refuse at the field")
                .isEqualTo("31/02/2025");
        assertThat(Formats.isoDate("29/02/2024")).isEqualTo("2024-02-29");
    }
}
