package vn.tdkt.embeddedmongo.aggregation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.query.BsonOrder;

/** Comparison ($eq ... $cmp), boolean ($and $or $not) and conditional ($cond $ifNull) operators. */
final class LogicOps {

    private LogicOps() {
    }

    static void register(Map<String, Function<BsonValue, Expression>> ops) {
        compare(ops, "$eq", c -> c == 0);
        compare(ops, "$ne", c -> c != 0);
        compare(ops, "$gt", c -> c > 0);
        compare(ops, "$gte", c -> c >= 0);
        compare(ops, "$lt", c -> c < 0);
        compare(ops, "$lte", c -> c <= 0);
        ops.put("$cmp", arg -> {
            List<Expression> args = Expressions.args("$cmp", arg, 2, 2);
            return vars -> new BsonInt32(Integer.signum(compare(args.get(0).evaluate(vars), args.get(1).evaluate(vars))));
        });
        ops.put("$and", arg -> {
            List<Expression> args = Expressions.args(arg);
            return vars -> BsonBoolean.valueOf(args.stream().allMatch(e -> Expressions.truthy(e.evaluate(vars))));
        });
        ops.put("$or", arg -> {
            List<Expression> args = Expressions.args(arg);
            return vars -> BsonBoolean.valueOf(args.stream().anyMatch(e -> Expressions.truthy(e.evaluate(vars))));
        });
        ops.put("$not", arg -> {
            Expression e = Expressions.args("$not", arg, 1, 1).get(0);
            return vars -> BsonBoolean.valueOf(!Expressions.truthy(e.evaluate(vars)));
        });
        ops.put("$cond", LogicOps::cond);
        ops.put("$switch", LogicOps::switchCase);
        ops.put("$let", LogicOps::let);
        ops.put("$ifNull", arg -> {
            List<Expression> args = Expressions.args("$ifNull", arg, 2, Integer.MAX_VALUE);
            return vars -> {
                for (int i = 0; i < args.size() - 1; i++) {
                    BsonValue v = args.get(i).evaluate(vars);
                    if (!Expressions.nullish(v)) {
                        return v;
                    }
                }
                return args.get(args.size() - 1).evaluate(vars);
            };
        });
    }

    /** Aggregation comparison: the BSON order, with missing below null (so missing != null). */
    static int compare(BsonValue a, BsonValue b) {
        if (a == null || b == null) {
            return Boolean.compare(a != null, b != null);
        }
        return BsonOrder.compare(a, b);
    }

    private static void compare(Map<String, Function<BsonValue, Expression>> ops, String name, IntPredicate test) {
        ops.put(name, arg -> {
            List<Expression> args = Expressions.args(name, arg, 2, 2);
            return vars -> BsonBoolean.valueOf(test.test(compare(args.get(0).evaluate(vars), args.get(1).evaluate(vars))));
        });
    }

    private static Expression cond(BsonValue arg) {
        Expression ifE;
        Expression thenE;
        Expression elseE;
        if (arg instanceof BsonDocument doc) {
            for (String k : doc.keySet()) {
                if (!List.of("if", "then", "else").contains(k)) {
                    throw Errors.location(17083, "Unrecognized parameter to $cond: " + k);
                }
            }
            for (String k : List.of("if", "then", "else")) {
                if (!doc.containsKey(k)) {
                    throw Errors.location(17080 + List.of("if", "then", "else").indexOf(k), "Missing '" + k + "' parameter to $cond");
                }
            }
            ifE = Expressions.parse(doc.get("if"));
            thenE = Expressions.parse(doc.get("then"));
            elseE = Expressions.parse(doc.get("else"));
        } else {
            List<Expression> args = Expressions.args("$cond", arg, 3, 3);
            ifE = args.get(0);
            thenE = args.get(1);
            elseE = args.get(2);
        }
        return vars -> Expressions.truthy(ifE.evaluate(vars)) ? thenE.evaluate(vars) : elseE.evaluate(vars);
    }

    private static Expression switchCase(BsonValue arg) {
        BsonDocument spec = Expressions.named("$switch", arg, List.of("branches"), List.of("branches", "default"));
        if (!spec.get("branches").isArray()) {
            throw Errors.location(40061, "$switch expected an array for 'branches', found: "
                    + TypeOps.typeName(spec.get("branches")));
        }
        List<Expression[]> branches = new java.util.ArrayList<>();
        for (BsonValue b : spec.getArray("branches")) {
            if (!(b instanceof BsonDocument branch)) {
                throw Errors.location(40062, "$switch expected each branch to be an object, found: " + TypeOps.typeName(b));
            }
            if (!branch.containsKey("case")) {
                throw Errors.location(40064, "$switch requires each branch have a 'case' expression");
            }
            if (!branch.containsKey("then")) {
                throw Errors.location(40065, "$switch requires each branch have a 'then' expression.");
            }
            branches.add(new Expression[] {Expressions.parse(branch.get("case")), Expressions.parse(branch.get("then"))});
        }
        Expression otherwise = spec.containsKey("default") ? Expressions.parse(spec.get("default")) : null;
        return vars -> {
            for (Expression[] b : branches) {
                if (Expressions.truthy(b[0].evaluate(vars))) {
                    return b[1].evaluate(vars);
                }
            }
            if (otherwise == null) {
                throw Errors.location(40066, "$switch could not find a matching branch for an input, and no default was specified.");
            }
            return otherwise.evaluate(vars);
        };
    }

    /** $let: variables are evaluated in the outer scope, then {@code in} sees them. */
    private static Expression let(BsonValue arg) {
        BsonDocument spec = Expressions.named("$let", arg, List.of("vars", "in"), List.of("vars", "in"));
        if (!(spec.get("vars") instanceof BsonDocument varSpec)) {
            throw Errors.location(10065, "invalid parameter: expected an object (vars)");
        }
        Map<String, Expression> bindings = new java.util.LinkedHashMap<>();
        varSpec.forEach((name, e) -> bindings.put(name, Expressions.parse(e)));
        Expression in = Expressions.parse(spec.get("in"));
        return vars -> {
            Vars scope = vars;
            for (Map.Entry<String, Expression> b : bindings.entrySet()) {
                scope = scope.with(b.getKey(), b.getValue().evaluate(vars));
            }
            return in.evaluate(scope);
        };
    }
}
