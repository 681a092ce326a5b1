package vn.tdkt.console.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Turns a service's {@code GET /api/v1/statistics} answer into a report part, by its shape rather than by its
 * fields: each object with figures is a section (its {@code counts} text says what it counts), its counts a table,
 * each map of counts ({@code byStatus}) a table and a chart, each list of lines ({@code byAward}) a table whose nested
 * maps become columns. So a figure a service adds shows in the report, the workbook and the PDF without a change
 * here; names are translated where the messages know them ({@code report.key.*}, {@code report.value.*}) and shown
 * as sent otherwise. Pure: the labels come in as functions.
 */
final class StatisticsReader {

    /** The request's own parameters, echoed by every service: the report's heading says them once. */
    private static final Set<String> ECHOED = Set.of("unit", "from", "to");
    /** Values that are codes (DRAFT, EMULATION_TITLE): translated as values, not shown raw. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** Months and days as Vietnamese readers write them: 2025-09 → 09/2025, 2025-09-02 → 02/09/2025. */
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private final UnaryOperator<String> keyLabel;
    private final UnaryOperator<String> valueLabel;
    private final String countHeader;
    private final String figureHeader;
    private int tables;

    /**
     * @param keyLabel     a field name's label ({@code byStatus} → "Theo trạng thái"), the name itself when unknown
     * @param valueLabel   a code's label ({@code DRAFT} → "Dự thảo"), the code itself when unknown
     * @param figureHeader the header of a figures table's first column ("Chỉ tiêu")
     * @param countHeader  the header of its count column ("Số lượng")
     */
    StatisticsReader(UnaryOperator<String> keyLabel, UnaryOperator<String> valueLabel, String figureHeader,
            String countHeader) {
        this.keyLabel = keyLabel;
        this.valueLabel = valueLabel;
        this.figureHeader = figureHeader;
        this.countHeader = countHeader;
    }

    Report.Part read(String service, String title, JsonNode stats) {
        List<Report.Fact> facts = new ArrayList<>();
        List<Report.Section> sections = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : stats.properties()) {
            String name = e.getKey();
            JsonNode v = e.getValue();
            if (ECHOED.contains(name) || v.isNull()) {
                continue;
            }
            if (v.isObject()) {
                sections.add(section(service + "-" + name, keyLabel.apply(name), v));
            } else if (v.isArray()) {
                List<Report.FigureTable> t = new ArrayList<>();
                addArray(t, service + "-" + name, keyLabel.apply(name), v);
                sections.add(new Report.Section(keyLabel.apply(name), null, t));
            } else {
                facts.add(new Report.Fact(keyLabel.apply(name), scalar(v)));
            }
        }
        return new Report.Part(service, title, List.copyOf(facts), List.copyOf(sections), null);
    }

    private Report.Section section(String id, String title, JsonNode node) {
        String description = node.path("counts").isString() ? node.path("counts").asString() : null;
        List<List<Object>> figures = new ArrayList<>();
        List<Report.FigureTable> out = new ArrayList<>();
        List<Report.FigureTable> nested = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            JsonNode v = e.getValue();
            String caption = title + " – " + keyLabel.apply(key);
            if ("counts".equals(key) || v.isNull()) {
                continue;
            }
            if (v.isObject() && allNumbers(v)) {
                nested.add(counts(id + "-" + key, caption, keyLabel.apply(key), v));
            } else if (v.isObject()) {
                nested.addAll(section(id + "-" + key, caption, v).tables());
            } else if (v.isArray()) {
                addArray(nested, id + "-" + key, caption, v);
            } else {
                figures.add(List.of(keyLabel.apply(key), scalar(v)));
            }
        }
        if (!figures.isEmpty()) {
            out.add(new Report.FigureTable(nextId(id), title, List.of(figureHeader, countHeader), List.copyOf(figures), null));
        }
        out.addAll(nested);
        return new Report.Section(title, description, List.copyOf(out));
    }

    /** A map of counts: one row per key, and a chart of them. */
    private Report.FigureTable counts(String id, String caption, String keyHeader, JsonNode map) {
        List<List<Object>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : map.properties()) {
            String label = valueLabel.apply(e.getKey());
            rows.add(List.of(label, scalar(e.getValue())));
            labels.add(label);
            values.add(e.getValue().asLong());
        }
        String tableId = nextId(id);
        return new Report.FigureTable(tableId, caption, List.of(keyHeader, countHeader), List.copyOf(rows),
                BarChart.of(tableId + "-chart", caption, describe(labels, values), labels, values));
    }

    /** A list of lines: a column per field (a nested map of counts spread over columns), a chart of its total. */
    private void addArray(List<Report.FigureTable> out, String id, String caption, JsonNode array) {
        if (!array.isEmpty() && !array.get(0).isObject()) {
            List<List<Object>> rows = new ArrayList<>();
            array.forEach(v -> rows.add(List.of(text(v))));
            out.add(new Report.FigureTable(nextId(id), caption, List.of(caption), List.copyOf(rows), null));
            return;
        }
        Map<String, Set<String>> columns = new LinkedHashMap<>();
        for (JsonNode item : array) {
            for (Map.Entry<String, JsonNode> e : item.properties()) {
                Set<String> sub = columns.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>());
                if (e.getValue().isObject() && allNumbers(e.getValue())) {
                    e.getValue().propertyNames().forEach(sub::add);
                }
            }
        }
        List<String> headers = new ArrayList<>();
        columns.forEach((key, sub) -> {
            if (sub.isEmpty()) {
                headers.add(keyLabel.apply(key));
            } else {
                sub.forEach(s -> headers.add(valueLabel.apply(s)));
            }
        });
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode item : array) {
            List<Object> row = new ArrayList<>();
            columns.forEach((key, sub) -> {
                JsonNode v = item.path(key);
                if (sub.isEmpty()) {
                    row.add(v.isMissingNode() || v.isNull() ? "" : v.isArray() ? text(v) : scalar(v));
                } else {
                    sub.forEach(s -> row.add(v.path(s).isNumber() ? (Object) v.path(s).asLong() : ""));
                }
            });
            rows.add(row);
        }
        String tableId = nextId(id);
        out.add(new Report.FigureTable(tableId, caption, List.copyOf(headers), List.copyOf(rows),
                chartOfLines(tableId + "-chart", caption, new ArrayList<>(columns.keySet()), columns, array)));
    }

    /** Bars of each line's {@code total} (or its one count), labelled by its name (or first text). */
    private BarChart chartOfLines(String id, String caption, List<String> keys, Map<String, Set<String>> columns,
            JsonNode array) {
        List<String> flat = keys.stream().filter(k -> columns.get(k).isEmpty()).toList();
        String valueKey = flat.contains("total") ? "total" : null;
        if (valueKey == null) {
            List<String> numeric = flat.stream().filter(k -> allLines(array, k, JsonNode::isNumber)).toList();
            valueKey = numeric.size() == 1 ? numeric.getFirst() : null;
        }
        String labelKey = flat.stream().filter(k -> k.endsWith("Name") || k.equals("label") || k.equals("name")
                || k.equals("title")).findFirst().orElse(flat.stream()
                .filter(k -> allLines(array, k, JsonNode::isString)).findFirst().orElse(null));
        if (valueKey == null || labelKey == null) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (JsonNode item : array) {
            labels.add(text(item.path(labelKey)));
            values.add(item.path(valueKey).asLong());
        }
        return BarChart.of(id, caption, describe(labels, values), labels, values);
    }

    /** The chart's {@code <desc>}: its figures in words, for whoever cannot see it. */
    private static String describe(List<String> labels, List<Long> values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            parts.add(labels.get(i) + ": " + values.get(i));
        }
        return String.join("; ", parts);
    }

    private String nextId(String base) {
        return "t" + (++tables) + "-" + base.replaceAll("[^A-Za-z0-9-]", "");
    }

    private static boolean allNumbers(JsonNode object) {
        if (object.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (!e.getValue().isNumber()) {
                return false;
            }
        }
        return true;
    }

    private static boolean allLines(JsonNode array, String key, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode item : array) {
            if (!test.test(item.path(key))) {
                return false;
            }
        }
        return !array.isEmpty();
    }

    private Object scalar(JsonNode v) {
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isBoolean()) {
            return valueLabel.apply(v.asBoolean() ? "TRUE" : "FALSE");
        }
        return text(v);
    }

    private String text(JsonNode v) {
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(i -> items.add(text(i)));
            return String.join(", ", items);
        }
        if (v.isObject()) {
            List<String> items = new ArrayList<>();
            v.properties().forEach(e -> items.add(keyLabel.apply(e.getKey()) + ": " + text(e.getValue())));
            return String.join("; ", items);
        }
        String s = v.isNull() || v.isMissingNode() ? "" : v.asString();
        if (MONTH.matcher(s).matches()) {
            return s.substring(5) + "/" + s.substring(0, 4);
        }
        if (DAY.matcher(s).matches()) {
            return s.substring(8) + "/" + s.substring(5, 7) + "/" + s.substring(0, 4);
        }
        return CODE.matcher(s).matches() ? valueLabel.apply(s) : s;
    }
}
