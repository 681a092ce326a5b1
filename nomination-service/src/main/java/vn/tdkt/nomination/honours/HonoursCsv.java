package vn.tdkt.nomination.honours;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.tdkt.support.problem.FieldError;

/**
 * Reads a CSV import: UTF-8, a header naming the columns (any order), one history line per row. Every
 * problem is named by its line in the file ({@code line 3.year}), the header being line 1.
 */
final class HonoursCsv {

    static final List<String> COLUMNS = List.of("recipientId", "recipientKind", "recipientName", "unitCode", "year",
            "award", "decisionNumber", "decisionDate");
    static final Set<String> REQUIRED = Set.of("recipientId", "recipientKind", "unitCode", "year", "award");
    static final int MAX_LINES = 10_000;

    private HonoursCsv() {
    }

    /** The lines (with their field prefixes in {@code fields}), every problem added to {@code errors}. */
    static List<HonourEntry> read(String text, List<String> fields, List<FieldError> errors) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(false).get();
        List<HonourEntry> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).sorted().toList();
            List<String> unknown = header.stream().filter(c -> !COLUMNS.contains(c)).toList();
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                errors.add(new FieldError("line 1", (missing.isEmpty() ? "" : "missing columns " + missing + "; ")
                        + (unknown.isEmpty() ? "" : "unknown columns " + unknown + "; ") + "the columns are " + COLUMNS));
                return List.of();
            }
            for (CSVRecord row : parser) {
                if (lines.size() + errors.size() >= MAX_LINES) {
                    errors.add(new FieldError("line " + lineOf(row), "an import has at most " + MAX_LINES + " lines"));
                    break;
                }
                if (row.size() == 1 && row.get(0).isEmpty()) {
                    continue; // an empty line: counted for the line numbers, otherwise ignored
                }
                String prefix = "line " + lineOf(row) + ".";
                if (!row.isConsistent()) {
                    errors.add(new FieldError("line " + lineOf(row), "has " + row.size() + " values for "
                            + header.size() + " columns"));
                    continue;
                }
                HonourEntry entry = HonourEntry.parse(new HonourEntry.Raw(get(row, "recipientId"),
                        get(row, "recipientKind"), get(row, "recipientName"), get(row, "unitCode"), get(row, "year"),
                        get(row, "award"), get(row, "decisionNumber"), get(row, "decisionDate")), prefix, errors);
                if (entry != null) {
                    lines.add(entry);
                    fields.add(prefix);
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(new FieldError("body", "is not a readable CSV file: " + e.getMessage()));
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("body", "has no lines below the header"));
        }
        return lines;
    }

    /** The row's line in the file, the header being line 1 (a quoted value spanning lines shifts it). */
    private static long lineOf(CSVRecord row) {
        return row.getRecordNumber() + 1;
    }

    private static String get(CSVRecord row, String column) {
        return row.isMapped(column) ? row.get(column) : null;
    }
}
