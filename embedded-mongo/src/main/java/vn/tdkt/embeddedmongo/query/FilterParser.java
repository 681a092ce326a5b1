package vn.tdkt.embeddedmongo.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.bson.BsonDocument;
import org.bson.BsonRegularExpression;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.aggregation.AggregationExpression;
import vn.tdkt.embeddedmongo.error.MongoError;

/** Turns a filter document into an {@link Expr} tree, rejecting what MongoDB rejects (code 2 BadValue). */
final class FilterParser {

    private FilterParser() {
    }

    static Expr parse(BsonDocument filter) {
        List<Expr> parts = new ArrayList<>();
        for (Map.Entry<String, BsonValue> e : filter.entrySet()) {
            String key = e.getKey();
            BsonValue v = e.getValue();
            if (key.startsWith("$")) {
                switch (key) {
                    case "$and" -> parts.add(new Expr.And(clauses(key, v)));
                    case "$or" -> parts.add(new Expr.Or(clauses(key, v)));
                    case "$nor" -> parts.add(new Expr.Not(new Expr.Or(clauses(key, v))));
                    case "$comment" -> { }
                    case "$expr" -> parts.add(new ExprMatch(AggregationExpression.parse(v)));
                    case "$alwaysTrue" -> parts.add(new Expr.Const(true));
                    case "$alwaysFalse" -> parts.add(new Expr.Const(false));
                    default -> throw MongoError.badValue("unknown top level operator: " + key
                            + ". If you have a field name that starts with a '$' symbol, consider using $getField or $setField.");
                }
            } else {
                parts.addAll(field(key, v));
            }
        }
        return parts.size() == 1 ? parts.get(0) : new Expr.And(parts);
    }

    private static List<Expr> clauses(String op, BsonValue v) {
        if (!v.isArray() || v.asArray().isEmpty()) {
            throw MongoError.badValue(op + " argument must be a non-empty array");
        }
        List<Expr> out = new ArrayList<>();
        for (BsonValue c : v.asArray()) {
            if (!c.isDocument()) {
                throw MongoError.badValue(op + " argument's entries must be objects");
            }
            out.add(parse(c.asDocument()));
        }
        return out;
    }

    /** {@code path: value}: an operator document, an implicit regex, or an implicit equality. */
    static List<Expr> field(String path, BsonValue v) {
        if (isOperatorDocument(v)) {
            return operators(path, v.asDocument());
        }
        if (v.isRegularExpression()) {
            return List.of(new PathExpr(path, regex(v.asRegularExpression(), null)));
        }
        return List.of(new PathExpr(path, new ValuePredicate.Eq(v)));
    }

    static boolean isOperatorDocument(BsonValue v) {
        if (!v.isDocument() || v.asDocument().isEmpty()) {
            return false;
        }
        String first = v.asDocument().getFirstKey();
        // a DBRef ({$ref, $id}) is a value, not operators
        return first.startsWith("$") && !first.equals("$ref") && !first.equals("$id") && !first.equals("$db");
    }

    static List<Expr> operators(String path, BsonDocument ops) {
        List<Expr> out = new ArrayList<>();
        BsonValue regex = ops.get("$regex");
        BsonValue options = ops.get("$options");
        if (options != null && regex == null) {
            throw MongoError.badValue("$options needs a $regex");
        }
        for (Map.Entry<String, BsonValue> e : ops.entrySet()) {
            String op = e.getKey();
            BsonValue arg = e.getValue();
            switch (op) {
                case "$eq" -> out.add(path(path, new ValuePredicate.Eq(arg)));
                case "$ne" -> out.add(new Expr.Not(path(path, new ValuePredicate.Eq(arg))));
                case "$gt" -> out.add(path(path, cmp(ValuePredicate.Op.GT, arg, op)));
                case "$gte" -> out.add(path(path, cmp(ValuePredicate.Op.GTE, arg, op)));
                case "$lt" -> out.add(path(path, cmp(ValuePredicate.Op.LT, arg, op)));
                case "$lte" -> out.add(path(path, cmp(ValuePredicate.Op.LTE, arg, op)));
                case "$in" -> out.add(path(path, in(arg, op)));
                case "$nin" -> out.add(new Expr.Not(path(path, in(arg, op))));
                case "$exists" -> {
                    Expr exists = path(path, new ValuePredicate.Exists());
                    out.add(truthy(arg) ? exists : new Expr.Not(exists));
                }
                case "$type" -> out.add(path(path, type(arg)));
                case "$regex" -> out.add(path(path, regexOperator(arg, options)));
                case "$options" -> { }
                case "$size" -> out.add(path(path, new ValuePredicate.Size(size(arg))));
                case "$mod" -> out.add(path(path, mod(arg)));
                case "$all" -> out.add(all(path, arg));
                case "$elemMatch" -> out.add(path(path, elemMatch(arg)));
                case "$not" -> out.add(new Expr.Not(not(path, arg)));
                case "$comment" -> { }
                default -> throw MongoError.badValue("unknown operator: " + op);
            }
        }
        return out;
    }

    private static Expr path(String path, ValuePredicate p) {
        // an empty path is the value form of $elemMatch: the element itself, never expanded
        return path.isEmpty() ? new PathExpr(path, new String[0], p, false) : new PathExpr(path, p);
    }

    private static ValuePredicate cmp(ValuePredicate.Op op, BsonValue arg, String name) {
        if (arg.isRegularExpression()) {
            throw MongoError.badValue("Can't have RegEx as arg to predicate over field: " + name);
        }
        return new ValuePredicate.Cmp(op, arg);
    }

    private static ValuePredicate in(BsonValue arg, String op) {
        if (!arg.isArray()) {
            throw MongoError.badValue(op + " needs an array");
        }
        List<ValuePredicate> alternatives = new ArrayList<>();
        for (BsonValue v : arg.asArray()) {
            if (isOperatorDocument(v)) {
                throw MongoError.badValue("cannot nest $ under " + op);
            }
            alternatives.add(v.isRegularExpression() ? regex(v.asRegularExpression(), null) : new ValuePredicate.Eq(v));
        }
        return new ValuePredicate.In(alternatives);
    }

    static boolean truthy(BsonValue v) {
        if (v.isBoolean()) {
            return v.asBoolean().getValue();
        }
        if (v.isNumber() || v.isDecimal128()) {
            return v.isDecimal128() ? v.asDecimal128().getValue().isNaN() || BsonOrder.Numbers.big(v.asDecimal128().getValue()).signum() != 0 : v.asNumber().doubleValue() != 0;
        }
        return !(v.isNull() || v.getBsonType() == org.bson.BsonType.UNDEFINED);
    }

    private static ValuePredicate type(BsonValue arg) {
        Set<Integer> codes = new HashSet<>();
        boolean anyNumber = false;
        List<BsonValue> items = arg.isArray() ? arg.asArray() : List.of(arg);
        for (BsonValue t : items) {
            if (t.isString()) {
                String alias = t.asString().getValue();
                if (alias.equals("number")) {
                    anyNumber = true;
                } else if (TypeNames.ALIASES.containsKey(alias)) {
                    codes.add(TypeNames.ALIASES.get(alias));
                } else {
                    throw MongoError.badValue("Unknown type name alias: " + alias);
                }
            } else if (t.isNumber() || t.isDecimal128()) {
                double d = t.isDecimal128() ? t.asDecimal128().doubleValue() : t.asNumber().doubleValue();
                if (d != Math.rint(d) || !TypeNames.isValidCode((int) d)) {
                    throw MongoError.badValue("Invalid numerical type code: " + t);
                }
                codes.add((int) d);
            } else {
                throw MongoError.typeMismatch("type must be represented as a number or a string");
            }
        }
        return new ValuePredicate.Type(codes, anyNumber);
    }

    private static ValuePredicate regexOperator(BsonValue arg, BsonValue options) {
        String extra = null;
        if (options != null) {
            if (!options.isString()) {
                throw MongoError.badValue("$options has to be a string");
            }
            extra = options.asString().getValue();
        }
        if (arg.isRegularExpression()) {
            BsonRegularExpression r = arg.asRegularExpression();
            if (extra != null && !extra.isEmpty() && !r.getOptions().isEmpty()) {
                throw MongoError.badValue("options set in both $regex and $options");
            }
            return regex(r, extra);
        }
        if (!arg.isString()) {
            throw MongoError.badValue("$regex has to be a string");
        }
        return regex(new BsonRegularExpression(arg.asString().getValue()), extra);
    }

    static ValuePredicate.Regex regex(BsonRegularExpression r, String extraOptions) {
        String options = r.getOptions() + (extraOptions == null ? "" : extraOptions);
        BsonRegularExpression source = new BsonRegularExpression(r.getPattern(), options);
        return new ValuePredicate.Regex(source, compile(r.getPattern(), options));
    }

    /** Compiles a PCRE-style pattern with MongoDB's option letters; the syntax shared with Java is used as is. */
    static Pattern compile(String pattern, String options) {
        int flags = 0;
        for (char c : options.toCharArray()) {
            switch (c) {
                case 'i' -> flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 'm' -> flags |= Pattern.MULTILINE;
                case 's' -> flags |= Pattern.DOTALL;
                case 'x' -> flags |= Pattern.COMMENTS;
                case 'u' -> { }
                default -> throw new MongoError(51108, "Location51108", "invalid flag in regex options: " + c);
            }
        }
        try {
            return Pattern.compile(pattern, flags);
        } catch (PatternSyntaxException ex) {
            throw new MongoError(51091, "Location51091", "Regular expression is invalid: " + ex.getDescription());
        }
    }

    private static int size(BsonValue arg) {
        if (!(arg.isNumber() || arg.isDecimal128())) {
            throw MongoError.badValue("Failed to parse $size. Expected a number in: $size: " + arg);
        }
        double d = arg.isDecimal128() ? arg.asDecimal128().doubleValue() : arg.asNumber().doubleValue();
        if (d < 0) {
            throw MongoError.badValue("Failed to parse $size. Expected a non-negative number in: $size: " + arg);
        }
        if (d != Math.rint(d) || d > Integer.MAX_VALUE) {
            throw MongoError.badValue("Failed to parse $size. Expected an integer in: $size: " + arg);
        }
        return (int) d;
    }

    private static ValuePredicate mod(BsonValue arg) {
        if (!arg.isArray() || arg.asArray().size() != 2) {
            throw MongoError.badValue("malformed mod, needs to be an array of size 2");
        }
        BsonValue d = arg.asArray().get(0);
        BsonValue r = arg.asArray().get(1);
        if (!d.isNumber() || !r.isNumber()) {
            throw MongoError.badValue("malformed mod, divisor and remainder not numbers");
        }
        if (d.asNumber().longValue() == 0) {
            throw MongoError.badValue("divisor cannot be 0");
        }
        return new ValuePredicate.Mod(d.asNumber().longValue(), r.asNumber().longValue());
    }

    /** $all: every listed value (or $elemMatch) must match; an empty list matches nothing. */
    private static Expr all(String path, BsonValue arg) {
        if (!arg.isArray()) {
            throw MongoError.badValue("$all needs an array");
        }
        if (arg.asArray().isEmpty()) {
            return new Expr.Const(false);
        }
        List<Expr> each = new ArrayList<>();
        for (BsonValue v : arg.asArray()) {
            if (v.isDocument() && !v.asDocument().isEmpty() && v.asDocument().getFirstKey().equals("$elemMatch")) {
                each.add(path(path, elemMatch(v.asDocument().get("$elemMatch"))));
            } else if (isOperatorDocument(v)) {
                throw MongoError.badValue("no $ expressions in $all");
            } else if (v.isRegularExpression()) {
                each.add(path(path, regex(v.asRegularExpression(), null)));
            } else {
                each.add(path(path, new ValuePredicate.Eq(v)));
            }
        }
        return new Expr.And(each);
    }

    private static ValuePredicate elemMatch(BsonValue arg) {
        if (!arg.isDocument()) {
            throw MongoError.badValue("$elemMatch needs an Object");
        }
        BsonDocument doc = arg.asDocument();
        boolean valueForm = !doc.isEmpty() && doc.getFirstKey().startsWith("$") && !isLogical(doc.getFirstKey());
        if (valueForm) {
            List<Expr> ops = operators("", doc);
            return new ValuePredicate.ElemMatch(ops.size() == 1 ? ops.get(0) : new Expr.And(ops), false);
        }
        return new ValuePredicate.ElemMatch(parse(doc), true);
    }

    private static boolean isLogical(String op) {
        return op.equals("$and") || op.equals("$or") || op.equals("$nor") || op.equals("$expr") || op.equals("$where");
    }

    private static Expr not(String path, BsonValue arg) {
        if (arg.isRegularExpression()) {
            return path(path, regex(arg.asRegularExpression(), null));
        }
        if (!arg.isDocument()) {
            throw MongoError.badValue("$not needs a regex or a document");
        }
        if (arg.asDocument().isEmpty()) {
            throw MongoError.badValue("$not cannot be empty");
        }
        if (!arg.asDocument().getFirstKey().startsWith("$")) {
            throw MongoError.badValue("unknown operator: " + arg.asDocument().getFirstKey());
        }
        List<Expr> ops = operators(path, arg.asDocument());
        return ops.size() == 1 ? ops.get(0) : new Expr.And(ops);
    }
}
