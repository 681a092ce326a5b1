package vn.tdkt.embeddedmongo.query;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonRegularExpression;
import org.bson.BsonType;
import org.bson.BsonValue;

/** A test of one value ({@code null} when missing) found at the end of a path. */
interface ValuePredicate {

    boolean test(BsonValue v, MatchContext ctx);

    /** True for predicates that see an array only as a whole, never its elements. */
    default boolean arrayWide() {
        return false;
    }

    /** Equality; a null operand also matches a missing field. */
    record Eq(BsonValue value) implements ValuePredicate {
        @Override
        public boolean test(BsonValue v, MatchContext ctx) {
            if (v == null) {
                return value.isNull();
            }
            return BsonOrder.bracket(v) == BsonOrder.bracket(value) && BsonOrder.equal(v, value);
        }
    }

    enum Op { LT, LTE, GT, GTE }

    /** Ordering comparisons, which only match within the operand's type bracket (MinKey/MaxKey aside). */
    record Cmp(Op op, BsonValue value) implements ValuePredicate {
        @Override
        public boolean test(BsonValue v, MatchContext ctx) {
            BsonValue x = v == null ? BsonNull.VALUE : v;
            boolean crossBracket = value.getBsonType() == BsonType.MIN_KEY || value.getBsonType() == BsonType.MAX_KEY;
            if (!crossBracket && BsonOrder.bracket(x) != BsonOrder.bracket(value)) {
                return false;
            }
            if (x.isNumber() || x.isDecimal128()) {
                boolean nanX = isNaN(x);
                boolean nanV = isNaN(value);
                if (nanX || nanV) {
                    // NaN equals NaN and is otherwise unordered for query operators
                    return nanX && nanV && (op == Op.LTE || op == Op.GTE);
                }
            }
            int c = BsonOrder.compare(x, value);
            return switch (op) {
                case LT -> c < 0;
                case LTE -> c <= 0;
                case GT -> c > 0;
                case GTE -> c >= 0;
            };
        }

        static boolean isNaN(BsonValue v) {
            return switch (v.getBsonType()) {
                case DOUBLE -> Double.isNaN(v.asDouble().getValue());
                case DECIMAL128 -> v.asDecimal128().getValue().isNaN();
                default -> false;
            };
        }
    }

    record In(List<ValuePredicate> alternatives) implements ValuePredicate {
        @Override
        public boolean test(BsonValue v, MatchContext ctx) {
            for (ValuePredicate p : alternatives) {
                if (p.test(v, ctx)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** $regex: finds the pattern in strings and symbols; a stored regex matches only an identical one. */
    record Regex(BsonRegularExpression source, Pattern pattern) implements ValuePredicate {
        @Override
        public boolean test(BsonValue v, MatchContext ctx) {
            if (v == null) {
                return false;
            }
            if (v.isString() || v.isSymbol()) {
                return pattern.matcher(BsonOrder.stringOf(v)).find();
            }
            return v.isRegularExpression() && v.asRegularExpression().equals(source);
        }
    }

    record Exists() implements ValuePredicate {
        @Override
        public boolean test(BsonValue v, MatchContext ctx) {
            return v != null;
        }
    }

    record Type(Set<Integer> codes, boolean anyNumber) implements ValuePredicate {
        @Override
        public boolean test(BsonValue v, MatchContext ctx) {
            if (v == null) {
                return false;
            }
            if (anyNumber && (v.isNumber() || v.isDecimal128())) {
                return true;
            }
            return codes.contains(TypeNames.code(v.getBsonType()));
        }
    }

    record Size(int size) implements ValuePredicate {
        @Override
        public boolean test(BsonValue v, MatchContext ctx) {
            return v != null && v.isArray() && v.asArray().size() == size;
        }

        @Override
        public boolean arrayWide() {
            return true;
        }
    }

    record Mod(long divisor, long remainder) implements ValuePredicate {
        @Override
        public boolean test(BsonValue v, MatchContext ctx) {
            if (v == null || !(v.isNumber() || v.isDecimal128())) {
                return false;
            }
            if (v.isDouble() && !Double.isFinite(v.asDouble().getValue())) {
                return false;
            }
            long n = v.isDecimal128() ? v.asDecimal128().getValue().bigDecimalValue().longValue() : v.asNumber().longValue();
            return n % divisor == remainder;
        }
    }

    /**
     * $elemMatch. The document form runs a whole filter on each document element; the value form
     * ({@code inner} parsed against the empty path) runs operators on each element itself.
     */
    record ElemMatch(Expr inner, boolean documentForm) implements ValuePredicate {
        @Override
        public boolean test(BsonValue v, MatchContext ctx) {
            if (v == null || !v.isArray()) {
                return false;
            }
            BsonArray arr = v.asArray();
            for (int j = 0; j < arr.size(); j++) {
                BsonValue e = arr.get(j);
                if (documentForm && !(e instanceof BsonDocument)) {
                    continue;
                }
                if (inner.matches(e, new MatchContext())) {
                    ctx.elemIndex = j;
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean arrayWide() {
            return true;
        }
    }
}
