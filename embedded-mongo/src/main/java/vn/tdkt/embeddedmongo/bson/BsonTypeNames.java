package vn.tdkt.embeddedmongo.bson;

import org.bson.BsonValue;

/** MongoDB's type alias of a value ({@code $type}'s answer, and the wording of type errors). */
public final class BsonTypeNames {

    private BsonTypeNames() {
    }

    /** The alias, or {@code "missing"} for an absent value ({@code null}). */
    public static String alias(BsonValue v) {
        if (v == null) {
            return "missing";
        }
        return switch (v.getBsonType()) {
            case DOUBLE -> "double";
            case STRING -> "string";
            case DOCUMENT -> "object";
            case ARRAY -> "array";
            case BINARY -> "binData";
            case UNDEFINED -> "undefined";
            case OBJECT_ID -> "objectId";
            case BOOLEAN -> "bool";
            case DATE_TIME -> "date";
            case NULL -> "null";
            case REGULAR_EXPRESSION -> "regex";
            case DB_POINTER -> "dbPointer";
            case JAVASCRIPT -> "javascript";
            case SYMBOL -> "symbol";
            case JAVASCRIPT_WITH_SCOPE -> "javascriptWithScope";
            case INT32 -> "int";
            case TIMESTAMP -> "timestamp";
            case INT64 -> "long";
            case DECIMAL128 -> "decimal";
            case MIN_KEY -> "minKey";
            case MAX_KEY -> "maxKey";
            default -> "unknown";
        };
    }
}
