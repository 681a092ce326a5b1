package vn.tdkt.console.support;

import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
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

    @SuppressWarnings("unchecked")
    public static Map<String, Object> view(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Map.of();
        }
        return MAPPER.convertValue(node, Map.class);
    }

    public static List<Map<String, Object>> views(JsonNode array) {
        if (array == null || !array.isArray()) {
            return List.of();
        }
        return MAPPER.convertValue(array, new TypeReference<List<Map<String, Object>>>() { });
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
