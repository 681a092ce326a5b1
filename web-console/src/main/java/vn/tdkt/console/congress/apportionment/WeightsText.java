package vn.tdkt.console.congress.apportionment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Units and weights as an officer types or pastes them: one unit a line, its code first and its weight last,
 * separated by a tab (cells copied from a spreadsheet, with any columns between), a semicolon, a comma or spaces.
 * A weight may use the Vietnamese decimal comma ("1,5") and dots between thousands ("1.234,5"). A first line whose
 * weight is not a number is a header and skipped. What cannot be read is reported by line, nothing guessed.
 */
record WeightsText(List<Line> lines, List<Problem> problems) {

    /** @param number the line's number in the text (1-based), for messages and for mapping the service's units[i] */
    record Line(int number, String code, BigDecimal weight) {
    }

    enum Kind { NO_CODE, NO_WEIGHT, NOT_A_NUMBER }

    record Problem(int number, Kind kind, String text) {
    }

    static WeightsText parse(String text) {
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (text == null) {
            return new WeightsText(lines, problems);
        }
        String[] raw = text.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int number = i + 1;
            String[] parts = split(line);
            String code = parts[0].strip();
            String weight = parts.length > 1 ? parts[1].strip() : "";
            if (code.isEmpty()) {
                problems.add(new Problem(number, Kind.NO_CODE, line));
                continue;
            }
            if (weight.isEmpty()) {
                problems.add(new Problem(number, Kind.NO_WEIGHT, code));
                continue;
            }
            BigDecimal value = number(weight);
            if (value == null) {
                if (lines.isEmpty() && problems.isEmpty()) {
                    continue; // a header: "Mã đơn vị;Số cán bộ"
                }
                problems.add(new Problem(number, Kind.NOT_A_NUMBER, weight));
                continue;
            }
            lines.add(new Line(number, code, value));
        }
        return new WeightsText(lines, problems);
    }

    /** The code and the weight: first and last cell of a tab or semicolon line, else around the first comma, else the last space. */
    private static String[] split(String line) {
        for (String separator : new String[] {"\t", ";"}) {
            if (line.contains(separator)) {
                String[] cells = line.split(separator, -1);
                return new String[] {cells[0], cells[cells.length - 1]};
            }
        }
        int comma = line.indexOf(',');
        if (comma >= 0) {
            return new String[] {line.substring(0, comma), line.substring(comma + 1)};
        }
        int space = line.lastIndexOf(' ');
        return space < 0 ? new String[] {line} : new String[] {line.substring(0, space), line.substring(space + 1)};
    }

    static BigDecimal number(String typed) {
        String s = typed.replace("\u00a0", "").replace(" ", "");
        if (s.contains(",")) {
            s = s.replace(".", "").replace(',', '.');
        } else if (s.chars().filter(ch -> ch == '.').count() > 1) {
            s = s.replace(".", ""); // 1.234.567: dots between thousands
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Units and weights back as text, one a line with a tab (what a congress's units prefill). */
    static String format(List<String[]> codeAndWeight) {
        StringBuilder out = new StringBuilder();
        for (String[] cw : codeAndWeight) {
            out.append(cw[0]).append('\t').append(cw[1] == null ? "" : cw[1]).append('\n');
        }
        return out.toString();
    }
}
