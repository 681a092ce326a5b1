package vn.tdkt.embeddedmongo.storage;

import java.util.Map;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.error.MongoError;

/**
 * E11000, carrying the {@code keyPattern} and {@code keyValue} that MongoDB puts in the write
 * error (Spring's exception translation and applications read them).
 */
public final class DuplicateKeyError extends MongoError {

    private final BsonDocument keyPattern;
    private final BsonDocument keyValue;

    DuplicateKeyError(String namespace, String indexName, BsonDocument keyPattern, BsonDocument keyValue) {
        super(11000, "DuplicateKey", "E11000 duplicate key error collection: " + namespace + " index: "
                + indexName + " dup key: " + format(keyValue));
        this.keyPattern = keyPattern;
        this.keyValue = keyValue;
    }

    public BsonDocument keyPattern() {
        return keyPattern;
    }

    public BsonDocument keyValue() {
        return keyValue;
    }

    /** The shell-like rendering MongoDB uses in the message, e.g. {@code { email: "a@b.vn" }}. */
    static String format(BsonValue value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        return switch (value.getBsonType()) {
            case DOCUMENT -> {
                if (value.asDocument().isEmpty()) {
                    yield "{}";
                }
                StringBuilder sb = new StringBuilder("{ ");
                boolean first = true;
                for (Map.Entry<String, BsonValue> e : value.asDocument().entrySet()) {
                    sb.append(first ? "" : ", ").append(e.getKey()).append(": ").append(format(e.getValue()));
                    first = false;
                }
                yield sb.append(" }").toString();
            }
            case ARRAY -> {
                StringBuilder sb = new StringBuilder("[ ");
                boolean first = true;
                for (BsonValue v : value.asArray()) {
                    sb.append(first ? "" : ", ").append(format(v));
                    first = false;
                }
                yield sb.append(" ]").toString();
            }
            case STRING -> "\"" + value.asString().getValue().replace("\"", "\\\"") + "\"";
            case OBJECT_ID -> "ObjectId('" + value.asObjectId().getValue().toHexString() + "')";
            case INT32 -> Integer.toString(value.asInt32().getValue());
            case INT64 -> value.asInt64().getValue() + "";
            case DOUBLE -> {
                double d = value.asDouble().getValue();
                yield d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString((long) d) + ".0" : Double.toString(d);
            }
            case BOOLEAN -> Boolean.toString(value.asBoolean().getValue());
            case DATE_TIME -> "new Date(" + value.asDateTime().getValue() + ")";
            case DECIMAL128 -> "NumberDecimal(\"" + value.asDecimal128().getValue() + "\")";
            case UNDEFINED -> "undefined";
            default -> value.toString();
        };
    }
}
