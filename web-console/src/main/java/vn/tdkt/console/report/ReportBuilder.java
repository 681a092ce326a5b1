package vn.tdkt.console.report;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import vn.tdkt.console.support.Formats;
import vn.tdkt.console.support.ServiceClient;
import vn.tdkt.console.support.ServiceProblem;

/**
 * Asks the three services with figures (campaign-, nomination- and delegate-service, each
 * {@code GET /api/v1/statistics?unit=&from=&to=} as the signed-in user) and assembles the report. A service that
 * refuses the request's input stops the report (the form shows why); one that refuses the user, does not know the
 * endpoint yet or cannot be reached leaves its part with the reason, and the others still show.
 */
final class ReportBuilder {

    /** The half-year review (sơ kết 6 tháng) ends on 30 June; the year's (tổng kết) on 31 December. */
    static final MonthDay MID_YEAR_END = MonthDay.of(6, 30);
    static final MonthDay YEAR_END = MonthDay.of(12, 31);

    record Source(String service, ServiceClient client) {
    }

    private final List<Source> sources;
    private final MessageSource messages;
    private final Locale locale;

    ReportBuilder(List<Source> sources, MessageSource messages, Locale locale) {
        this.sources = sources;
        this.messages = messages;
        this.locale = locale;
    }

    Report build(ReportRequest.Period period) {
        StatisticsReader reader = new StatisticsReader(
                key -> messages.getMessage("report.key." + key, null, key, locale),
                value -> messages.getMessage("report.value." + value, null, value, locale),
                message("report.figure"), message("report.count"));
        List<Report.Part> parts = new ArrayList<>();
        for (Source source : sources) {
            String title = message("report.part." + source.service());
            try {
                JsonNode stats = source.client().get(u -> u.path("/api/v1/statistics")
                        .queryParam("unit", period.unit()).queryParam("from", period.from())
                        .queryParam("to", period.to()).build());
                parts.add(reader.read(source.service(), title, stats));
            } catch (ServiceProblem p) {
                if (p.isInputProblem() || p.status() == 401) {
                    throw p;
                }
                parts.add(new Report.Part(source.service(), title, List.of(), List.of(), p));
            }
        }
        return new Report(period.unit(), period.from(), period.to(), heading(period), List.copyOf(parts));
    }

    /** Sơ kết for the first half of a year, tổng kết for a whole year, otherwise the period's two days. */
    String heading(ReportRequest.Period period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        boolean fromNewYear = from.getDayOfYear() == 1;
        if (fromNewYear && to.getYear() == from.getYear() && MonthDay.from(to).equals(MID_YEAR_END)) {
            return messages.getMessage("report.heading.midYear", new Object[] {String.valueOf(from.getYear())}, locale);
        }
        if (fromNewYear && to.getYear() == from.getYear() && MonthDay.from(to).equals(YEAR_END)) {
            return messages.getMessage("report.heading.year", new Object[] {String.valueOf(from.getYear())}, locale);
        }
        return messages.getMessage("report.heading.period",
                new Object[] {Formats.DATE.format(from), Formats.DATE.format(to)}, locale);
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
