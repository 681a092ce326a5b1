package vn.tdkt.console.report;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.console.support.ServiceProblem;

/**
 * A periodic report (sơ kết, tổng kết) as every output draws it: the page, the Excel workbook and the PDF read the
 * same parts, so the three never disagree.
 *
 * @param heading what the report is ("Tổng kết năm 2025", …), in the user's language
 * @param parts   one per service asked, in a fixed order (campaigns, nominations, congresses)
 */
record Report(String unit, LocalDate from, LocalDate to, String heading, List<Part> parts) {

    /**
     * What one service said. Its figures, or why there are none: a part whose service refused or could not be
     * reached keeps its place, so a report never silently leaves a subject out.
     *
     * @param facts    the service's top-level figures (units counted, …)
     * @param problem  why the service gave no figures, or null
     */
    record Part(String service, String title, List<Fact> facts, List<Section> sections, ServiceProblem problem) {

        public boolean isAvailable() {
            return problem == null;
        }
    }

    record Fact(String label, Object value) {
    }

    /** One subject of a service's answer (nominations, honours conferred …) and what it counts. */
    record Section(String title, String description, List<FigureTable> tables) {
    }

    /**
     * A table of figures; cells are numbers (Long or Double) or text.
     *
     * @param chart the same figures as bars, or null when a chart would not help (one row, no count, too many rows)
     */
    record FigureTable(String id, String caption, List<String> headers, List<List<Object>> rows, BarChart chart) {

        public boolean isNumeric(int column) {
            return rows.stream().allMatch(r -> column >= r.size() || r.get(column) == null || r.get(column) instanceof Number);
        }
    }
}
