package vn.tdkt.embeddedmongo.aggregation;

import java.math.BigDecimal;
import java.math.MathContext;
import org.bson.BsonDecimal128;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonValue;
import org.bson.types.Decimal128;

/**
 * Aggregation arithmetic: the result takes the widest operand type (int < long < double <
 * decimal); int overflow widens to long and long overflow to double, as the server does.
 */
final class Numbers {

    private Numbers() {
    }

    static boolean isNumber(BsonValue v) {
        return v != null && (v.isNumber() || v.isDecimal128());
    }

    static int rank(BsonValue v) {
        return switch (v.getBsonType()) {
            case INT32 -> 0;
            case INT64 -> 1;
            case DOUBLE -> 2;
            default -> 3;
        };
    }

    static BsonValue add(BsonValue a, BsonValue b) {
        int r = Math.max(rank(a), rank(b));
        return switch (r) {
            case 0, 1 -> {
                long x = a.asNumber().longValue();
                long y = b.asNumber().longValue();
                long sum = x + y;
                if (((x ^ sum) & (y ^ sum)) < 0) {
                    yield new BsonDouble((double) x + (double) y);
                }
                yield integral(sum, r);
            }
            case 2 -> new BsonDouble(a.asNumber().doubleValue() + b.asNumber().doubleValue());
            default -> decimal(toBig(a).add(toBig(b)));
        };
    }

    static BsonValue subtract(BsonValue a, BsonValue b) {
        return add(a, negate(b));
    }

    static BsonValue multiply(BsonValue a, BsonValue b) {
        int r = Math.max(rank(a), rank(b));
        return switch (r) {
            case 0, 1 -> {
                long x = a.asNumber().longValue();
                long y = b.asNumber().longValue();
                long hi = Math.multiplyHigh(x, y);
                long lo = x * y;
                if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) {
                    yield new BsonDouble((double) x * (double) y);
                }
                yield integral(lo, r);
            }
            case 2 -> new BsonDouble(a.asNumber().doubleValue() * b.asNumber().doubleValue());
            default -> decimal(toBig(a).multiply(toBig(b)));
        };
    }

    /** Division always gives a double, or a decimal when either operand is one. */
    static BsonValue divide(BsonValue a, BsonValue b) {
        if (a.isDecimal128() || b.isDecimal128()) {
            return decimal(toBig(a).divide(toBig(b), MathContext.DECIMAL128));
        }
        return new BsonDouble(a.asNumber().doubleValue() / b.asNumber().doubleValue());
    }

    static BsonValue mod(BsonValue a, BsonValue b) {
        int r = Math.max(rank(a), rank(b));
        return switch (r) {
            case 0, 1 -> integral(a.asNumber().longValue() % b.asNumber().longValue(), r);
            case 2 -> new BsonDouble(a.asNumber().doubleValue() % b.asNumber().doubleValue());
            default -> decimal(toBig(a).remainder(toBig(b)));
        };
    }

    static BsonValue negate(BsonValue v) {
        return switch (v.getBsonType()) {
            case INT32 -> v.asInt32().getValue() == Integer.MIN_VALUE
                    ? new BsonInt64(-(long) Integer.MIN_VALUE) : new BsonInt32(-v.asInt32().getValue());
            case INT64 -> v.asInt64().getValue() == Long.MIN_VALUE
                    ? new BsonDouble(-(double) Long.MIN_VALUE) : new BsonInt64(-v.asInt64().getValue());
            case DOUBLE -> new BsonDouble(-v.asDouble().getValue());
            default -> new BsonDecimal128(Decimal128.parse(negateText(v.asDecimal128().getValue().toString())));
        };
    }

    static boolean isZero(BsonValue v) {
        return vn.tdkt.embeddedmongo.query.BsonOrder.compare(v, new BsonInt32(0)) == 0;
    }

    static boolean isNegative(BsonValue v) {
        return vn.tdkt.embeddedmongo.query.BsonOrder.compare(v, new BsonInt32(0)) < 0;
    }

    private static String negateText(String s) {
        return s.startsWith("-") ? s.substring(1) : "-" + s;
    }

    private static BsonValue integral(long v, int rank) {
        return rank == 0 && v == (int) v ? new BsonInt32((int) v) : new BsonInt64(v);
    }

    static BigDecimal toBig(BsonValue v) {
        return switch (v.getBsonType()) {
            case DECIMAL128 -> {
                try {
                    yield v.asDecimal128().getValue().bigDecimalValue();
                } catch (ArithmeticException e) {
                    yield BigDecimal.ZERO;
                }
            }
            case DOUBLE -> new BigDecimal(Double.toString(v.asDouble().getValue()));
            default -> BigDecimal.valueOf(v.asNumber().longValue());
        };
    }

    private static BsonValue decimal(BigDecimal v) {
        return new BsonDecimal128(new Decimal128(v.round(MathContext.DECIMAL128)));
    }

    static double toDouble(BsonValue v) {
        return v.isDecimal128() ? v.asDecimal128().getValue().doubleValue() : v.asNumber().doubleValue();
    }
}
