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
        ops.put("$trim", arg -> trim("$trim", arg, true, true));
        ops.put("$ltrim", arg -> trim("$ltrim", arg, true, false));
        ops.put("$rtrim", arg -> trim("$rtrim", arg, false, true));
        ops.put("$strcasecmp", arg -> {
            List<Expression> args = Expressions.args("$strcasecmp", arg, 2, 2);
            return vars -> {
                String a = asciiUpper(coerce(args.get(0).evaluate(vars)));
                String b = asciiUpper(coerce(args.get(1).evaluate(vars)));
                return new BsonInt32(Integer.signum(vn.tdkt.embeddedmongo.query.BsonOrder.compare(new BsonString(a),
                        new BsonString(b))));
            };
        });
        ops.put("$indexOfCP", arg -> {
            List<Expression> args = Expressions.args("$indexOfCP", arg, 2, 4);
            return vars -> {
                BsonValue sv = args.get(0).evaluate(vars);
                if (Expressions.nullish(sv)) {
                    return BsonNull.VALUE;
                }
                BsonValue sub = args.get(1).evaluate(vars);
                if (!sv.isString()) {
                    throw Errors.location(40093, "$indexOfCP requires a string as the first argument, found: "
                            + TypeOps.typeName(sv));
                }
                if (sub == null || !sub.isString()) {
                    throw Errors.location(40094, "$indexOfCP requires a string as the second argument, found: "
                            + TypeOps.typeName(sub));
                }
                String s = sv.asString().getValue();
                int cps = s.codePointCount(0, s.length());
                int start = args.size() > 2 ? (int) Numbers.toDouble(args.get(2).evaluate(vars)) : 0;
                int end = args.size() > 3 ? (int) Math.min(cps, Numbers.toDouble(args.get(3).evaluate(vars))) : cps;
                if (start > cps || start > end) {
                    return new BsonInt32(-1);
                }
                String window = s.substring(s.offsetByCodePoints(0, start), s.offsetByCodePoints(0, end));
                int found = window.indexOf(sub.asString().getValue());
                return new BsonInt32(found < 0 ? -1 : start + window.codePointCount(0, found));
            };
        });
        ops.put("$regexMatch", arg -> {
            org.bson.BsonDocument spec = Expressions.named("$regexMatch", arg, List.of("input", "regex"),
                    List.of("input", "regex", "options"));
            Expression input = Expressions.parse(spec.get("input"));
            Expression regex = Expressions.parse(spec.get("regex"));
            Expression options = spec.containsKey("options") ? Expressions.parse(spec.get("options")) : null;
            return vars -> {
                BsonValue in = input.evaluate(vars);
                BsonValue re = regex.evaluate(vars);
                if (Expressions.nullish(in) || Expressions.nullish(re)) {
                    return org.bson.BsonBoolean.FALSE;
                }
                if (!in.isString()) {
                    throw Errors.location(51104, "$regexMatch needs 'input' to be of type string");
                }
                String pattern;
                String flags = "";
                if (re.isRegularExpression()) {
                    pattern = re.asRegularExpression().getPattern();
                    flags = re.asRegularExpression().getOptions();
                } else if (re.isString()) {
                    pattern = re.asString().getValue();
                } else {
                    throw Errors.location(51105, "$regexMatch needs 'regex' to be of type string or regex");
                }
                if (options != null) {
                    BsonValue o = options.evaluate(vars);
                    if (o != null && o.isString()) {
                        flags += o.asString().getValue();
                    }
                }
                // the query language's $regex compiles MongoDB's flags the same way
                vn.tdkt.embeddedmongo.query.Filter f = vn.tdkt.embeddedmongo.query.Filter.parse(
                        new org.bson.BsonDocument("v", new org.bson.BsonRegularExpression(pattern, flags)));
                return org.bson.BsonBoolean.valueOf(f.matches(new org.bson.BsonDocument("v", in)));
            };
        });
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

    private static String coerce(BsonValue v) {
        return Expressions.nullish(v) ? "" : TypeOps.coerceToString(v, 16007);
    }

    private static String asciiUpper(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c < 128 ? Character.toUpperCase(c) : c);
        }
        return sb.toString();
    }

    /** $trim family: {input, chars}; by default trims Unicode whitespace and NUL, as the server does. */
    private static Expression trim(String op, BsonValue arg, boolean left, boolean right) {
        org.bson.BsonDocument spec = Expressions.named(op, arg, List.of("input"), List.of("input", "chars"));
        Expression input = Expressions.parse(spec.get("input"));
        Expression chars = spec.containsKey("chars") ? Expressions.parse(spec.get("chars")) : null;
        return vars -> {
            BsonValue in = input.evaluate(vars);
            if (Expressions.nullish(in)) {
                return BsonNull.VALUE;
            }
            if (!in.isString()) {
                throw Errors.location(50699, op + " requires its input to be a string, got " + in + " (of type "
                        + TypeOps.typeName(in) + ") instead.");
            }
            String set = null;
            if (chars != null) {
                BsonValue c = chars.evaluate(vars);
                if (Expressions.nullish(c)) {
                    return BsonNull.VALUE;
                }
                if (!c.isString()) {
                    throw Errors.location(50700, op + " requires 'chars' to be a string, got " + TypeOps.typeName(c));
                }
                set = c.asString().getValue();
            }
            int[] cps = in.asString().getValue().codePoints().toArray();
            int from = 0;
            int to = cps.length;
            while (left && from < to && trimmable(cps[from], set)) {
                from++;
            }
            while (right && to > from && trimmable(cps[to - 1], set)) {
                to--;
            }
            return new BsonString(new String(cps, from, to - from));
        };
    }

    private static boolean trimmable(int cp, String set) {
        if (set != null) {
            return set.codePoints().anyMatch(c -> c == cp);
        }
        return cp == 0 || cp == 0x20 || cp == 0x09 || cp == 0x0A || cp == 0x0B || cp == 0x0C || cp == 0x0D
                || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029
                || cp == 0x202F || cp == 0x205F || cp == 0x3000;
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
