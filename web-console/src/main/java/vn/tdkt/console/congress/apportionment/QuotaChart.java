package vn.tdkt.console.congress.apportionment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bar chart of an apportionment, laid out for the template's inline SVG: per unit its exact quota (an outlined
 * bar) and its seats (a solid bar) on one scale, so that a unit rounded up or down shows at a glance. At most
 * {@link #MAX_UNITS} units are drawn (the table beside it has them all).
 */
record QuotaChart(int width, int height, int labelWidth, List<Bar> bars, List<Tick> ticks, int drawn, int total) {

    static final int MAX_UNITS = 60;
    static final int WIDTH = 760;
    static final int LABEL_WIDTH = 150;
    static final int ROW = 36;
    static final int TOP = 24;

    record Bar(String code, int y, int quotaWidth, int seatsWidth, String quota, long seats) {
    }

    record Tick(int x, long value) {
    }

    /** @param allocations {code (or unitCode), quota ("80/23" or "7"), seats} */
    static QuotaChart of(List<Map<String, Object>> allocations) {
        List<Map<String, Object>> drawn = allocations.subList(0, Math.min(MAX_UNITS, allocations.size()));
        BigDecimal max = BigDecimal.ONE;
        for (Map<String, Object> a : drawn) {
            max = max.max(quota(a.get("quota"))).max(new BigDecimal(String.valueOf(a.getOrDefault("seats", 0))));
        }
        long top = niceCeiling(max);
        int span = WIDTH - LABEL_WIDTH - 60;
        List<Bar> bars = new ArrayList<>();
        int y = TOP;
        for (Map<String, Object> a : drawn) {
            BigDecimal q = quota(a.get("quota"));
            long seats = Long.parseLong(String.valueOf(a.getOrDefault("seats", 0)));
            String code = String.valueOf(a.containsKey("code") ? a.get("code") : a.get("unitCode"));
            bars.add(new Bar(code, y, scale(q, top, span), scale(BigDecimal.valueOf(seats), top, span),
                    q.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString(), seats));
            y += ROW;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            long value = top * i / 4;
            ticks.add(new Tick(LABEL_WIDTH + (int) (span * i / 4), value));
        }
        return new QuotaChart(WIDTH, y + 10, LABEL_WIDTH, bars, ticks, drawn.size(), allocations.size());
    }

    /** An exact quota as the services write it ("80/23", "7", "3.5") as a decimal. */
    static BigDecimal quota(Object value) {
        String s = value == null ? "0" : String.valueOf(value);
        try {
            int slash = s.indexOf('/');
            if (slash < 0) {
                return new BigDecimal(s);
            }
            return new BigDecimal(s.substring(0, slash)).divide(new BigDecimal(s.substring(slash + 1)), MathContext.DECIMAL64);
        } catch (ArithmeticException | NumberFormatException unreadable) {
            return BigDecimal.ZERO;
        }
    }

    private static int scale(BigDecimal value, long top, int span) {
        return value.multiply(BigDecimal.valueOf(span)).divide(BigDecimal.valueOf(top), 0, RoundingMode.HALF_UP).intValue();
    }

    /** The axis's end: four equal steps of 1, 2, 3, 4, 5, 6 or 8 × 10^n, the smallest that reaches the largest value. */
    static long niceCeiling(BigDecimal max) {
        long m = Math.max(1, max.setScale(0, RoundingMode.CEILING).longValue());
        for (long power = 1; ; power *= 10) {
            for (long f : new long[] {1, 2, 3, 4, 5, 6, 8}) {
                if (4 * f * power >= m) {
                    return 4 * f * power;
                }
            }
        }
    }
}
