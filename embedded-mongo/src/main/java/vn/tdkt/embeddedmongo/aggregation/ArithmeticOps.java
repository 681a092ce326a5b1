package vn.tdkt.embeddedmongo.aggregation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bson.BsonDateTime;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonValue;

/** $add $subtract $multiply $divide $mod $abs: null or missing operands give null. */
final class ArithmeticOps {

    private ArithmeticOps() {
    }

    static void register(Map<String, Function<BsonValue, Expression>> ops) {
        ops.put("$add", ArithmeticOps::add);
        ops.put("$multiply", ArithmeticOps::multiply);
        ops.put("$subtract", arg -> binary("$subtract", arg, ArithmeticOps::subtract));
        ops.put("$divide", arg -> binary("$divide", arg, (a, b) -> {
            requireNumbers(16609, "$divide", a, b);
            if (Numbers.isZero(b)) {
                throw Errors.location(16608, "can't $divide by zero");
            }
            return Numbers.divide(a, b);
        }));
        ops.put("$mod", arg -> binary("$mod", arg, (a, b) -> {
            requireNumbers(16611, "$mod", a, b);
            if (Numbers.isZero(b)) {
                throw Errors.location(16610, "can't $mod by zero");
            }
            return Numbers.mod(a, b);
        }));
        unaryMath(ops, "$ceil", Math::ceil, 28765);
        unaryMath(ops, "$floor", Math::floor, 28765);
        unaryMath(ops, "$sqrt", Math::sqrt, 28765);
        unaryMath(ops, "$exp", Math::exp, 28765);
        unaryMath(ops, "$ln", Math::log, 28765);
        unaryMath(ops, "$log10", Math::log10, 28765);
        ops.put("$round", arg -> rounding("$round", arg, true));
        ops.put("$trunc", arg -> rounding("$trunc", arg, false));
        ops.put("$pow", arg -> binary("$pow", arg, (a, b) -> {
            requireNumbers(28762, "$pow", a, b);
            double r = Math.pow(Numbers.toDouble(a), Numbers.toDouble(b));
            boolean integral = (a.isInt32() || a.isInt64()) && (b.isInt32() || b.isInt64()) && Numbers.toDouble(b) >= 0;
            if (integral && Math.abs(r) < 9.007199254740992E15) {
                return a.isInt32() && b.isInt32() && r == (int) r ? new BsonInt32((int) r) : new BsonInt64((long) r);
            }
            return new org.bson.BsonDouble(r);
        }));
        ops.put("$sum", arg -> listAccumulator(arg, Accumulator.Sum::new));
        ops.put("$avg", arg -> listAccumulator(arg, Accumulator.Avg::new));
        ops.put("$min", arg -> listAccumulator(arg, () -> new Accumulator.Extreme(-1)));
        ops.put("$max", arg -> listAccumulator(arg, () -> new Accumulator.Extreme(1)));
        ops.put("$abs", arg -> {
            Expression e = Expressions.args("$abs", arg, 1, 1).get(0);
            return vars -> {
                BsonValue v = e.evaluate(vars);
                if (Expressions.nullish(v)) {
                    return BsonNull.VALUE;
                }
                if (!Numbers.isNumber(v)) {
                    throw Errors.location(28765, "$abs only supports numeric types, not " + TypeOps.typeName(v));
                }
                return Numbers.isNegative(v) ? Numbers.negate(v) : v;
            };
        });
    }

    /** Math on one number: integers stay integers for $ceil/$floor; the rest give doubles. */
    private static void unaryMath(Map<String, Function<BsonValue, Expression>> ops, String name,
                                  java.util.function.DoubleUnaryOperator f, int code) {
        ops.put(name, arg -> {
            Expression e = Expressions.args(name, arg, 1, 1).get(0);
            return vars -> {
                BsonValue v = e.evaluate(vars);
                if (Expressions.nullish(v)) {
                    return BsonNull.VALUE;
                }
                if (!Numbers.isNumber(v)) {
                    throw Errors.location(code, name + " only supports numeric types, not " + TypeOps.typeName(v));
                }
                if ((v.isInt32() || v.isInt64()) && (name.equals("$ceil") || name.equals("$floor"))) {
                    return v;
                }
                return new org.bson.BsonDouble(f.applyAsDouble(Numbers.toDouble(v)));
            };
        });
    }

    /** $round (half to even, as the server) and $trunc to a number of decimal places (default 0). */
    private static Expression rounding(String name, BsonValue arg, boolean round) {
        List<Expression> args = Expressions.args(name, arg, 1, 2);
        return vars -> {
            BsonValue v = args.get(0).evaluate(vars);
            BsonValue placesV = args.size() > 1 ? args.get(1).evaluate(vars) : new BsonInt32(0);
            if (Expressions.nullish(v) || Expressions.nullish(placesV)) {
                return BsonNull.VALUE;
            }
            if (!Numbers.isNumber(v)) {
                throw Errors.location(51081, name + " only supports numeric types, not " + TypeOps.typeName(v));
            }
            int places = (int) Numbers.toDouble(placesV);
            if (places < -20 || places > 100) {
                throw Errors.location(51083, "cannot apply " + name + " with precision value " + places
                        + " value must be in [-20, 100]");
            }
            java.math.RoundingMode mode = round ? java.math.RoundingMode.HALF_EVEN : java.math.RoundingMode.DOWN;
            java.math.BigDecimal r = Numbers.toBig(v).setScale(places, mode);
            return switch (v.getBsonType()) {
                case INT32 -> new BsonInt32(r.intValue());
                case INT64 -> new BsonInt64(r.longValue());
                case DECIMAL128 -> new org.bson.BsonDecimal128(new org.bson.types.Decimal128(r));
                default -> Double.isFinite(Numbers.toDouble(v)) ? new org.bson.BsonDouble(r.doubleValue()) : v;
            };
        };
    }

    /**
     * $sum/$avg/$min/$max as expressions: over the elements of a single array argument, or over
     * several arguments.
     */
    private static Expression listAccumulator(BsonValue arg, java.util.function.Supplier<Accumulator> factory) {
        List<Expression> args = Expressions.args(arg);
        return vars -> {
            Accumulator acc = factory.get();
            if (args.size() == 1) {
                BsonValue v = args.get(0).evaluate(vars);
                if (v != null && v.isArray()) {
                    v.asArray().forEach(acc::add);
                } else {
                    acc.add(v);
                }
            } else {
                args.forEach(e -> acc.add(e.evaluate(vars)));
            }
            return acc.result();
        };
    }

    private static Expression add(BsonValue arg) {
        List<Expression> args = Expressions.args(arg);
        return vars -> {
            BsonValue sum = new BsonInt32(0);
            Long date = null;
            for (Expression e : args) {
                BsonValue v = e.evaluate(vars);
                if (Expressions.nullish(v)) {
                    return BsonNull.VALUE;
                }
                if (v.isDateTime()) {
                    if (date != null) {
                        throw Errors.location(16612, "only one date allowed in an $add expression");
                    }
                    date = v.asDateTime().getValue();
                } else if (Numbers.isNumber(v)) {
                    sum = Numbers.add(sum, v);
                } else {
                    throw Errors.location(16554, "$add only supports numeric or date types, not " + TypeOps.typeName(v));
                }
            }
            return date == null ? sum : new BsonDateTime(date + Math.round(Numbers.toDouble(sum)));
        };
    }

    private static Expression multiply(BsonValue arg) {
        List<Expression> args = Expressions.args(arg);
        return vars -> {
            BsonValue product = new BsonInt32(1);
            for (Expression e : args) {
                BsonValue v = e.evaluate(vars);
                if (Expressions.nullish(v)) {
                    return BsonNull.VALUE;
                }
                if (!Numbers.isNumber(v)) {
                    throw Errors.location(16555, "$multiply only supports numeric types, not " + TypeOps.typeName(v));
                }
                product = Numbers.multiply(product, v);
            }
            return product;
        };
    }

    private static BsonValue subtract(BsonValue a, BsonValue b) {
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            return Numbers.subtract(a, b);
        }
        if (a.isDateTime() && b.isDateTime()) {
            return new BsonInt64(a.asDateTime().getValue() - b.asDateTime().getValue());
        }
        if (a.isDateTime() && Numbers.isNumber(b)) {
            return new BsonDateTime(a.asDateTime().getValue() - Math.round(Numbers.toDouble(b)));
        }
        throw Errors.location(16556, "can't $subtract " + TypeOps.typeName(b) + " from " + TypeOps.typeName(a));
    }

    static void requireNumbers(int code, String op, BsonValue a, BsonValue b) {
        if (!Numbers.isNumber(a) || !Numbers.isNumber(b)) {
            throw Errors.location(code, op + " only supports numeric types, not " + TypeOps.typeName(a)
                    + " and " + TypeOps.typeName(b));
        }
    }

    /** A two-argument operator whose result is null when either operand is null or missing. */
    static Expression binary(String op, BsonValue arg, java.util.function.BinaryOperator<BsonValue> f) {
        List<Expression> args = Expressions.args(op, arg, 2, 2);
        return vars -> {
            BsonValue a = args.get(0).evaluate(vars);
            BsonValue b = args.get(1).evaluate(vars);
            if (Expressions.nullish(a) || Expressions.nullish(b)) {
                return BsonNull.VALUE;
            }
            return f.apply(a, b);
        };
    }
}
