package vn.tdkt.support.problem;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns a Jackson 3 reading failure into the field it concerns and a message a caller can act on. */
final class JsonPaths {

    static final String BODY = "body";

    private JsonPaths() {
    }

    static FieldError describe(Throwable failure) {
        JacksonException jackson = find(failure);
        if (jackson == null) {
            return new FieldError(BODY, "Request body is missing or not readable JSON");
        }
        String field = path(jackson);
        if (jackson instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return new FieldError(field, "'" + invalid.getValue() + "' is not one of the allowed values: "
                    + allowed(invalid.getTargetType()));
        }
        if (jackson instanceof InvalidFormatException invalid) {
            return new FieldError(field, "'" + invalid.getValue() + "' is not a valid "
                    + typeName(invalid.getTargetType()));
        }
        if (jackson instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(field, "Unknown field '" + unknown.getPropertyName() + "'");
        }
        if (jackson instanceof MismatchedInputException mismatched) {
            Class<?> target = mismatched.getTargetType();
            if (target != null && target.isEnum()) {
                return new FieldError(field, "Must be one of the allowed values: " + allowed(target));
            }
            return new FieldError(field, target == null ? "Has the wrong type"
                    : "Must be " + article(typeName(target)));
        }
        if (jackson instanceof ValueInstantiationException instantiation) {
            Throwable cause = instantiation.getCause();
            return new FieldError(field, cause != null && cause.getMessage() != null ? cause.getMessage()
                    : "Is not valid");
        }
        if (jackson instanceof StreamReadException) {
            return new FieldError(field, "Malformed JSON: " + jackson.getOriginalMessage());
        }
        return new FieldError(field, jackson.getOriginalMessage());
    }

    private static JacksonException find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /** {@code legalBasis[0].date}, or {@code body} when the failure is about the whole document. */
    static String path(JacksonException failure) {
        List<JacksonException.Reference> path = failure.getPath();
        if (path == null || path.isEmpty()) {
            return BODY;
        }
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? BODY : out.toString();
    }

    private static String allowed(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == java.time.LocalDate.class) {
            return "date (yyyy-MM-dd)";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "timestamp (ISO-8601)";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "string";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        return "object";
    }

    private static String article(String typeName) {
        return (typeName.startsWith("a") || typeName.startsWith("o") ? "an " : "a ") + typeName;
    }
}
