package vn.tdkt.embeddedmongo.aggregation;

import java.util.Set;
import java.util.function.Supplier;
import org.bson.BsonArray;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.query.BsonOrder;

/** The running state of one $group accumulator for one group. */
interface Accumulator {

    Set<String> NAMES = Set.of("$sum", "$avg", "$min", "$max", "$first", "$last", "$push", "$addToSet", "$count");

    /** Adds one document's value ({@code null} when missing). */
    void add(BsonValue v);

    BsonValue result();

    static Supplier<Accumulator> factory(String name) {
        return switch (name) {
            case "$sum", "$count" -> Sum::new;
            case "$avg" -> Avg::new;
            case "$min" -> () -> new Extreme(-1);
            case "$max" -> () -> new Extreme(1);
            case "$first" -> First::new;
            case "$last" -> Last::new;
            case "$push" -> () -> new Push(false);
            case "$addToSet" -> () -> new Push(true);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Sums numbers, ignoring everything else; int overflow widens to long, long to double. */
    final class Sum implements Accumulator {
        private BsonValue total = new BsonInt32(0);

        @Override
        public void add(BsonValue v) {
            if (Numbers.isNumber(v)) {
                total = Numbers.add(total, v);
            }
        }

        @Override
        public BsonValue result() {
            return total;
        }
    }

    /** Averages the numbers (a double, or a decimal if any is); null when there were none. */
    final class Avg implements Accumulator {
        private BsonValue total = new BsonInt32(0);
        private long count;

        @Override
        public void add(BsonValue v) {
            if (Numbers.isNumber(v)) {
                total = Numbers.add(total, v);
                count++;
            }
        }

        @Override
        public BsonValue result() {
            if (count == 0) {
                return BsonNull.VALUE;
            }
            return total.isDecimal128() ? Numbers.divide(total, new org.bson.BsonInt64(count))
                    : new BsonDouble(Numbers.toDouble(total) / count);
        }
    }

    /** $min / $max over non-null values; null when there were none. */
    final class Extreme implements Accumulator {
        private final int sign;
        private BsonValue best;

        Extreme(int sign) {
            this.sign = sign;
        }

        @Override
        public void add(BsonValue v) {
            if (!Expressions.nullish(v) && (best == null || Integer.signum(BsonOrder.compare(v, best)) == sign)) {
                best = v;
            }
        }

        @Override
        public BsonValue result() {
            return best == null ? BsonNull.VALUE : best;
        }
    }

    final class First implements Accumulator {
        private boolean seen;
        private BsonValue value = BsonNull.VALUE;

        @Override
        public void add(BsonValue v) {
            if (!seen) {
                seen = true;
                value = v == null ? BsonNull.VALUE : v;
            }
        }

        @Override
        public BsonValue result() {
            return value;
        }
    }

    final class Last implements Accumulator {
        private BsonValue value = BsonNull.VALUE;

        @Override
        public void add(BsonValue v) {
            value = v == null ? BsonNull.VALUE : v;
        }

        @Override
        public BsonValue result() {
            return value;
        }
    }

    /** $push, or $addToSet when {@code distinct}; missing values are skipped. */
    final class Push implements Accumulator {
        private final boolean distinct;
        private final BsonArray values = new BsonArray();

        Push(boolean distinct) {
            this.distinct = distinct;
        }

        @Override
        public void add(BsonValue v) {
            if (v != null && !(distinct && values.stream().anyMatch(e -> BsonOrder.equal(e, v)))) {
                values.add(v);
            }
        }

        @Override
        public BsonValue result() {
            return values;
        }
    }
}
