package vn.tdkt.console.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Service answers as plain maps and lists for the templates, where {@code ${c.title}} reads better than
 * JsonNode calls; and small helpers to build request bodies.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    public static Map<String, Object> view(JsonNode node) {
        if (node == null || !node.isObject()) {
            return new View();
        }
        return (View) plain(node);
    }

    public static List<Map<String, Object>> views(JsonNode array) {
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        array.forEach(e -> out.add(view(e)));
        return out;
    }

    /** Objects as {@link View}s, arrays as lists, numbers as numbers, text as text, null as null. */
    private static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            View map = new View();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                map.put(e.getKey(), plain(e.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(e -> list.add(plain(e)));
            return list;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        return node.asString();
    }

    /**
     * A service object for a template: a member the service left out (or sent as null) reads as null,
     * so {@code ${unit.parentCode}} needs no guard against a missing key, which plain maps would refuse.
     */
    public static final class View extends LinkedHashMap<String, Object> {

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String || super.containsKey(key);
        }
    }

    /** A page of a list endpoint, {@code {items, page, size, totalItems}}, as the templates use it. */
    public static Page page(JsonNode node) {
        if (node == null) {
            return new Page(List.of(), 0, 20, 0);
        }
        return new Page(views(node.path("items")), node.path("page").asInt(0), node.path("size").asInt(20),
                node.path("totalItems").asLong(0));
    }

    public record Page(List<Map<String, Object>> items, int page, int size, long totalItems) {

        public boolean hasNext() {
            return (long) (page + 1) * size < totalItems;
        }

        public boolean hasPrevious() {
            return page > 0;
        }
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
