package vn.tdkt.support.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.support.problem.InvalidInputException;

class ReportPeriodTest {

    @ParameterizedTest(name = "from={0} to={1} → 400 {2}")
    @CsvSource(nullValues = "-", textBlock = """
            -,          2025-12-31, from
            2025-01-01, -,          to
            2025-13-01, 2025-12-31, from
            01/01/2025, 2025-12-31, from
            2025-01-01, tomorrow,   to
            2025-12-31, 2025-01-01, from
            2000-01-01, 2025-12-31, to
            """)
    void refusesNamingTheParameter(String from, String to, String field) {
        assertThatThrownBy(() -> ReportPeriod.parse(from, to)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void bothDaysAreIncludedAsDaysInVietnam() {
        ReportPeriod year = ReportPeriod.parse("2025-01-01", "2025-12-31");

        assertThat(year.contains(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(year.contains(Instant.parse("2024-12-31T17:00:00Z"))).as("1/1 at midnight in Hà Nội").isTrue();
        assertThat(year.contains(Instant.parse("2024-12-31T16:59:59Z"))).isFalse();
        assertThat(year.contains(Instant.parse("2025-12-31T16:59:59Z"))).isTrue();
        assertThat(year.contains(Instant.parse("2025-12-31T17:00:00Z"))).isFalse();
        assertThat(year.overlaps(LocalDate.of(2024, 11, 15), LocalDate.of(2025, 1, 1))).isTrue();
        assertThat(year.overlaps(LocalDate.of(2026, 1, 1), null)).isFalse();
        assertThat(year.overlaps(null, LocalDate.of(2024, 12, 31))).isFalse();
        assertThat(ReportPeriod.parse("2025-03-05", "2025-03-05").contains(LocalDate.of(2025, 3, 5))).isTrue();
    }
}
