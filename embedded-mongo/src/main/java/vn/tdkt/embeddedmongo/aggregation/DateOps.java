package vn.tdkt.embeddedmongo.aggregation;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

/** Date part operators ($year, $month, $dayOfMonth, ...) and $dateToString, in UTC or a given timezone. */
final class DateOps {

    private DateOps() {
    }

    static void register(Map<String, Function<BsonValue, Expression>> ops) {
        part(ops, "$year", ZonedDateTime::getYear);
        part(ops, "$month", ZonedDateTime::getMonthValue);
        part(ops, "$dayOfMonth", ZonedDateTime::getDayOfMonth);
        part(ops, "$hour", ZonedDateTime::getHour);
        part(ops, "$minute", ZonedDateTime::getMinute);
        part(ops, "$second", ZonedDateTime::getSecond);
        part(ops, "$millisecond", z -> z.get(ChronoField.MILLI_OF_SECOND));
        part(ops, "$dayOfYear", ZonedDateTime::getDayOfYear);
        part(ops, "$dayOfWeek", z -> z.getDayOfWeek().getValue() % 7 + 1); // 1 = Sunday
        part(ops, "$isoWeek", z -> z.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        part(ops, "$isoWeekYear", z -> z.get(IsoFields.WEEK_BASED_YEAR));
        part(ops, "$isoDayOfWeek", z -> z.getDayOfWeek().getValue());
        ops.put("$dateToString", DateOps::dateToString);
    }

    private static void part(Map<String, Function<BsonValue, Expression>> ops, String name, ToIntFunction<ZonedDateTime> f) {
        ops.put(name, arg -> {
            Expression date;
            Expression zone = null;
            if (arg instanceof BsonDocument doc && doc.containsKey("date")) {
                Expressions.named(name, arg, List.of("date"), List.of("date", "timezone"));
                date = Expressions.parse(doc.get("date"));
                zone = doc.containsKey("timezone") ? Expressions.parse(doc.get("timezone")) : null;
            } else {
                date = Expressions.args(name, arg, 1, 1).get(0);
            }
            Expression tz = zone;
            return vars -> {
                BsonValue v = date.evaluate(vars);
                if (Expressions.nullish(v)) {
                    return BsonNull.VALUE;
                }
                ZoneId z = zone(tz, vars);
                if (z == null) {
                    return BsonNull.VALUE;
                }
                return new BsonInt32(f.applyAsInt(Instant.ofEpochMilli(millis(v)).atZone(z)));
            };
        });
    }

    static long millis(BsonValue v) {
        return switch (v.getBsonType()) {
            case DATE_TIME -> v.asDateTime().getValue();
            case TIMESTAMP -> v.asTimestamp().getTime() * 1000L;
            case OBJECT_ID -> v.asObjectId().getValue().getTimestamp() * 1000L;
            default -> throw Errors.location(16006, "can't convert from BSON type " + TypeOps.typeName(v) + " to Date");
        };
    }

    /** UTC when absent; {@code null} when the timezone expression is null (the result is then null). */
    private static ZoneId zone(Expression tz, Vars vars) {
        if (tz == null) {
            return ZoneOffset.UTC;
        }
        BsonValue v = tz.evaluate(vars);
        if (Expressions.nullish(v)) {
            return null;
        }
        if (!v.isString()) {
            throw Errors.location(40533, "timezone must evaluate to a string, found " + TypeOps.typeName(v));
        }
        String s = v.asString().getValue();
        try {
            if (s.startsWith("+") || s.startsWith("-")) {
                String digits = s.substring(1).replace(":", "");
                if (digits.length() == 2) {
                    digits += "00";
                }
                return ZoneOffset.of(s.charAt(0) + digits.substring(0, 2) + ":" + digits.substring(2));
            }
            return ZoneId.of(s);
        } catch (DateTimeException | StringIndexOutOfBoundsException ex) {
            throw Errors.location(40485, "unrecognized time zone identifier: \"" + s + "\"");
        }
    }

    private static Expression dateToString(BsonValue arg) {
        BsonDocument spec = Expressions.named("$dateToString", arg, List.of("date"),
                List.of("date", "format", "timezone", "onNull"));
        Expression date = Expressions.parse(spec.get("date"));
        Expression format = spec.containsKey("format") ? Expressions.parse(spec.get("format")) : null;
        Expression tz = spec.containsKey("timezone") ? Expressions.parse(spec.get("timezone")) : null;
        Expression onNull = spec.containsKey("onNull") ? Expressions.parse(spec.get("onNull")) : null;
        if (spec.get("format") instanceof BsonString f) {
            validateFormat(f.getValue());
        }
        return vars -> {
            BsonValue v = date.evaluate(vars);
            if (Expressions.nullish(v)) {
                return onNull == null ? BsonNull.VALUE : onNull.evaluate(vars);
            }
            ZoneId z = zone(tz, vars);
            if (z == null) {
                return BsonNull.VALUE;
            }
            String fmt;
            if (format == null) {
                fmt = tz == null ? "%Y-%m-%dT%H:%M:%S.%LZ" : "%Y-%m-%dT%H:%M:%S.%L";
            } else {
                BsonValue f = format.evaluate(vars);
                if (Expressions.nullish(f)) {
                    return BsonNull.VALUE;
                }
                if (!f.isString()) {
                    throw Errors.location(18533, "$dateToString requires that 'format' be a string, found: "
                            + TypeOps.typeName(f));
                }
                fmt = f.asString().getValue();
                validateFormat(fmt);
            }
            return new BsonString(format(fmt, Instant.ofEpochMilli(millis(v)).atZone(z)));
        };
    }

    private static void validateFormat(String fmt) {
        for (int i = 0; i < fmt.length(); i++) {
            if (fmt.charAt(i) == '%') {
                if (i + 1 >= fmt.length()) {
                    throw Errors.location(18535, "Unmatched '%' at end of format string");
                }
                if ("dGHjLmMSuUVwYzZ%bB".indexOf(fmt.charAt(i + 1)) < 0) {
                    throw Errors.location(18536, "Invalid format character '%" + fmt.charAt(i + 1) + "' in format string");
                }
                i++;
            }
        }
    }

    static String format(String fmt, ZonedDateTime z) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            char s = fmt.charAt(++i);
            switch (s) {
                case 'Y' -> sb.append(pad(z.getYear(), 4));
                case 'm' -> sb.append(pad(z.getMonthValue(), 2));
                case 'd' -> sb.append(pad(z.getDayOfMonth(), 2));
                case 'H' -> sb.append(pad(z.getHour(), 2));
                case 'M' -> sb.append(pad(z.getMinute(), 2));
                case 'S' -> sb.append(pad(z.getSecond(), 2));
                case 'L' -> sb.append(pad(z.get(ChronoField.MILLI_OF_SECOND), 3));
                case 'j' -> sb.append(pad(z.getDayOfYear(), 3));
                case 'w' -> sb.append(z.getDayOfWeek().getValue() % 7 + 1);
                case 'u' -> sb.append(z.getDayOfWeek().getValue());
                case 'U' -> sb.append(pad((z.getDayOfYear() + 6 - z.getDayOfWeek().getValue() % 7) / 7, 2));
                case 'V' -> sb.append(pad(z.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2));
                case 'G' -> sb.append(pad(z.get(IsoFields.WEEK_BASED_YEAR), 4));
                case 'z' -> {
                    int secs = z.getOffset().getTotalSeconds();
                    sb.append(secs < 0 ? '-' : '+').append(pad(Math.abs(secs) / 3600, 2)).append(pad(Math.abs(secs) / 60 % 60, 2));
                }
                case 'Z' -> sb.append(z.getOffset().getTotalSeconds() / 60);
                case 'b' -> sb.append(z.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH));
                case 'B' -> sb.append(z.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
                default -> sb.append('%');
            }
        }
        return sb.toString();
    }

    private static String pad(int v, int width) {
        String s = Integer.toString(v);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
