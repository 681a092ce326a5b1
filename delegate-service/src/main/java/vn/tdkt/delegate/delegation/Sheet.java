package vn.tdkt.delegate.delegation;

import java.util.List;

/**
 * A table to hand out as CSV or Excel: a sheet title, column headers and rows of text. Cells are text
 * whatever they hold (numbers and dates included), so a spreadsheet never reinterprets a code or a date.
 */
record Sheet(String title, List<String> headers, List<List<String>> rows) {

    Sheet {
        headers = List.copyOf(headers);
        rows = rows.stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell).toList()).toList();
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells under " + headers.size()
                        + " headers");
            }
        }
    }
}
