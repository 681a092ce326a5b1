package vn.tdkt.embeddedmongo.update;

import java.math.BigDecimal;
import java.math.MathContext;
import org.bson.BsonDecimal128;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.types.Decimal128;

/**
 * $inc/$mul arithmetic with MongoDB's type promotion: the result has the wider type of the two
 * (int < long < double < decimal); int overflow widens to long; long overflow is an error
 * ({@code null} here), as the server refuses it.
 */
final class Arith {

    private Arith() {
    }

    static boolean isNumber(BsonValue v) {
        return v != null && (v.isNumber() || v.isDecimal128());
    }

    static BsonValue add(BsonValue a, BsonValue b) {
        return combine(a, b, true);
    }

    static BsonValue multiply(BsonValue a, BsonValue b) {
        return combine(a, b, false);
    }

    private static BsonValue combine(BsonValue a, BsonValue b, boolean add) {
        BsonType wide = wider(a.getBsonType(), b.getBsonType());
        switch (wide) {
            case DECIMAL128 -> {
                BigDecimal x = decimal(a);
                BigDecimal y = decimal(b);
                if (x == null || y == null) {
                    return new BsonDecimal128(Decimal128.NaN);
                }
                BigDecimal r = add ? x.add(y) : x.multiply(y);
                return new BsonDecimal128(new Decimal128(r.round(MathContext.DECIMAL128)));
            }
            case DOUBLE -> {
                double x = a.asNumber().doubleValue();
                double y = b.asNumber().doubleValue();
                return new BsonDouble(add ? x + y : x * y);
            }
            case INT64 -> {
                long x = a.asNumber().longValue();
                long y = b.asNumber().longValue();
                try {
                    return new BsonInt64(add ? Math.addExact(x, y) : Math.multiplyExact(x, y));
                } catch (ArithmeticException overflow) {
                    return null;
                }
            }
            default -> {
                long r = add ? (long) a.asInt32().getValue() + b.asInt32().getValue()
                        : (long) a.asInt32().getValue() * b.asInt32().getValue();
                return r == (int) r ? new BsonInt32((int) r) : new BsonInt64(r);
            }
        }
    }

    /** Zero of the type $mul gives a missing field: the argument's type. */
    static BsonValue zeroLike(BsonValue v) {
        return switch (v.getBsonType()) {
            case INT64 -> new BsonInt64(0);
            case DOUBLE -> new BsonDouble(0);
            case DECIMAL128 -> new BsonDecimal128(Decimal128.parse("0"));
            default -> new BsonInt32(0);
        };
    }

    private static BsonType wider(BsonType a, BsonType b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(BsonType t) {
        return switch (t) {
            case INT32 -> 0;
            case INT64 -> 1;
            case DOUBLE -> 2;
            default -> 3;
        };
    }

    private static BigDecimal decimal(BsonValue v) {
        return switch (v.getBsonType()) {
            case DECIMAL128 -> {
                Decimal128 d = v.asDecimal128().getValue();
                yield d.isNaN() || d.isInfinite() ? null : d.isNegative() && d.toString().matches("-0.*") ? BigDecimal.ZERO : d.bigDecimalValue();
            }
            case DOUBLE -> Double.isFinite(v.asDouble().getValue()) ? new BigDecimal(Double.toString(v.asDouble().getValue())) : null;
            default -> BigDecimal.valueOf(v.asNumber().longValue());
        };
    }
}
