package vn.tdkt.console.congress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The back-scheduled timeline (GET /api/v1/congresses/{id}/timeline) as a Gantt-like chart, laid out here so that
 * the template only draws: one row per congress in the timeline's order (pilot commune first, then the communes,
 * the district, the province last), a bar from the day its documents are due at the upper council to the congress
 * itself, a diamond on the due day, a line for today, and what is late in colour and in words. Coordinates are in
 * the SVG's own units; the SVG scales to the screen's width.
 */
record TimelineChart(int width, int height, int labelWidth, List<Tick> ticks, List<Row> rows, Integer todayX,
                     LocalDate from, LocalDate to) {

    static final int WIDTH = 960;
    static final int LABEL_WIDTH = 300;
    static final int ROW_HEIGHT = 34;
    static final int TOP = 30;
    /** Room on the right of the last date for its words ("trễ 2 tài liệu"). */
    static final int RIGHT_MARGIN = 150;

    /** A month's first day on the axis. */
    record Tick(int x, String label) {
    }

    /**
     * One congress: {@code late} counts its documents not received after their due day, {@code receivedLate} those
     * received after it; {@code conflict} a date out of the order of levels (refused or overridden).
     */
    record Row(String congressId, String label, int depth, int y, boolean pilot, LocalDate date, LocalDate dueOn,
               Integer barX, Integer barWidth, Integer dueX, Integer dateX, int late, int receivedLate, int due,
               boolean conflict, String status) {

        /** What the row's colour says, also in words: LATE, CONFLICT, RECEIVED_LATE, DUE, DONE. */
        public String state() {
            if (late > 0) {
                return "LATE";
            }
            if (conflict) {
                return "CONFLICT";
            }
            if (receivedLate > 0) {
                return "RECEIVED_LATE";
            }
            return due > 0 ? "DUE" : "DONE";
        }
    }

    static TimelineChart of(JsonNode timeline) {
        LocalDate today = date(timeline.path("today"));
        List<JsonNode> nodes = new ArrayList<>();
        timeline.path("nodes").forEach(nodes::add);
        LocalDate from = null;
        LocalDate to = null;
        for (JsonNode n : nodes) {
            for (LocalDate d : new LocalDate[] {date(n.path("date")), date(n.path("documentsDueOn"))}) {
                if (d != null) {
                    from = from == null || d.isBefore(from) ? d : from;
                    to = to == null || d.isAfter(to) ? d : to;
                }
            }
        }
        if (from == null) {
            from = today == null ? LocalDate.now() : today;
            to = from;
        }
        // Whole months around the dates, so that the axis reads as a calendar.
        from = from.withDayOfMonth(1);
        to = to.plusMonths(1).withDayOfMonth(1);
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        Scale scale = new Scale(from, days, LABEL_WIDTH, WIDTH - RIGHT_MARGIN);

        List<Tick> ticks = new ArrayList<>();
        for (LocalDate m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            ticks.add(new Tick(scale.x(m), String.format("%02d/%d", m.getMonthValue(), m.getYear())));
        }
        List<Row> rows = new ArrayList<>();
        int y = TOP;
        for (JsonNode n : nodes) {
            LocalDate date = date(n.path("date"));
            LocalDate dueOn = date(n.path("documentsDueOn"));
            int late = 0;
            int receivedLate = 0;
            int due = 0;
            for (JsonNode d : n.path("documents")) {
                switch (d.path("state").asString("")) {
                    case "LATE" -> late++;
                    case "RECEIVED_LATE" -> receivedLate++;
                    case "DUE" -> due++;
                    default -> { }
                }
            }
            boolean conflict = false;
            for (JsonNode p : n.path("problems")) {
                String type = p.path("type").asString("");
                conflict |= type.equals("ORDER_CONFLICT") || type.equals("ORDER_OVERRIDDEN") || type.equals("PILOT_NOT_FIRST");
            }
            Integer dateX = date == null ? null : scale.x(date);
            Integer dueX = dueOn == null ? null : scale.x(dueOn);
            Integer barX = dueX != null && dateX != null ? Math.min(dueX, dateX) : dateX;
            Integer barWidth = dueX != null && dateX != null ? Math.max(2, Math.abs(dateX - dueX)) : null;
            int depth = n.path("depth").asInt(0);
            rows.add(new Row(n.path("congressId").asString(), n.path("title").asString(""), depth, y,
                    n.path("pilot").asBoolean(false), date, dueOn, barX, barWidth, dueX, dateX, late, receivedLate,
                    due, conflict, n.path("status").asString("")));
            y += ROW_HEIGHT;
        }
        Integer todayX = today != null && !today.isBefore(from) && !today.isAfter(to) ? scale.x(today) : null;
        return new TimelineChart(WIDTH, y + 10, LABEL_WIDTH, ticks, rows, todayX, from, to);
    }

    private record Scale(LocalDate from, long days, int left, int right) {
        int x(LocalDate d) {
            return left + (int) Math.round((double) ChronoUnit.DAYS.between(from, d) * (right - left) / days);
        }
    }

    private static LocalDate date(JsonNode node) {
        try {
            return node == null || !node.isString() ? null : LocalDate.parse(node.asString());
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
