package vn.tdkt.embeddedmongo.aggregation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

/** $type and conversions ($toString, $toInt, $toLong, $toDouble), and type names for error messages. */
final class TypeOps {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private TypeOps() {
    }

    static void register(Map<String, Function<BsonValue, Expression>> ops) {
        ops.put("$type", arg -> {
            Expression e = Expressions.args("$type", arg, 1, 1).get(0);
            return vars -> new BsonString(typeName(e.evaluate(vars)));
        });
        ops.put("$toString", arg -> converter("$toString", arg, v -> new BsonString(toStringValue(v))));
        ops.put("$toInt", arg -> converter("$toInt", arg, v -> new BsonInt32((int) toLong(v, "int"))));
        ops.put("$toLong", arg -> converter("$toLong", arg, v -> new BsonInt64(toLong(v, "long"))));
        ops.put("$toDouble", arg -> converter("$toDouble", arg, v -> {
            if (Numbers.isNumber(v)) {
                return new BsonDouble(Numbers.toDouble(v));
            }
            if (v.isBoolean()) {
                return new BsonDouble(v.asBoolean().getValue() ? 1 : 0);
            }
            if (v.isDateTime()) {
                return new BsonDouble(v.asDateTime().getValue());
            }
            if (v.isString()) {
                try {
                    return new BsonDouble(Double.parseDouble(v.asString().getValue().trim()));
                } catch (NumberFormatException ex) {
                    throw conversionFailure(v, "double");
                }
            }
            throw conversionFailure(v, "double");
        }));
    }

    private static Expression converter(String op, BsonValue arg, Function<BsonValue, BsonValue> f) {
        Expression e = Expressions.args(op, arg, 1, 1).get(0);
        return vars -> {
            BsonValue v = e.evaluate(vars);
            return Expressions.nullish(v) ? BsonNull.VALUE : f.apply(v);
        };
    }

    private static long toLong(BsonValue v, String target) {
        if (v.isInt32() || v.isInt64()) {
            return v.asNumber().longValue();
        }
        if (Numbers.isNumber(v)) {
            double d = Numbers.toDouble(v);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw conversionFailure(v, target);
            }
            return (long) d;
        }
        if (v.isBoolean()) {
            return v.asBoolean().getValue() ? 1 : 0;
        }
        if (v.isDateTime()) {
            return v.asDateTime().getValue();
        }
        if (v.isString()) {
            try {
                return Long.parseLong(v.asString().getValue());
            } catch (NumberFormatException ex) {
                throw conversionFailure(v, target);
            }
        }
        throw conversionFailure(v, target);
    }

    private static RuntimeException conversionFailure(BsonValue v, String target) {
        return new vn.tdkt.embeddedmongo.error.MongoError(241, "ConversionFailure",
                "Unsupported conversion from " + typeName(v) + " to " + target + " in $convert with no onError value");
    }

    /** $toString's rendering. */
    static String toStringValue(BsonValue v) {
        return switch (v.getBsonType()) {
            case STRING -> v.asString().getValue();
            case SYMBOL -> v.asSymbol().getSymbol();
            case INT32, INT64 -> Long.toString(v.asNumber().longValue());
            case DOUBLE -> formatDouble(v.asDouble().getValue());
            case DECIMAL128 -> v.asDecimal128().getValue().toString();
            case BOOLEAN -> Boolean.toString(v.asBoolean().getValue());
            case OBJECT_ID -> v.asObjectId().getValue().toHexString();
            case DATE_TIME -> ISO.format(Instant.ofEpochMilli(v.asDateTime().getValue()));
            default -> throw conversionFailure(v, "string");
        };
    }

    /** String coercion used by $toLower/$toUpper/$substrCP: scalars only. */
    static String coerceToString(BsonValue v, int code) {
        return switch (v.getBsonType()) {
            case STRING, SYMBOL, INT32, INT64, DOUBLE, DECIMAL128, DATE_TIME -> toStringValue(v);
            case TIMESTAMP -> v.asTimestamp().getTime() + "";
            default -> throw Errors.location(code, "can't convert from BSON type " + typeName(v) + " to String");
        };
    }

    static String formatDouble(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    static String typeName(BsonValue v) {
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
