package vn.tdkt.nomination.exemplar;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When a month's registration closes and when its reminders are due: pure calendar arithmetic. A month's
 * registration is open from the month's first day until its deadline, a day of the following month.
 */
record Deadlines(int deadlineDay, int remindDaysBefore) {

    /** The last day a registration of {@code month} is accepted. */
    LocalDate deadline(YearMonth month) {
        YearMonth next = month.plusMonths(1);
        return next.atDay(Math.min(deadlineDay, next.lengthOfMonth()));
    }

    /** May {@code month} be registered or revised {@code today}? */
    boolean open(YearMonth month, LocalDate today) {
        return !today.isBefore(month.atDay(1)) && !today.isAfter(deadline(month));
    }

    /** Is {@code today} within the reminder days before the month's deadline (the deadline included)? */
    boolean reminderDue(YearMonth month, LocalDate today) {
        LocalDate deadline = deadline(month);
        return !today.isAfter(deadline) && !today.isBefore(deadline.minusDays(remindDaysBefore))
                && !today.isBefore(month.atDay(1));
    }

    /** Has the month's deadline passed {@code today}? */
    boolean missed(YearMonth month, LocalDate today) {
        return today.isAfter(deadline(month));
    }
}
