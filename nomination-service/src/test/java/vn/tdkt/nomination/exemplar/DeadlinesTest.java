package vn.tdkt.nomination.exemplar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a month's registration closes, and when its reminders are due. */
class DeadlinesTest {

    @ParameterizedTest(name = "{0}, day {1} → {2}")
    @CsvSource({
            "2026-01, 25, 2026-02-25",
            "2026-01, 31, 2026-02-28",
            "2024-01, 30, 2024-02-29",
            "2026-12, 5, 2027-01-05",
            "2026-03, 31, 2026-04-30"})
    void theDeadlineIsADayOfTheFollowingMonthOrItsLastDay(String month, int day, LocalDate deadline) {
        assertThat(new Deadlines(day, 5).deadline(YearMonth.parse(month))).isEqualTo(deadline);
    }

    @ParameterizedTest(name = "{0} on {1}: open {2}, reminder {3}, missed {4}")
    @CsvSource({
            "2026-01, 2025-12-31, false, false, false",
            "2026-01, 2026-01-01, true,  false, false",
            "2026-01, 2026-02-19, true,  false, false",
            "2026-01, 2026-02-20, true,  true,  false",
            "2026-01, 2026-02-25, true,  true,  false",
            "2026-01, 2026-02-26, false, false, true"})
    void aMonthIsOpenFromItsFirstDayToItsDeadline(String month, LocalDate today, boolean open, boolean reminder,
                                                  boolean missed) {
        YearMonth m = YearMonth.parse(month);
        assertThat(Exemplars.DEADLINES.open(m, today)).isEqualTo(open);
        assertThat(Exemplars.DEADLINES.reminderDue(m, today)).isEqualTo(reminder);
        assertThat(Exemplars.DEADLINES.missed(m, today)).isEqualTo(missed);
    }

    /** Whatever the settings and day: a month is never both open and missed, and a reminder comes while open. */
    @Property(tries = 500)
    void openMissedAndRemindersNeverContradict(@ForAll @IntRange(min = 1, max = 31) int day,
                                               @ForAll @IntRange(min = 0, max = 27) int before,
                                               @ForAll @IntRange(min = 0, max = 3000) int offset) {
        Deadlines deadlines = new Deadlines(day, before);
        YearMonth month = YearMonth.of(2024, 11);
        LocalDate today = LocalDate.of(2024, 10, 1).plusDays(offset % 200);
        assertThat(deadlines.open(month, today) && deadlines.missed(month, today)).isFalse();
        if (deadlines.reminderDue(month, today)) {
            assertThat(deadlines.open(month, today)).isTrue();
        }
        assertThat(YearMonth.from(deadlines.deadline(month))).isEqualTo(month.plusMonths(1));
    }
}
