package vn.tdkt.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.yaml.snakeyaml.Yaml;

/** The AsyncAPI document and the event records must not drift apart. */
class AsyncApiDocumentTest {

    static final List<EventType> TYPES = EventCatalog.ALL;
    /** Field names that say the field carries a value of a closed vocabulary. */
    private static final Pattern VOCABULARY_FIELD = Pattern.compile("(?i).*(phase|level|kind|status)");
    private static Map<String, Object> document;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi.yaml")) {
            assertThat(in).as("asyncapi.yaml on the classpath").isNotNull();
            document = new Yaml().load(in);
        }
    }

    @Test
    void isAnAsyncApi3DocumentWithAChannelPerTopic() {
        assertThat(document.get("asyncapi")).isEqualTo("3.0.0");
        assertThat(map(document, "channels").values()).extracting(c -> String.valueOf(((Map<?, ?>) c).get("address")))
                .containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }

    @Test
    void cataloguesExactlyTheKnownTypes() {
        assertThat(map(map(document, "components"), "messages").values())
                .extracting(m -> String.valueOf(((Map<?, ?>) m).get("name")))
                .containsExactlyInAnyOrderElementsOf(TYPES.stream().map(EventType::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("TYPES")
    void messageSitsOnItsTopicWithCloudEventHeaders(EventType type) {
        String key = messageKey(type);
        Map<String, Object> channel = map(document, "channels").values().stream()
                .map(AsyncApiDocumentTest::asMap)
                .filter(c -> type.topic().equals(c.get("address")))
                .findFirst().orElseThrow();
        assertThat(map(channel, "messages")).containsKey(key);
        Map<String, Object> headers = resolve(map(map(map(document, "components"), "messages"), key).get("headers"));
        assertThat(map(headers, "properties")).containsKeys(CloudEventHeaders.ID, CloudEventHeaders.TYPE,
                CloudEventHeaders.SOURCE, CloudEventHeaders.TIME, CloudEventHeaders.SUBJECT,
                CloudEventHeaders.SPECVERSION, CloudEventHeaders.TRACEPARENT);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("TYPES")
    void payloadListsExactlyTheRecordComponentsWithTheirTypes(EventType type) {
        Map<String, Object> payload = resolve(map(map(map(document, "components"), "messages"), messageKey(type))
                .get("payload"));
        Map<String, Object> properties = map(payload, "properties");
        RecordComponent[] components = type.javaType().getRecordComponents();

        assertThat(properties.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(components).map(RecordComponent::getName).toList());
        for (RecordComponent component : components) {
            Map<String, Object> property = asMap(properties.get(component.getName()));
            assertThat(jsonTypes(property)).as(type.name() + "." + component.getName())
                    .contains(jsonType(component.getType()));
            if (Collection.class.isAssignableFrom(component.getType())) {
                Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                Map<String, Object> items = resolve(property.get("items"));
                assertThat(jsonTypes(items)).as(type.name() + "." + component.getName() + "[]")
                        .contains(jsonType((Class<?>) element));
                if (((Class<?>) element).isRecord()) {
                    assertThat(map(items, "properties").keySet()).containsExactlyInAnyOrderElementsOf(
                            Arrays.stream(((Class<?>) element).getRecordComponents()).map(RecordComponent::getName)
                                    .toList());
                }
            }
        }
    }

    /**
     * A field marked {@link ValuesOf} lists exactly its enum's constants, in declaration order, as its
     * {@code enum}; any other field has no {@code enum}. A value added on one side only fails here.
     */
    @ParameterizedTest(name = "{0}")
    @FieldSource("TYPES")
    void vocabularyFieldsListExactlyTheirEnumsValues(EventType type) {
        Map<String, Object> properties = map(payloadOf(type), "properties");
        for (RecordComponent component : type.javaType().getRecordComponents()) {
            Object documented = asMap(properties.get(component.getName())).get("enum");
            ValuesOf vocabulary = component.getAnnotation(ValuesOf.class);
            String field = type.name() + "." + component.getName();
            if (vocabulary == null) {
                assertThat(documented).as(field + " has no @ValuesOf, so the document lists no enum for it").isNull();
            } else {
                assertThat(documented).as(field + " enum in asyncapi.yaml").isInstanceOf(List.class);
                assertThat(((List<?>) documented).stream().map(String::valueOf).toList())
                        .as(field + ": asyncapi.yaml enum versus " + vocabulary.value().getName())
                        .containsExactlyElementsOf(constantNames(vocabulary.value()));
            }
        }
    }

    /** A phase, level, kind or status carried as free text would escape the check above. */
    @ParameterizedTest(name = "{0}")
    @FieldSource("TYPES")
    void everyPhaseLevelKindOrStatusFieldNamesItsVocabulary(EventType type) {
        for (RecordComponent component : type.javaType().getRecordComponents()) {
            if (VOCABULARY_FIELD.matcher(component.getName()).matches()) {
                assertThat(component.getAnnotation(ValuesOf.class))
                        .as(type.name() + "." + component.getName() + " needs @ValuesOf").isNotNull();
            }
        }
    }

    private static List<String> constantNames(Class<? extends Enum<?>> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(Enum::name).toList();
    }

    private static Map<String, Object> payloadOf(EventType type) {
        return resolve(map(map(map(document, "components"), "messages"), messageKey(type)).get("payload"));
    }

    private static String messageKey(EventType type) {
        return map(map(document, "components"), "messages").entrySet().stream()
                .filter(e -> type.name().equals(asMap(e.getValue()).get("name")))
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError("No message " + type.name()));
    }

    private static String jsonType(Class<?> type) {
        if (type == String.class || type == UUID.class || type == Instant.class || type == LocalDate.class) {
            return "string";
        }
        if (type == long.class || type == int.class || type == Long.class || type == Integer.class) {
            return "integer";
        }
        if (type == java.math.BigDecimal.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        return "object";
    }

    private static List<String> jsonTypes(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(type));
    }

    /** Follows a local {@code $ref} such as {@code #/components/schemas/UnitRegistered}. */
    private static Map<String, Object> resolve(Object node) {
        Map<String, Object> map = asMap(node);
        Object ref = map.get("$ref");
        if (ref == null) {
            return map;
        }
        Map<String, Object> target = document;
        for (String part : ref.toString().substring(2).split("/")) {
            target = map(target, part);
        }
        return resolve(target);
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return asMap(parent.get(key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }
}
