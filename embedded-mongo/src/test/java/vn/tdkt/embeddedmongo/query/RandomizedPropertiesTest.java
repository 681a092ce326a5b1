package vn.tdkt.embeddedmongo.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonMaxKey;
import org.bson.BsonMinKey;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonUndefined;
import org.bson.BsonValue;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

/** Seeded random checks of the invariants other components rely on (deterministic: fixed seeds). */
class RandomizedPropertiesTest {

    private static final String[] WORDS = {"", "a", "B", "Chiến", "chiến", "Chien", "sĩ", "Đua", "đua", "ư", "😀"};

    static BsonValue scalar(Random r) {
        return switch (r.nextInt(12)) {
            case 0 -> new BsonInt32(r.nextInt(7) - 3);
            case 1 -> new BsonInt64(r.nextInt(7) - 3);
            case 2 -> new BsonDouble((r.nextInt(13) - 6) / 2.0);
            case 3 -> new BsonDecimal128(Decimal128.parse(Integer.toString(r.nextInt(7) - 3)));
            case 4 -> new BsonString(WORDS[r.nextInt(WORDS.length)]);
            case 5 -> r.nextBoolean() ? BsonBoolean.TRUE : BsonBoolean.FALSE;
            case 6 -> BsonNull.VALUE;
            case 7 -> new BsonDateTime(r.nextInt(5) * 1000L);
            case 8 -> new BsonDouble(r.nextInt(4) == 0 ? Double.NaN : Double.POSITIVE_INFINITY);
            case 9 -> r.nextBoolean() ? new BsonMinKey() : new BsonMaxKey();
            case 10 -> new BsonUndefined();
            default -> new BsonInt32(r.nextInt(3));
        };
    }

    static BsonValue value(Random r, int depth) {
        int kind = depth > 1 ? 0 : r.nextInt(5);
        if (kind == 3) {
            BsonArray a = new BsonArray();
            for (int i = r.nextInt(3); i > 0; i--) {
                a.add(value(r, depth + 1));
            }
            return a;
        }
        if (kind == 4) {
            BsonDocument d = new BsonDocument();
            for (int i = r.nextInt(3); i > 0; i--) {
                d.put(r.nextBoolean() ? "x" : "y", value(r, depth + 1));
            }
            return d;
        }
        return scalar(r);
    }

    @Test
    void bsonOrderIsATotalOrder() {
        Random r = new Random(42);
        List<BsonValue> values = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            values.add(value(r, 0));
        }
        values.add(null);
        for (BsonValue a : values) {
            assertThat(BsonOrder.compare(a, a)).isZero();
            for (BsonValue b : values) {
                int ab = Integer.signum(BsonOrder.compare(a, b));
                assertThat(ab).as("%s vs %s", a, b).isEqualTo(-Integer.signum(BsonOrder.compare(b, a)));
                for (int k = 0; k < 8; k++) {
                    BsonValue c = values.get(r.nextInt(values.size()));
                    int bc = Integer.signum(BsonOrder.compare(b, c));
                    int ac = Integer.signum(BsonOrder.compare(a, c));
                    if (ab <= 0 && bc <= 0) {
                        assertThat(ac).as("%s <= %s <= %s", a, b, c).isLessThanOrEqualTo(0);
                    }
                    if (ab == 0) {
                        assertThat(ac).as("%s == %s vs %s", a, b, c).isEqualTo(bc);
                    }
                }
            }
        }
        List<BsonValue> sorted = new ArrayList<>(values);
        sorted.sort(BsonOrder.COMPARATOR); // TimSort detects contract violations
    }

    /** The values an index on "a" holds for a document: each array element, undefined for [], null when missing. */
    static List<BsonValue> indexKeys(BsonDocument doc) {
        BsonValue a = doc.get("a");
        if (a == null) {
            return List.of(BsonNull.VALUE);
        }
        if (a.isArray()) {
            return a.asArray().isEmpty() ? List.of(new BsonUndefined()) : a.asArray().getValues();
        }
        return List.of(a);
    }

    static BsonDocument randomFilter(Random r) {
        String[] ops = {"$eq", "$gt", "$gte", "$lt", "$lte", "$in"};
        BsonDocument ops1 = new BsonDocument();
        for (int i = 1 + r.nextInt(2); i > 0; i--) {
            String op = ops[r.nextInt(ops.length)];
            BsonValue arg = op.equals("$in") ? new BsonArray(List.of(scalar(r), scalar(r))) : scalar(r);
            ops1.put(op, arg);
        }
        return switch (r.nextInt(4)) {
            case 0 -> new BsonDocument("a", scalar(r));
            case 1 -> new BsonDocument("a", ops1);
            case 2 -> new BsonDocument("a", ops1).append("$and", new BsonArray(List.of(
                    new BsonDocument("a", new BsonDocument(ops[r.nextInt(5)], scalar(r))))));
            default -> new BsonDocument("a", new BsonDocument("$elemMatch", ops1));
        };
    }

    @Test
    void boundsNeverExcludeAMatchingDocument() {
        Random r = new Random(7);
        int checked = 0;
        for (int i = 0; i < 3000; i++) {
            BsonDocument filterDoc = randomFilter(r);
            Filter filter = Filter.parse(filterDoc);
            Optional<Bounds> multikey = filter.bounds("a");
            Optional<Bounds> single = filter.bounds("a", false);
            for (int j = 0; j < 20; j++) {
                BsonDocument doc = r.nextInt(6) == 0 ? new BsonDocument() : new BsonDocument("a", value(r, 1));
                if (!filter.matches(doc)) {
                    continue;
                }
                checked++;
                List<BsonValue> keys = indexKeys(doc);
                multikey.ifPresent(b -> assertThat(keys.stream().anyMatch(k -> covers(b, k)))
                        .as("multikey bounds %s of %s exclude %s", b, filterDoc, doc).isTrue());
                if (!doc.isEmpty() && !doc.get("a").isArray()) {
                    single.ifPresent(b -> assertThat(covers(b, doc.get("a")))
                            .as("bounds %s of %s exclude %s", b, filterDoc, doc).isTrue());
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    static boolean covers(Bounds b, BsonValue key) {
        return b.isPoints() ? b.points().stream().anyMatch(p -> BsonOrder.equal(p, key)) : BoundsBuilder.contains(b, key);
    }
}
