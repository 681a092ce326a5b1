package vn.tdkt.embeddedmongo.aggregation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.bson.BsonArray;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * String operators. Lengths and offsets of the {@code CP} variants count Unicode code points, so
 * Vietnamese letters with diacritics count as one (when precomposed, as NFC text is). $toLower and
 * $toUpper change ASCII letters only, as the server documents.
 */
final class StringOps {

    private StringOps() {
    }

    static void register(Map<String, Function<BsonValue, Expression>> ops) {
        ops.put("$concat", arg -> {
            List<Expression> args = Expressions.args(arg);
            return vars -> {
                StringBuilder sb = new StringBuilder();
                for (Expression e : args) {
                    BsonValue v = e.evaluate(vars);
                    if (Expressions.nullish(v)) {
                        return BsonNull.VALUE;
                    }
                    if (!v.isString()) {
                        throw Errors.location(16702, "$concat only supports strings, not " + TypeOps.typeName(v));
                    }
                    sb.append(v.asString().getValue());
                }
                return new BsonString(sb.toString());
            };
        });
        ops.put("$toLower", arg -> caseChange("$toLower", arg, false));
        ops.put("$toUpper", arg -> caseChange("$toUpper", arg, true));
        ops.put("$strLenCP", arg -> {
            Expression e = Expressions.args("$strLenCP", arg, 1, 1).get(0);
            return vars -> {
                BsonValue v = e.evaluate(vars);
                if (v == null || !v.isString()) {
                    throw Errors.location(34471, "$strLenCP requires a string argument, found: " + TypeOps.typeName(v));
                }
                String s = v.asString().getValue();
                return new BsonInt32(s.codePointCount(0, s.length()));
            };
        });
        ops.put("$substrCP", StringOps::substrCP);
        ops.put("$substrBytes", arg -> substrBytes("$substrBytes", arg));
        ops.put("$substr", arg -> substrBytes("$substr", arg));
        ops.put("$strLenBytes", arg -> {
            Expression e = Expressions.args("$strLenBytes", arg, 1, 1).get(0);
            return vars -> {
                BsonValue v = e.evaluate(vars);
                if (v == null || !v.isString()) {
                    throw Errors.location(34473, "$strLenBytes requires a string argument, found: " + TypeOps.typeName(v));
                }
                return new BsonInt32(v.asString().getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            };
        });
        ops.put("$split", arg -> {
            List<Expression> args = Expressions.args("$split", arg, 2, 2);
            return vars -> {
                BsonValue s = args.get(0).evaluate(vars);
                BsonValue sep = args.get(1).evaluate(vars);
                if (Expressions.nullish(s)) {
                    return BsonNull.VALUE;
                }
                if (!s.isString()) {
                    throw Errors.location(40085, "$split requires an expression that evaluates to a string as a first "
                            + "argument, found: " + TypeOps.typeName(s));
                }
                if (sep == null || !sep.isString()) {
                    throw Errors.location(40086, "$split requires an expression that evaluates to a string as a second "
                            + "argument, found: " + TypeOps.typeName(sep));
                }
                if (sep.asString().getValue().isEmpty()) {
                    throw Errors.location(40087, "$split requires a non-empty separator");
                }
                BsonArray out = new BsonArray();
                for (String part : s.asString().getValue().split(Pattern.quote(sep.asString().getValue()), -1)) {
                    out.add(new BsonString(part));
                }
                return out;
            };
        });
    }

    private static Expression caseChange(String op, BsonValue arg, boolean upper) {
        Expression e = Expressions.args(op, arg, 1, 1).get(0);
        return vars -> {
            BsonValue v = e.evaluate(vars);
            String s = Expressions.nullish(v) ? "" : TypeOps.coerceToString(v, 16007);
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                sb.append(c < 128 ? (upper ? Character.toUpperCase(c) : Character.toLowerCase(c)) : c);
            }
            return new BsonString(sb.toString());
        };
    }

    private static Expression substrCP(BsonValue arg) {
        List<Expression> args = Expressions.args("$substrCP", arg, 3, 3);
        return vars -> {
            BsonValue sv = args.get(0).evaluate(vars);
            BsonValue startV = args.get(1).evaluate(vars);
            BsonValue countV = args.get(2).evaluate(vars);
            String s = Expressions.nullish(sv) ? "" : TypeOps.coerceToString(sv, 16007);
            if (!Numbers.isNumber(startV)) {
                throw Errors.location(34450, "$substrCP: starting index must be a numeric type (is BSON type "
                        + TypeOps.typeName(startV) + ")");
            }
            if (!Numbers.isNumber(countV)) {
                throw Errors.location(34452, "$substrCP: length must be a numeric type (is BSON type "
                        + TypeOps.typeName(countV) + ")");
            }
            double start = Numbers.toDouble(startV);
            double count = Numbers.toDouble(countV);
            if (start < 0 || start != Math.rint(start)) {
                throw Errors.location(34451, "$substrCP: starting index must be a non-negative integer");
            }
            if (count != Math.rint(count)) {
                throw Errors.location(34453, "$substrCP: length must be an integer");
            }
            int cps = s.codePointCount(0, s.length());
            int from = (int) Math.min(start, cps);
            int to = count < 0 ? cps : (int) Math.min((long) from + (long) count, cps);
            return new BsonString(s.substring(s.offsetByCodePoints(0, from), s.offsetByCodePoints(0, to)));
        };
    }

    /** Byte offsets into the UTF-8 encoding; cutting inside a multi-byte character is an error, as in MongoDB. */
    private static Expression substrBytes(String op, BsonValue arg) {
        List<Expression> args = Expressions.args(op, arg, 3, 3);
        return vars -> {
            BsonValue sv = args.get(0).evaluate(vars);
            BsonValue startV = args.get(1).evaluate(vars);
            BsonValue countV = args.get(2).evaluate(vars);
            String s = Expressions.nullish(sv) ? "" : TypeOps.coerceToString(sv, 16007);
            if (!Numbers.isNumber(startV)) {
                throw Errors.location(16034, op + ":  starting index must be a numeric type (is BSON type "
                        + TypeOps.typeName(startV) + ")");
            }
            if (!Numbers.isNumber(countV)) {
                throw Errors.location(16035, op + ":  length must be a numeric type (is BSON type "
                        + TypeOps.typeName(countV) + ")");
            }
            byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            long start = (long) Numbers.toDouble(startV);
            long count = (long) Numbers.toDouble(countV);
            if (start < 0 || start >= bytes.length) {
                return new BsonString("");
            }
            int from = (int) start;
            int to = count < 0 ? bytes.length : (int) Math.min(bytes.length, from + count);
            if ((bytes[from] & 0xC0) == 0x80) {
                throw Errors.location(28656, op + ":  Invalid range, starting index is a UTF-8 continuation byte.");
            }
            if (to < bytes.length && (bytes[to] & 0xC0) == 0x80) {
                throw Errors.location(28657, op + ":  Invalid range, ending index is in the middle of a UTF-8 character.");
            }
            return new BsonString(new String(bytes, from, to - from, java.nio.charset.StandardCharsets.UTF_8));
        };
    }
}
