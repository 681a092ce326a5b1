package vn.tdkt.nomination.exemplar;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The exemplar register's settings ({@code tdkt.exemplars}). Seed 004 says only that the offices register
 * "every month" (mỗi tháng) with the department's office; it names no day, so the deadline is a setting.
 *
 * @param deadlineDay       the day of the month after the registered one until which a registration may be
 *                          made or revised (a month shorter than it ends on its last day); default 25
 * @param registeringLevels the unit levels that register every month (the offices, phòng); default OFFICE
 * @param remindDaysBefore  how many days before the deadline an office that has not registered is reminded;
 *                          default 5
 * @param reminderInterval  how often the reminders are looked for; default one hour
 */
@ConfigurationProperties("tdkt.exemplars")
record ExemplarProperties(Integer deadlineDay, List<String> registeringLevels, Integer remindDaysBefore,
                          Duration reminderInterval) {

    ExemplarProperties {
        deadlineDay = deadlineDay == null ? 25 : deadlineDay;
        registeringLevels = registeringLevels == null || registeringLevels.isEmpty() ? List.of("OFFICE")
                : List.copyOf(registeringLevels);
        remindDaysBefore = remindDaysBefore == null ? 5 : remindDaysBefore;
        reminderInterval = reminderInterval == null ? Duration.ofHours(1) : reminderInterval;
        if (deadlineDay < 1 || deadlineDay > 31) {
            throw new IllegalArgumentException("tdkt.exemplars.deadline-day must be a day of the month (1–31)");
        }
        if (remindDaysBefore < 0 || remindDaysBefore > 27) {
            throw new IllegalArgumentException("tdkt.exemplars.remind-days-before must be 0–27");
        }
    }
}
