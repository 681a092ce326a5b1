package vn.tdkt.support.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import vn.tdkt.support.problem.InvalidInputException;

/**
 * The period of a statistics request ({@code GET /api/v1/statistics?unit=&from=&to=} in every service): two days,
 * both included, read as days in Vietnam. The same parsing everywhere, so a report's figures from four services
 * cover the same days and a bad date is refused the same way (400 naming {@code from} or {@code to}).
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** Days are Vietnam's: a decision of 1/1 taken at 6 a.m. local time is in January, not in December (UTC). */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** A review covers a year or a term (five years, the congresses' cycle); a longer range is a typing error. */
    public static final int MAX_YEARS = 10;

    public ReportPeriod {
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "must not be after to (" + from + " > " + to + ")");
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new InvalidInputException("to", "a period spans at most " + MAX_YEARS + " years");
        }
    }

    /** From the request parameters, naming the parameter that is missing or not a date {@code yyyy-MM-dd}. */
    public static ReportPeriod parse(String from, String to) {
        return new ReportPeriod(date(from, "from"), date(to, "to"));
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required, a date such as 2025-01-01");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + value + "' is not a date yyyy-MM-dd");
        }
    }

    /** The first instant of {@code from} in Vietnam. */
    public Instant start() {
        return from.atStartOfDay(VIETNAM).toInstant();
    }

    /** The first instant after {@code to} in Vietnam: instants of the period are {@code >= start() && < end()}. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(VIETNAM).toInstant();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    /** Whether a span of days (a campaign's period, either end open when null) meets this period. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return (start == null || !start.isAfter(to)) && (end == null || !end.isBefore(from));
    }

    public YearMonth firstMonth() {
        return YearMonth.from(from);
    }

    public YearMonth lastMonth() {
        return YearMonth.from(to);
    }
}
