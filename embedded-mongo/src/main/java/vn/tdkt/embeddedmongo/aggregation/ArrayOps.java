package vn.tdkt.embeddedmongo.aggregation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.query.BsonOrder;

/** Array operators: $size $arrayElemAt $in $filter $map $isArray $concatArrays $first $last. */
final class ArrayOps {

    private ArrayOps() {
    }

    static void register(Map<String, Function<BsonValue, Expression>> ops) {
        ops.put("$size", arg -> {
            Expression e = Expressions.args("$size", arg, 1, 1).get(0);
            return vars -> {
                BsonValue v = e.evaluate(vars);
                if (v == null || !v.isArray()) {
                    throw Errors.location(17124, "The argument to $size must be an array. Type of argument: "
                            + TypeOps.typeName(v));
                }
                return new BsonInt32(v.asArray().size());
            };
        });
        ops.put("$arrayElemAt", arg -> {
            List<Expression> args = Expressions.args("$arrayElemAt", arg, 2, 2);
            return vars -> {
                BsonValue arr = args.get(0).evaluate(vars);
                BsonValue idx = args.get(1).evaluate(vars);
                if (Expressions.nullish(arr) || Expressions.nullish(idx)) {
                    return BsonNull.VALUE;
                }
                if (!arr.isArray()) {
                    throw Errors.location(28689, "$arrayElemAt's first argument must be an array, but is "
                            + TypeOps.typeName(arr));
                }
                if (!Numbers.isNumber(idx)) {
                    throw Errors.location(28690, "$arrayElemAt's second argument must be a numeric value, but is "
                            + TypeOps.typeName(idx));
                }
                double d = Numbers.toDouble(idx);
                if (d != Math.rint(d) || d > Integer.MAX_VALUE || d < Integer.MIN_VALUE) {
                    throw Errors.location(28691, "$arrayElemAt's second argument must be representable as a 32-bit integer: " + idx);
                }
                return element(arr.asArray(), (int) d);
            };
        });
        ops.put("$first", arg -> edge("$first", arg, true));
        ops.put("$last", arg -> edge("$last", arg, false));
        ops.put("$in", arg -> {
            List<Expression> args = Expressions.args("$in", arg, 2, 2);
            return vars -> {
                BsonValue v = args.get(0).evaluate(vars);
                BsonValue arr = args.get(1).evaluate(vars);
                if (arr == null || !arr.isArray()) {
                    throw Errors.location(40081, "$in requires an array as a second argument, found: " + TypeOps.typeName(arr));
                }
                return BsonBoolean.valueOf(v != null && arr.asArray().stream().anyMatch(e -> BsonOrder.equal(e, v)));
            };
        });
        ops.put("$isArray", arg -> {
            Expression e = Expressions.args("$isArray", arg, 1, 1).get(0);
            return vars -> {
                BsonValue v = e.evaluate(vars);
                return BsonBoolean.valueOf(v != null && v.isArray());
            };
        });
        ops.put("$concatArrays", arg -> {
            List<Expression> args = Expressions.args(arg);
            return vars -> {
                BsonArray out = new BsonArray();
                for (Expression e : args) {
                    BsonValue v = e.evaluate(vars);
                    if (Expressions.nullish(v)) {
                        return BsonNull.VALUE;
                    }
                    if (!v.isArray()) {
                        throw Errors.location(28664, "$concatArrays only supports arrays, not " + TypeOps.typeName(v));
                    }
                    out.addAll(v.asArray());
                }
                return out;
            };
        });
        ops.put("$filter", ArrayOps::filter);
        ops.put("$reduce", ArrayOps::reduce);
        ops.put("$reverseArray", arg -> {
            Expression e = Expressions.args("$reverseArray", arg, 1, 1).get(0);
            return vars -> {
                BsonValue v = e.evaluate(vars);
                if (Expressions.nullish(v)) {
                    return BsonNull.VALUE;
                }
                if (!v.isArray()) {
                    throw Errors.location(34435, "The argument to $reverseArray must be an array, but was of type: "
                            + TypeOps.typeName(v));
                }
                BsonArray out = new BsonArray(new java.util.ArrayList<>(v.asArray()));
                java.util.Collections.reverse(out);
                return out;
            };
        });
        ops.put("$slice", arg -> {
            List<Expression> args = Expressions.args("$slice", arg, 2, 3);
            return vars -> {
                BsonValue v = args.get(0).evaluate(vars);
                if (Expressions.nullish(v)) {
                    return BsonNull.VALUE;
                }
                if (!v.isArray()) {
                    throw Errors.location(28724, "First argument to $slice must be an array, but is of type: "
                            + TypeOps.typeName(v));
                }
                BsonArray arr = v.asArray();
                int n = arr.size();
                long first = (long) Numbers.toDouble(args.get(1).evaluate(vars));
                int from;
                int to;
                if (args.size() == 2) {
                    from = first >= 0 ? 0 : (int) Math.max(0, n + first);
                    to = first >= 0 ? (int) Math.min(n, first) : n;
                } else {
                    long count = (long) Numbers.toDouble(args.get(2).evaluate(vars));
                    if (count <= 0) {
                        throw Errors.location(28729, "Third argument to $slice must be positive: " + count);
                    }
                    from = first >= 0 ? (int) Math.min(n, first) : (int) Math.max(0, n + first);
                    to = (int) Math.min(n, from + count);
                }
                return new BsonArray(new java.util.ArrayList<>(arr.subList(from, to)));
            };
        });
        ops.put("$range", arg -> {
            List<Expression> args = Expressions.args("$range", arg, 2, 3);
            return vars -> {
                long start = (long) Numbers.toDouble(args.get(0).evaluate(vars));
                long end = (long) Numbers.toDouble(args.get(1).evaluate(vars));
                long step = args.size() > 2 ? (long) Numbers.toDouble(args.get(2).evaluate(vars)) : 1;
                if (step == 0) {
                    throw Errors.location(34449, "$range requires a non-zero step value");
                }
                BsonArray out = new BsonArray();
                for (long i = start; step > 0 ? i < end : i > end; i += step) {
                    out.add(new BsonInt32((int) i));
                }
                return out;
            };
        });
        ops.put("$mergeObjects", arg -> {
            List<Expression> args = Expressions.args(arg);
            return vars -> {
                BsonDocument out = new BsonDocument();
                for (Expression e : args) {
                    BsonValue v = e.evaluate(vars);
                    if (Expressions.nullish(v)) {
                        continue;
                    }
                    if (!v.isDocument()) {
                        throw Errors.location(40400, "$mergeObjects requires object inputs, but input " + v
                                + " is of type " + TypeOps.typeName(v));
                    }
                    out.putAll(v.asDocument());
                }
                return out;
            };
        });
        ops.put("$map", ArrayOps::map);
    }

    private static BsonValue element(BsonArray arr, int i) {
        int index = i < 0 ? arr.size() + i : i;
        return index >= 0 && index < arr.size() ? arr.get(index) : null;
    }

    private static Expression edge(String op, BsonValue arg, boolean first) {
        Expression e = Expressions.args(op, arg, 1, 1).get(0);
        return vars -> {
            BsonValue v = e.evaluate(vars);
            if (Expressions.nullish(v)) {
                return BsonNull.VALUE;
            }
            if (!v.isArray()) {
                throw Errors.location(28689, op + "'s argument must be an array, but is " + TypeOps.typeName(v));
            }
            return element(v.asArray(), first ? 0 : -1);
        };
    }

    private static String variableName(BsonDocument spec) {
        if (!spec.containsKey("as")) {
            return "this";
        }
        BsonValue as = spec.get("as");
        if (!as.isString() || as.asString().getValue().isEmpty()) {
            throw Errors.location(16866, "empty variable names are not allowed");
        }
        return as.asString().getValue();
    }

    private static Expression filter(BsonValue arg) {
        BsonDocument spec = Expressions.named("$filter", arg, List.of("input", "cond"), List.of("input", "as", "cond", "limit"));
        Expression input = Expressions.parse(spec.get("input"));
        Expression cond = Expressions.parse(spec.get("cond"));
        Expression limit = spec.containsKey("limit") ? Expressions.parse(spec.get("limit")) : null;
        String name = variableName(spec);
        return vars -> {
            BsonValue in = input.evaluate(vars);
            if (Expressions.nullish(in)) {
                return BsonNull.VALUE;
            }
            if (!in.isArray()) {
                throw Errors.location(28651, "input to $filter must be an array not " + TypeOps.typeName(in));
            }
            long max = Long.MAX_VALUE;
            if (limit != null) {
                BsonValue l = limit.evaluate(vars);
                if (!Expressions.nullish(l)) {
                    if (!Numbers.isNumber(l) || Numbers.toDouble(l) < 1) {
                        throw Errors.location(327391, "$filter: limit must be greater than 0: " + l);
                    }
                    max = (long) Numbers.toDouble(l);
                }
            }
            BsonArray out = new BsonArray();
            for (BsonValue e : in.asArray()) {
                if (out.size() >= max) {
                    break;
                }
                if (Expressions.truthy(cond.evaluate(vars.with(name, e)))) {
                    out.add(e);
                }
            }
            return out;
        };
    }

    /** $reduce: folds {@code in} over the array with {@code $$value} (the running result) and {@code $$this}. */
    private static Expression reduce(BsonValue arg) {
        BsonDocument spec = Expressions.named("$reduce", arg, List.of("input", "initialValue", "in"),
                List.of("input", "initialValue", "in"));
        Expression input = Expressions.parse(spec.get("input"));
        Expression initial = Expressions.parse(spec.get("initialValue"));
        Expression in = Expressions.parse(spec.get("in"));
        return vars -> {
            BsonValue v = input.evaluate(vars);
            if (Expressions.nullish(v)) {
                return BsonNull.VALUE;
            }
            if (!v.isArray()) {
                throw Errors.location(40080, "$reduce requires that 'input' be an array, found: " + TypeOps.typeName(v));
            }
            BsonValue acc = initial.evaluate(vars);
            for (BsonValue e : v.asArray()) {
                acc = in.evaluate(vars.with("value", acc).with("this", e));
            }
            return acc;
        };
    }

    private static Expression map(BsonValue arg) {
        BsonDocument spec = Expressions.named("$map", arg, List.of("input", "in"), List.of("input", "as", "in"));
        Expression input = Expressions.parse(spec.get("input"));
        Expression in = Expressions.parse(spec.get("in"));
        String name = variableName(spec);
        return vars -> {
            BsonValue v = input.evaluate(vars);
            if (Expressions.nullish(v)) {
                return BsonNull.VALUE;
            }
            if (!v.isArray()) {
                throw Errors.location(16883, "input to $map must be an array not " + TypeOps.typeName(v));
            }
            BsonArray out = new BsonArray();
            for (BsonValue e : v.asArray()) {
                BsonValue r = in.evaluate(vars.with(name, e));
                out.add(r == null ? BsonNull.VALUE : r);
            }
            return out;
        };
    }
}
