package vn.tdkt.nomination.eligibility;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An achievement period written as {@code 2021} or {@code 2019-2021} (hyphen or dash), as two years. */
final class Periods {

    private static final Pattern PERIOD = Pattern.compile("\\s*(\\d{4})\\s*(?:[-–—]\\s*(\\d{4}))?\\s*");

    private Periods() {
    }

    /** {@code [from, to]}, or null when the text is not a period. */
    static int[] parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = PERIOD.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        return to < from ? null : new int[] {from, to};
    }

    static String show(int[] period) {
        return period[0] == period[1] ? String.valueOf(period[0]) : period[0] + "–" + period[1];
    }
}
