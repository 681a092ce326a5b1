package vn.tdkt.embeddedmongo.query;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import org.bson.BsonBinary;
import org.bson.BsonDbPointer;
import org.bson.BsonDocument;
import org.bson.BsonJavaScriptWithScope;
import org.bson.BsonRegularExpression;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.types.Decimal128;

/**
 * MongoDB's comparison/sort order of BSON values across types (MinKey < null < numbers < strings <
 * documents < arrays < binary < ObjectId < boolean < date < timestamp < regex < MaxKey), with int,
 * long, double and decimal compared as numbers. Missing values are passed as {@code null} and sort
 * like BSON null.
 *
 * <p>Details follow the server: undefined sorts just below null (it is the sort key of an empty
 * array); NaN is equal to NaN and below every other number; -0 equals 0; strings and symbols compare
 * by UTF-8 bytes (the "simple" collation); documents compare element by element (type bracket, then
 * field name, then value) and a shorter prefix sorts first; arrays likewise; binary compares length,
 * then subtype, then bytes; timestamps compare as unsigned.
 */
public final class BsonOrder {

    public static final Comparator<BsonValue> COMPARATOR = BsonOrder::compare;

    private BsonOrder() {
    }

    /** Negative, zero or positive as {@code a} sorts before, equal to or after {@code b}. */
    public static int compare(BsonValue a, BsonValue b) {
        int ta = bracket(a);
        int tb = bracket(b);
        if (ta != tb) {
            return Integer.compare(ta, tb);
        }
        if (a == null || b == null) {
            return 0; // both null/missing
        }
        return switch (a.getBsonType()) {
            case MIN_KEY, MAX_KEY, NULL, UNDEFINED -> 0;
            case INT32, INT64, DOUBLE, DECIMAL128 -> Numbers.compare(a, b);
            case STRING, SYMBOL -> compareUtf8(stringOf(a), stringOf(b));
            case DOCUMENT -> compareDocuments(a.asDocument(), b.asDocument());
            case ARRAY -> compareArrays(a.asArray(), b.asArray());
            case BINARY -> compareBinary(a.asBinary(), b.asBinary());
            case OBJECT_ID -> a.asObjectId().getValue().compareTo(b.asObjectId().getValue());
            case BOOLEAN -> Boolean.compare(a.asBoolean().getValue(), b.asBoolean().getValue());
            case DATE_TIME -> Long.compare(a.asDateTime().getValue(), b.asDateTime().getValue());
            case TIMESTAMP -> Long.compareUnsigned(a.asTimestamp().getValue(), b.asTimestamp().getValue());
            case REGULAR_EXPRESSION -> compareRegex(a.asRegularExpression(), b.asRegularExpression());
            case DB_POINTER -> compareDbPointer(a.asDBPointer(), b.asDBPointer());
            case JAVASCRIPT -> compareUtf8(a.asJavaScript().getCode(), b.asJavaScript().getCode());
            case JAVASCRIPT_WITH_SCOPE -> compareCodeWithScope(a.asJavaScriptWithScope(), b.asJavaScriptWithScope());
            default -> 0;
        };
    }

    /** Equality as $eq uses it: numbers equal across numeric types, documents field by field in order. */
    public static boolean equal(BsonValue a, BsonValue b) {
        return compare(a, b) == 0;
    }

    /**
     * The canonical type bracket the server sorts by first; values in different brackets never
     * compare equal and query comparison operators only match within one bracket. {@code null} (a
     * missing value) is in the null bracket.
     */
    public static int bracket(BsonValue v) {
        if (v == null) {
            return 5;
        }
        return switch (v.getBsonType()) {
            case MIN_KEY -> -1;
            case UNDEFINED -> 0;
            case NULL -> 5;
            case INT32, INT64, DOUBLE, DECIMAL128 -> 10;
            case STRING, SYMBOL -> 15;
            case DOCUMENT -> 20;
            case ARRAY -> 25;
            case BINARY -> 30;
            case OBJECT_ID -> 35;
            case BOOLEAN -> 40;
            case DATE_TIME -> 45;
            case TIMESTAMP -> 47;
            case REGULAR_EXPRESSION -> 50;
            case DB_POINTER -> 55;
            case JAVASCRIPT -> 60;
            case JAVASCRIPT_WITH_SCOPE -> 65;
            case MAX_KEY -> 127;
            default -> 100;
        };
    }

    static String stringOf(BsonValue v) {
        return v.getBsonType() == BsonType.SYMBOL ? v.asSymbol().getSymbol() : v.asString().getValue();
    }

    /** Compares by Unicode code point, which is exactly the order of the UTF-8 encodings. */
    static int compareUtf8(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    private static int compareDocuments(BsonDocument a, BsonDocument b) {
        Iterator<Map.Entry<String, BsonValue>> ia = a.entrySet().iterator();
        Iterator<Map.Entry<String, BsonValue>> ib = b.entrySet().iterator();
        while (ia.hasNext() && ib.hasNext()) {
            Map.Entry<String, BsonValue> ea = ia.next();
            Map.Entry<String, BsonValue> eb = ib.next();
            int c = Integer.compare(bracket(ea.getValue()), bracket(eb.getValue()));
            if (c == 0) {
                c = compareUtf8(ea.getKey(), eb.getKey());
            }
            if (c == 0) {
                c = compare(ea.getValue(), eb.getValue());
            }
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(ia.hasNext(), ib.hasNext());
    }

    private static int compareArrays(java.util.List<BsonValue> a, java.util.List<BsonValue> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareBinary(BsonBinary a, BsonBinary b) {
        int c = Integer.compare(a.getData().length, b.getData().length);
        if (c == 0) {
            c = Integer.compare(a.getType() & 0xff, b.getType() & 0xff);
        }
        return c != 0 ? c : Arrays.compareUnsigned(a.getData(), b.getData());
    }

    private static int compareRegex(BsonRegularExpression a, BsonRegularExpression b) {
        int c = compareUtf8(a.getPattern(), b.getPattern());
        return c != 0 ? c : compareUtf8(a.getOptions(), b.getOptions());
    }

    private static int compareDbPointer(BsonDbPointer a, BsonDbPointer b) {
        int c = Integer.compare(a.getNamespace().length(), b.getNamespace().length());
        if (c == 0) {
            c = compareUtf8(a.getNamespace(), b.getNamespace());
        }
        return c != 0 ? c : a.getId().compareTo(b.getId());
    }

    private static int compareCodeWithScope(BsonJavaScriptWithScope a, BsonJavaScriptWithScope b) {
        int c = compareUtf8(a.getCode(), b.getCode());
        return c != 0 ? c : compareDocuments(a.getScope(), b.getScope());
    }

    /** Numeric comparison across int32, int64, double and decimal128. */
    static final class Numbers {

        private Numbers() {
        }

        static int compare(BsonValue a, BsonValue b) {
            BsonType x = a.getBsonType();
            BsonType y = b.getBsonType();
            if (isIntegral(x) && isIntegral(y)) {
                return Long.compare(a.asNumber().longValue(), b.asNumber().longValue());
            }
            if (x == BsonType.DECIMAL128 || y == BsonType.DECIMAL128) {
                int ra = rank(a);
                int rb = rank(b);
                return ra != rb || ra != 2 ? Integer.compare(ra, rb) : exact(a).compareTo(exact(b));
            }
            double da = a.asNumber().doubleValue();
            double db = b.asNumber().doubleValue();
            if (Double.isNaN(da) || Double.isNaN(db)) {
                return Boolean.compare(!Double.isNaN(da), !Double.isNaN(db));
            }
            if (da != db) {
                return da < db ? -1 : 1;
            }
            if (Double.isInfinite(da) || x == y) {
                return 0;
            }
            // a long and a double that round to the same double: compare exactly
            return exact(a).compareTo(exact(b));
        }

        /** The exact value of a finite number. */
        static BigDecimal exact(BsonValue v) {
            return switch (v.getBsonType()) {
                case DOUBLE -> new BigDecimal(v.asDouble().getValue());
                case DECIMAL128 -> big(v.asDecimal128().getValue());
                default -> BigDecimal.valueOf(v.asNumber().longValue());
            };
        }

        static boolean isIntegral(BsonType t) {
            return t == BsonType.INT32 || t == BsonType.INT64;
        }

        /** NaN, -Infinity, finite, +Infinity: the order of the non-finite special cases. */
        private static int rank(BsonValue v) {
            if (v.getBsonType() == BsonType.DECIMAL128) {
                Decimal128 d = v.asDecimal128().getValue();
                return d.isNaN() ? 0 : d.isInfinite() ? (d.isNegative() ? 1 : 3) : 2;
            }
            if (v.getBsonType() == BsonType.DOUBLE) {
                double d = v.asDouble().getValue();
                return Double.isNaN(d) ? 0 : Double.isInfinite(d) ? (d < 0 ? 1 : 3) : 2;
            }
            return 2;
        }

        static BigDecimal big(Decimal128 d) {
            try {
                return d.bigDecimalValue();
            } catch (ArithmeticException negativeZero) {
                return BigDecimal.ZERO;
            }
        }
    }
}
