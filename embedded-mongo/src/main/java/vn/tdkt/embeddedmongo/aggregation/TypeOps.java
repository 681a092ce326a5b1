package vn.tdkt.embeddedmongo.aggregation;

import vn.tdkt.embeddedmongo.bson.BsonTypeNames;
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
        ops.put("$toInt", arg -> converter("$toInt", arg, TypeOps::toInt));
        ops.put("$toLong", arg -> converter("$toLong", arg, v -> new BsonInt64(toLong(v, "long"))));
        ops.put("$toDouble", arg -> converter("$toDouble", arg, TypeOps::toDouble));
        ops.put("$toDecimal", arg -> converter("$toDecimal", arg, TypeOps::toDecimal));
        ops.put("$toDate", arg -> converter("$toDate", arg, TypeOps::toDate));
        ops.put("$toBool", arg -> converter("$toBool", arg, v -> org.bson.BsonBoolean.valueOf(Expressions.truthy(v))));
        ops.put("$toObjectId", arg -> converter("$toObjectId", arg, TypeOps::toObjectId));
        ops.put("$convert", TypeOps::convert);
    }

    /** Target type name or code, as $convert's {@code to} accepts, to the matching $toX function. */
    private static Function<BsonValue, BsonValue> target(BsonValue to) {
        String name = to.isString() ? to.asString().getValue() : null;
        if (to.isNumber()) {
            name = switch (to.asNumber().intValue()) {
                case 1 -> "double";
                case 2 -> "string";
                case 7 -> "objectId";
                case 8 -> "bool";
                case 9 -> "date";
                case 16 -> "int";
                case 18 -> "long";
                case 19 -> "decimal";
                default -> null;
            };
        }
        if (name == null) {
            throw vn.tdkt.embeddedmongo.error.MongoError.badValue("Unknown type name: " + to);
        }
        return switch (name) {
            case "double" -> TypeOps::toDouble;
            case "string" -> v -> new BsonString(toStringValue(v));
            case "objectId" -> TypeOps::toObjectId;
            case "bool" -> v -> org.bson.BsonBoolean.valueOf(Expressions.truthy(v));
            case "date" -> TypeOps::toDate;
            case "int" -> v -> toInt(v);
            case "long" -> v -> new BsonInt64(toLong(v, "long"));
            case "decimal" -> TypeOps::toDecimal;
            default -> throw vn.tdkt.embeddedmongo.error.MongoError.badValue("Unknown type name: " + name);
        };
    }

    /** $convert: {input, to, onError, onNull}. */
    private static Expression convert(BsonValue arg) {
        org.bson.BsonDocument spec = Expressions.named("$convert", arg, java.util.List.of("input", "to"),
                java.util.List.of("input", "to", "onError", "onNull"));
        Expression input = Expressions.parse(spec.get("input"));
        Expression to = Expressions.parse(spec.get("to"));
        Expression onError = spec.containsKey("onError") ? Expressions.parse(spec.get("onError")) : null;
        Expression onNull = spec.containsKey("onNull") ? Expressions.parse(spec.get("onNull")) : null;
        return vars -> {
            BsonValue v = input.evaluate(vars);
            if (Expressions.nullish(v)) {
                return onNull == null ? BsonNull.VALUE : onNull.evaluate(vars);
            }
            BsonValue t = to.evaluate(vars);
            if (Expressions.nullish(t)) {
                return BsonNull.VALUE;
            }
            Function<BsonValue, BsonValue> f = target(t);
            if (onError == null) {
                return f.apply(v);
            }
            try {
                return f.apply(v);
            } catch (vn.tdkt.embeddedmongo.error.MongoError e) {
                return onError.evaluate(vars);
            }
        };
    }

    private static BsonValue toInt(BsonValue v) {
        long l = toLong(v, "int");
        if (l != (int) l) {
            throw conversionFailure(v, "int");
        }
        return new BsonInt32((int) l);
    }

    private static BsonValue toDouble(BsonValue v) {
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
    }

    private static BsonValue toDecimal(BsonValue v) {
        try {
            if (v.isDecimal128()) {
                return v;
            }
            if (Numbers.isNumber(v)) {
                return new org.bson.BsonDecimal128(new org.bson.types.Decimal128(Numbers.toBig(v)));
            }
            if (v.isBoolean()) {
                return new org.bson.BsonDecimal128(org.bson.types.Decimal128.parse(v.asBoolean().getValue() ? "1" : "0"));
            }
            if (v.isString()) {
                return new org.bson.BsonDecimal128(org.bson.types.Decimal128.parse(v.asString().getValue().trim()));
            }
        } catch (NumberFormatException ex) {
            throw conversionFailure(v, "decimal");
        }
        throw conversionFailure(v, "decimal");
    }

    private static BsonValue toDate(BsonValue v) {
        return switch (v.getBsonType()) {
            case DATE_TIME -> v;
            case INT64, DOUBLE, DECIMAL128 -> new org.bson.BsonDateTime((long) Numbers.toDouble(v));
            case TIMESTAMP -> new org.bson.BsonDateTime(v.asTimestamp().getTime() * 1000L);
            case OBJECT_ID -> new org.bson.BsonDateTime(v.asObjectId().getValue().getTimestamp() * 1000L);
            case STRING -> {
                try {
                    yield new org.bson.BsonDateTime(java.time.OffsetDateTime.parse(v.asString().getValue())
                            .toInstant().toEpochMilli());
                } catch (java.time.format.DateTimeParseException ex) {
                    try {
                        yield new org.bson.BsonDateTime(java.time.LocalDate.parse(v.asString().getValue())
                                .atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
                    } catch (java.time.format.DateTimeParseException again) {
                        throw conversionFailure(v, "date");
                    }
                }
            }
            default -> throw conversionFailure(v, "date");
        };
    }

    private static BsonValue toObjectId(BsonValue v) {
        if (v.isObjectId()) {
            return v;
        }
        if (v.isString() && org.bson.types.ObjectId.isValid(v.asString().getValue())) {
            return new org.bson.BsonObjectId(new org.bson.types.ObjectId(v.asString().getValue()));
        }
        throw conversionFailure(v, "objectId");
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
        return BsonTypeNames.alias(v);
    }
}
