package vn.tdkt.embeddedmongo.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonBinary;
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
import org.bson.BsonObjectId;
import org.bson.BsonRegularExpression;
import org.bson.BsonString;
import org.bson.BsonSymbol;
import org.bson.BsonTimestamp;
import org.bson.BsonUndefined;
import org.bson.BsonValue;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class BsonOrderTest {

    /** One or more values of every bracket, listed in ascending order. */
    static final List<BsonValue> ASCENDING = List.of(
            new BsonMinKey(),
            new BsonUndefined(),
            BsonNull.VALUE,
            new BsonDouble(Double.NaN),
            new BsonDouble(Double.NEGATIVE_INFINITY),
            new BsonInt64(Long.MIN_VALUE),
            new BsonInt32(-1),
            new BsonDecimal128(Decimal128.parse("-0.5")),
            new BsonInt32(0),
            new BsonDouble(0.5),
            new BsonInt64(1),
            new BsonDecimal128(Decimal128.parse("1.5")),
            new BsonDouble(9007199254740992.0),
            new BsonInt64(9007199254740993L),
            new BsonDouble(Double.POSITIVE_INFINITY),
            new BsonString(""),
            new BsonString("A"),
            new BsonString("Chien"),
            new BsonString("Chiến"),
            new BsonString("Chiến sĩ"),
            new BsonString("Z"),
            new BsonString("a"),
            new BsonString("Đua"),
            new BsonString("\uFFFD"),
            new BsonString("😀"),
            new BsonDocument(),
            BsonDocument.parse("{a: 1}"),
            BsonDocument.parse("{a: 1, b: 1}"),
            BsonDocument.parse("{b: 0}"),
            // the value's type bracket is compared before the field name
            BsonDocument.parse("{a: 'x'}"),
            new BsonArray(),
            new BsonArray(List.of(new BsonInt32(1))),
            new BsonArray(List.of(new BsonInt32(1), new BsonInt32(0))),
            new BsonArray(List.of(new BsonInt32(2))),
            new BsonBinary(new byte[] {9}),
            new BsonBinary(new byte[] {1, 2}),
            new BsonBinary((byte) 4, new byte[] {1, 2}),
            new BsonObjectId(new ObjectId("000000000000000000000001")),
            new BsonObjectId(new ObjectId("ff0000000000000000000000")),
            BsonBoolean.FALSE,
            BsonBoolean.TRUE,
            new BsonDateTime(-1),
            new BsonDateTime(1_700_000_000_000L),
            new BsonTimestamp(1, 1),
            new BsonTimestamp(0x80000000, 0),
            new BsonRegularExpression("a"),
            new BsonRegularExpression("a", "i"),
            new BsonRegularExpression("b"),
            new BsonMaxKey());

    @Test
    void totalOrderAcrossBrackets() {
        for (int i = 0; i < ASCENDING.size(); i++) {
            for (int j = 0; j < ASCENDING.size(); j++) {
                BsonValue a = ASCENDING.get(i);
                BsonValue b = ASCENDING.get(j);
                assertThat(Integer.signum(BsonOrder.compare(a, b)))
                        .as("%s vs %s", a, b).isEqualTo(Integer.compare(i, j));
            }
        }
    }

    @Test
    void numbersCompareAcrossTypes() {
        assertThat(BsonOrder.equal(new BsonInt32(1), new BsonDouble(1.0))).isTrue();
        assertThat(BsonOrder.equal(new BsonInt64(1), new BsonDecimal128(Decimal128.parse("1.000")))).isTrue();
        assertThat(BsonOrder.equal(new BsonDouble(-0.0), new BsonInt32(0))).isTrue();
        assertThat(BsonOrder.equal(new BsonDecimal128(Decimal128.NEGATIVE_ZERO), new BsonDouble(0))).isTrue();
        assertThat(BsonOrder.equal(new BsonDouble(Double.NaN), new BsonDecimal128(Decimal128.NaN))).isTrue();
        assertThat(BsonOrder.compare(new BsonDouble(0.1), new BsonDecimal128(Decimal128.parse("0.1")))).isNotZero();
        assertThat(BsonOrder.equal(new BsonDouble(Double.POSITIVE_INFINITY),
                new BsonDecimal128(Decimal128.POSITIVE_INFINITY))).isTrue();
    }

    @Test
    void missingSortsLikeNullAndSymbolsLikeStrings() {
        assertThat(BsonOrder.compare(null, BsonNull.VALUE)).isZero();
        assertThat(BsonOrder.compare(null, new BsonInt32(0))).isNegative();
        assertThat(BsonOrder.equal(new BsonSymbol("x"), new BsonString("x"))).isTrue();
    }

    @Test
    void vietnameseSortsByUtf8Bytes() {
        List<BsonValue> words = new ArrayList<>(List.of(new BsonString("Đào"), new BsonString("Ánh"),
                new BsonString("Bình"), new BsonString("Anh"), new BsonString("Ân")));
        words.sort(BsonOrder.COMPARATOR);
        // ASCII first, then Latin-1 (Á U+00C1, Â U+00C2), then Latin Extended-A (Đ U+0110)
        assertThat(words).extracting(v -> v.asString().getValue()).containsExactly("Anh", "Bình", "Ánh", "Ân", "Đào");
    }

    @Test
    void isTransitiveAndAntisymmetricOnSamples() {
        List<BsonValue> all = new ArrayList<>(ASCENDING);
        all.add(null);
        for (BsonValue a : all) {
            for (BsonValue b : all) {
                assertThat(Integer.signum(BsonOrder.compare(a, b))).isEqualTo(-Integer.signum(BsonOrder.compare(b, a)));
                for (BsonValue c : all) {
                    if (BsonOrder.compare(a, b) <= 0 && BsonOrder.compare(b, c) <= 0) {
                        assertThat(BsonOrder.compare(a, c)).isLessThanOrEqualTo(0);
                    }
                }
            }
        }
    }
}
