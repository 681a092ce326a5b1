package vn.tdkt.embeddedmongo.aggregation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/** Parses aggregation expressions: literals, {@code "$field.path"}, {@code "$$var.path"}, objects, arrays and operators. */
final class Expressions {

    /** Operator name to a factory taking the operator's raw argument. */
    static final Map<String, Function<BsonValue, Expression>> OPERATORS = new HashMap<>();

    static {
        ArithmeticOps.register(OPERATORS);
        LogicOps.register(OPERATORS);
        StringOps.register(OPERATORS);
        ArrayOps.register(OPERATORS);
        DateOps.register(OPERATORS);
        TypeOps.register(OPERATORS);
    }

    private Expressions() {
    }

    static Expression parse(BsonValue spec) {
        if (spec.isString()) {
            String s = spec.asString().getValue();
            if (s.startsWith("$$")) {
                return variable(s.substring(2));
            }
            if (s.startsWith("$")) {
                return fieldPath(s.substring(1));
            }
            return vars -> spec;
        }
        if (spec instanceof BsonArray arr) {
            List<Expression> items = new ArrayList<>();
            arr.forEach(v -> items.add(parse(v)));
            return vars -> {
                BsonArray out = new BsonArray();
                for (Expression e : items) {
                    BsonValue v = e.evaluate(vars);
                    out.add(v == null ? org.bson.BsonNull.VALUE : v);
                }
                return out;
            };
        }
        if (spec instanceof BsonDocument doc) {
            if (!doc.isEmpty() && doc.getFirstKey().startsWith("$")) {
                if (doc.size() != 1) {
                    throw Errors.location(15983, "an expression specification must contain exactly one field, "
                            + "the name of the expression. Found " + doc.size() + " fields in " + doc.toJson());
                }
                return operator(doc.getFirstKey(), doc.get(doc.getFirstKey()));
            }
            return object(doc);
        }
        return vars -> spec;
    }

    private static Expression operator(String name, BsonValue arg) {
        if (name.equals("$literal")) {
            return vars -> arg;
        }
        Function<BsonValue, Expression> factory = OPERATORS.get(name);
        if (factory == null) {
            throw Errors.invalidOperator("Unrecognized expression '" + name + "'");
        }
        return factory.apply(arg);
    }

    /** {@code {a: expr, b: {...}}}: a new document; missing values are left out. */
    private static Expression object(BsonDocument doc) {
        Map<String, Expression> fields = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, BsonValue> e : doc.entrySet()) {
            if (e.getKey().startsWith("$") || e.getKey().contains(".")) {
                throw Errors.location(16412, "FieldPath field names may not contain '.' or start with '$'. Got: "
                        + e.getKey());
            }
            fields.put(e.getKey(), parse(e.getValue()));
        }
        return vars -> {
            BsonDocument out = new BsonDocument();
            fields.forEach((k, e) -> {
                BsonValue v = e.evaluate(vars);
                if (v != null) {
                    out.put(k, v);
                }
            });
            return out;
        };
    }

    static Expression fieldPath(String path) {
        validatePath(path);
        String[] parts = FieldPaths.split(path);
        return vars -> FieldPaths.get(vars.root(), parts, 0);
    }

    private static Expression variable(String spec) {
        int dot = spec.indexOf('.');
        String name = dot < 0 ? spec : spec.substring(0, dot);
        String[] rest = dot < 0 ? new String[0] : FieldPaths.split(spec.substring(dot + 1));
        if (dot >= 0) {
            validatePath(spec.substring(dot + 1));
        }
        switch (name) {
            case "ROOT", "CURRENT" -> {
                return vars -> FieldPaths.get(vars.root(), rest, 0);
            }
            case "REMOVE" -> {
                return vars -> null;
            }
            case "NOW" -> {
                return vars -> new BsonDateTime(System.currentTimeMillis());
            }
            default -> {
                if (name.isEmpty() || !(Character.isLowerCase(name.charAt(0)) || name.charAt(0) > 127)) {
                    throw Errors.location(31325, "'" + name + "' starts with an invalid character for a user variable name");
                }
                return vars -> {
                    boolean[] found = new boolean[1];
                    BsonValue v = vars.get(name, found);
                    if (!found[0]) {
                        throw Errors.location(17276, "Use of undefined variable: " + name);
                    }
                    return v == null ? null : FieldPaths.get(v, rest, 0);
                };
            }
        }
    }

    /** Variables the parser checks for are resolved when evaluated; names are checked here. */
    static void validatePath(String path) {
        if (path.isEmpty()) {
            throw Errors.location(16872, "'$' by itself is not a valid FieldPath");
        }
        for (String part : FieldPaths.split(path)) {
            if (part.isEmpty()) {
                throw Errors.location(15998, "FieldPath field names may not be empty strings.");
            }
            if (part.startsWith("$")) {
                throw Errors.location(16410, "FieldPath field names may not start with '$'. Consider using $getField or $setField.");
            }
        }
    }

    /** An operator's arguments: an array of expressions, or one expression. */
    static List<Expression> args(BsonValue arg) {
        List<Expression> out = new ArrayList<>();
        if (arg instanceof BsonArray arr) {
            arr.forEach(v -> out.add(parse(v)));
        } else {
            out.add(parse(arg));
        }
        return out;
    }

    static List<Expression> args(String op, BsonValue arg, int min, int max) {
        List<Expression> out = args(arg);
        if (out.size() < min || out.size() > max) {
            throw Errors.location(16020, "Expression " + op + " takes " + (min == max ? "exactly " + min
                    : "at least " + min) + " arguments. " + out.size() + " were passed in.");
        }
        return out;
    }

    /** Named arguments of {@code {$op: {input: ..., as: ...}}} operators. */
    static BsonDocument named(String op, BsonValue arg, List<String> required, List<String> allowed) {
        if (!(arg instanceof BsonDocument doc)) {
            throw Errors.location(28646, op + " only supports an object as its argument");
        }
        for (String k : doc.keySet()) {
            if (!allowed.contains(k)) {
                throw Errors.location(28647, op + " found an unknown argument: " + k);
            }
        }
        for (String k : required) {
            if (!doc.containsKey(k)) {
                throw Errors.location(28648, "Missing '" + k + "' parameter to " + op);
            }
        }
        return doc;
    }

    static boolean truthy(BsonValue v) {
        if (v == null || v.isNull() || v.getBsonType() == org.bson.BsonType.UNDEFINED) {
            return false;
        }
        if (v.isBoolean()) {
            return v.asBoolean().getValue();
        }
        if (v.isNumber() || v.isDecimal128()) {
            return vn.tdkt.embeddedmongo.query.BsonOrder.compare(v, new org.bson.BsonInt32(0)) != 0;
        }
        return true;
    }

    static boolean nullish(BsonValue v) {
        return v == null || v.isNull() || v.getBsonType() == org.bson.BsonType.UNDEFINED;
    }
}
