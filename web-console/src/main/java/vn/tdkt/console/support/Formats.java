package vn.tdkt.console.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Dates as Vietnamese readers write them, dd/MM/yyyy, in every language of the console; instants in
 * Vietnam's time zone. In templates: {@code ${@fmt.date(c.startDate)}}, {@code ${@fmt.dateTime(d.sentAt)}}.
 * Takes what the services send (ISO strings), LocalDate/Instant, or a JsonNode; anything unreadable is shown as is.
 */
@Component("fmt")
public class Formats {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** What a user types: strict, so 31/02 is refused by the service at its field instead of becoming 28/02. */
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String date(Object value) {
        TemporalAccessor t = parse(value);
        if (t instanceof Instant i) {
            return DATE.format(i.atZone(VIETNAM));
        }
        return t == null ? text(value) : DATE.format(t);
    }

    public String dateTime(Object value) {
        TemporalAccessor t = parse(value);
        if (t instanceof Instant i) {
            return DATE_TIME.format(i.atZone(VIETNAM));
        }
        return t == null ? text(value) : DATE.format(t);
    }

    /** Reads dd/MM/yyyy as typed in a form (or ISO yyyy-MM-dd from a date input) to ISO for the services; blank → null. */
    public static String isoDate(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String s = typed.strip();
        try {
            return LocalDate.parse(s, TYPED_DATE).toString();
        } catch (DateTimeParseException notVietnamese) {
            return s; // ISO already, or wrong: the service names the field
        }
    }

    private static TemporalAccessor parse(Object value) {
        if (value instanceof TemporalAccessor t) {
            return t;
        }
        String s = text(value);
        if (s.isEmpty()) {
            return null;
        }
        try {
            return s.length() == 10 ? LocalDate.parse(s) : OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof JsonNode node) {
            return node.isNull() || node.isMissingNode() ? "" : node.asString();
        }
        return value.toString();
    }
}
