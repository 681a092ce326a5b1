package vn.tdkt.embeddedmongo.update;

import org.bson.BsonValue;

/** MongoDB's type alias of a value, for error messages. */
final class TypeNamesView {

    private TypeNamesView() {
    }

    static String alias(BsonValue v) {
        if (v == null) {
            return "missing";
        }
        return switch (v.getBsonType()) {
            case DOUBLE -> "double";
            case STRING -> "string";
            case DOCUMENT -> "object";
            case ARRAY -> "array";
            case BINARY -> "binData";
            case OBJECT_ID -> "objectId";
            case BOOLEAN -> "bool";
            case DATE_TIME -> "date";
            case NULL -> "null";
            case REGULAR_EXPRESSION -> "regex";
            case INT32 -> "int";
            case TIMESTAMP -> "timestamp";
            case INT64 -> "long";
            case DECIMAL128 -> "decimal";
            default -> v.getBsonType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
