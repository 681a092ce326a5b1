package vn.tdkt.console.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn by the server as inline SVG (templates/report/chart.html): no script, a
 * {@code <title>} and {@code <desc>} for screen readers, and always beside a table with the same figures.
 * The geometry is computed here, once, so the template only places what it is given.
 */
record BarChart(String id, String title, String description, List<Bar> bars, int width, int height) {

    /** Left margin for the labels, right margin for the values, in SVG units. */
    static final int LABEL_WIDTH = 220;
    static final int VALUE_WIDTH = 60;
    static final int WIDTH = 640;
    static final int ROW = 26;
    static final int BAR = 18;
    /** More bars than this are unreadable on a phone; the table alone says it better. */
    static final int MAX_BARS = 36;

    record Bar(String label, long value, int y, int length, int textY) {
    }

    /** Null when there is nothing to compare (no rows, a single row, or too many). */
    static BarChart of(String id, String title, String description, List<String> labels, List<Long> values) {
        if (labels.size() < 2 || labels.size() > MAX_BARS) {
            return null;
        }
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        int room = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            long v = values.get(i);
            int length = max <= 0 ? 0 : (int) Math.round((double) v * room / max);
            int y = 8 + i * ROW;
            bars.add(new Bar(shorten(labels.get(i)), v, y, Math.max(length, v > 0 ? 2 : 0), y + BAR - 4));
        }
        return new BarChart(id, title, description, List.copyOf(bars), WIDTH, 16 + labels.size() * ROW);
    }

    public int barX() {
        return LABEL_WIDTH;
    }

    public int labelX() {
        return LABEL_WIDTH - 8;
    }

    public int barHeight() {
        return BAR;
    }

    /** The full label stays in the table and the description; the chart shows what fits. */
    private static String shorten(String label) {
        String s = label == null ? "" : label;
        return s.length() <= 32 ? s : s.substring(0, 31) + "…";
    }
}
