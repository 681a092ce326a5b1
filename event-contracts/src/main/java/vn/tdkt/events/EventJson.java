package vn.tdkt.events;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of events, shared by producers and consumers: ISO-8601 dates, unknown fields
 * ignored (so that producers may add optional fields without breaking older consumers).
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private EventJson() {
    }

    public static String write(DomainEvent event) {
        return MAPPER.writeValueAsString(event);
    }

    public static <T extends DomainEvent> T read(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    public static <T extends DomainEvent> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    /** Decodes a payload whose {@code ce_type} is known to the catalogue. */
    public static DomainEvent read(byte[] json, EventType type) {
        return MAPPER.readValue(json, type.javaType());
    }
}
