package vn.tdkt.embeddedmongo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
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
import org.bson.BsonString;
import org.bson.BsonTimestamp;
import org.bson.BsonValue;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import vn.tdkt.embeddedmongo.query.BsonOrder;

/** The index key encoding must sort exactly as BsonOrder compares, or index scans would miss documents. */
class KeyEncoderTest {

    private final Random random = new Random(42);

    @Test
    void byteOrderMatchesBsonOrderOnRandomValues() {
        List<BsonValue> values = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            values.add(randomValue(0));
        }
        values.addAll(List.of(new BsonDouble(-0.0), new BsonDouble(0.0), new BsonInt64(Long.MAX_VALUE),
                new BsonInt64(Long.MAX_VALUE - 1), new BsonInt64(Long.MIN_VALUE), new BsonDouble(9.223372036854776E18),
                new BsonInt64((1L << 53) + 1), new BsonDouble(1L << 53), new BsonDouble(Double.POSITIVE_INFINITY),
                new BsonDouble(Double.NEGATIVE_INFINITY), new BsonString(""), new BsonString("a\0b"), new BsonString("a"),
                new BsonString("Thi đua"), new BsonString("Ấn"), new BsonDocument(), new BsonArray(),
                new BsonMinKey(), new BsonMaxKey(), BsonNull.VALUE));
        for (BsonValue a : values) {
            for (BsonValue b : values) {
                int expected = Integer.signum(BsonOrder.compare(a, b));
                int actual = Integer.signum(Arrays.compareUnsigned(KeyEncoder.encode(a), KeyEncoder.encode(b)));
                assertThat(actual).as("%s vs %s", a, b).isEqualTo(expected);
                int descending = Integer.signum(Arrays.compareUnsigned(KeyEncoder.encode(a, -1), KeyEncoder.encode(b, -1)));
                assertThat(descending).as("descending %s vs %s", a, b).isEqualTo(-expected);
            }
        }
    }

    @Test
    void numbersOfEveryTypeEncodeAlike() {
        byte[] one = KeyEncoder.encode(new BsonInt32(1));
        assertThat(KeyEncoder.encode(new BsonInt64(1))).isEqualTo(one);
        assertThat(KeyEncoder.encode(new BsonDouble(1.0))).isEqualTo(one);
        assertThat(KeyEncoder.encode(new BsonDecimal128(new Decimal128(1)))).isEqualTo(one);
        assertThat(KeyEncoder.encode(null)).isEqualTo(KeyEncoder.encode(BsonNull.VALUE));
    }

    private BsonValue randomValue(int depth) {
        int kind = random.nextInt(depth > 1 ? 11 : 13);
        return switch (kind) {
            case 0 -> new BsonInt32(random.nextInt(21) - 10);
            case 1 -> new BsonInt64(random.nextBoolean() ? random.nextInt(21) - 10 : random.nextLong());
            case 2 -> new BsonDouble(random.nextBoolean() ? (random.nextInt(41) - 20) / 2.0 : random.nextGaussian() * 1e10);
            case 3 -> new BsonDecimal128(new Decimal128(random.nextInt(21) - 10));
            case 4 -> new BsonString(randomString());
            case 5 -> new BsonBinary((byte) random.nextInt(3), randomBytes());
            case 6 -> new BsonObjectId(new ObjectId(randomBytes12()));
            case 7 -> BsonBoolean.valueOf(random.nextBoolean());
            case 8 -> new BsonDateTime(random.nextLong() / 1000);
            case 9 -> new BsonTimestamp(random.nextInt(1000), random.nextInt(5));
            case 10 -> BsonNull.VALUE;
            case 11 -> {
                BsonDocument d = new BsonDocument();
                int n = random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    d.put(random.nextBoolean() ? "a" : "b" + i, randomValue(depth + 1));
                }
                yield d;
            }
            default -> {
                BsonArray a = new BsonArray();
                int n = random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    a.add(randomValue(depth + 1));
                }
                yield a;
            }
        };
    }

    private String randomString() {
        String alphabet = "aAbđĐếẤ z\0~";
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private byte[] randomBytes() {
        byte[] b = new byte[random.nextInt(3)];
        random.nextBytes(b);
        return b;
    }

    private byte[] randomBytes12() {
        byte[] b = new byte[12];
        random.nextBytes(b);
        return b;
    }
}
