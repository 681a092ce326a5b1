package vn.tdkt.embeddedmongo.index;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bson.BsonBinary;
import org.bson.BsonRegularExpression;
import org.bson.BsonValue;
import org.bson.types.Decimal128;

/**
 * Order-preserving byte encoding of BSON values: unsigned lexicographic comparison of the bytes
 * gives MongoDB's comparison order (the one {@code query.BsonOrder} implements), so RocksDB's
 * default byte-wise comparator sorts index entries the way MongoDB sorts values.
 *
 * <p>Every encoding is prefix-free (fixed widths or terminators), so components can be
 * concatenated into compound keys, and a descending component is the bitwise complement of its
 * ascending encoding. Numbers of every type share one class: the value rounded to a double, then
 * the exact remainder for longs that a double cannot hold, so 1, 1L and 1.0 encode identically.
 */
public final class KeyEncoder {

    // Type classes in MongoDB's cross-type order; gaps leave room and are never compared to data.
    static final int MIN_KEY = 0x01;
    static final int UNDEFINED = 0x04; // the key of an empty array, as MongoDB indexes it
    static final int NULL = 0x05;      // also missing fields
    static final int NUMBER = 0x0A;
    static final int STRING = 0x0F;
    static final int DOCUMENT = 0x14;
    static final int ARRAY = 0x19;
    static final int BINARY = 0x1E;
    static final int OBJECT_ID = 0x23;
    static final int BOOLEAN = 0x28;
    static final int DATE = 0x2D;
    static final int TIMESTAMP = 0x32;
    static final int REGEX = 0x37;
    static final int CODE = 0x3C;
    static final int MAX_KEY = 0x7F;

    private KeyEncoder() {
    }

    /** The ascending encoding of one value; {@code null} stands for a missing field. */
    public static byte[] encode(BsonValue value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32);
        write(out, value);
        return out.toByteArray();
    }

    /** The encoding for a key component with the given direction (+1 / -1). */
    public static byte[] encode(BsonValue value, int direction) {
        byte[] bytes = encode(value);
        return direction < 0 ? complement(bytes) : bytes;
    }

    /** The type class byte a value encodes with; the first byte of its encoding. */
    public static int typeClass(BsonValue value) {
        if (value == null) {
            return NULL;
        }
        return switch (value.getBsonType()) {
            case MIN_KEY -> MIN_KEY;
            case UNDEFINED -> UNDEFINED;
            case NULL -> NULL;
            case INT32, INT64, DOUBLE, DECIMAL128 -> NUMBER;
            case STRING, SYMBOL -> STRING;
            case DOCUMENT -> DOCUMENT;
            case ARRAY -> ARRAY;
            case BINARY -> BINARY;
            case OBJECT_ID -> OBJECT_ID;
            case BOOLEAN -> BOOLEAN;
            case DATE_TIME -> DATE;
            case TIMESTAMP -> TIMESTAMP;
            case REGULAR_EXPRESSION -> REGEX;
            case MAX_KEY -> MAX_KEY;
            default -> CODE;
        };
    }

    static byte[] complement(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = (byte) ~bytes[i];
        }
        return out;
    }

    private static void write(ByteArrayOutputStream out, BsonValue value) {
        out.write(typeClass(value));
        writePayload(out, value);
    }

    private static void writePayload(ByteArrayOutputStream out, BsonValue value) {
        if (value == null) {
            return;
        }
        switch (value.getBsonType()) {
            case INT32 -> writeNumber(out, value.asInt32().getValue(), 0);
            case INT64 -> writeLong(out, value.asInt64().getValue());
            case DOUBLE -> writeNumber(out, value.asDouble().getValue(), 0);
            case DECIMAL128 -> writeDecimal(out, value.asDecimal128().getValue());
            case STRING -> writeString(out, value.asString().getValue());
            case SYMBOL -> writeString(out, value.asSymbol().getSymbol());
            case DOCUMENT -> {
                for (Map.Entry<String, BsonValue> e : value.asDocument().entrySet()) {
                    out.write(typeClass(e.getValue()));
                    writeString(out, e.getKey());
                    writePayload(out, e.getValue());
                }
                out.write(0);
            }
            case ARRAY -> {
                for (BsonValue element : value.asArray()) {
                    write(out, element);
                }
                out.write(0);
            }
            case BINARY -> {
                BsonBinary binary = value.asBinary();
                writeFixed(out, binary.getData().length, 4);
                out.write(binary.getType());
                out.writeBytes(binary.getData());
            }
            case OBJECT_ID -> out.writeBytes(value.asObjectId().getValue().toByteArray());
            case BOOLEAN -> out.write(value.asBoolean().getValue() ? 1 : 0);
            case DATE_TIME -> writeFixed(out, value.asDateTime().getValue() ^ Long.MIN_VALUE, 8);
            case TIMESTAMP -> writeFixed(out, value.asTimestamp().getValue(), 8);
            case REGULAR_EXPRESSION -> {
                BsonRegularExpression regex = value.asRegularExpression();
                writeString(out, regex.getPattern());
                writeString(out, regex.getOptions());
            }
            case JAVASCRIPT -> writeString(out, value.asJavaScript().getCode());
            case JAVASCRIPT_WITH_SCOPE -> writeString(out, value.asJavaScriptWithScope().getCode());
            case DB_POINTER -> {
                writeString(out, value.asDBPointer().getNamespace());
                out.writeBytes(value.asDBPointer().getId().toByteArray());
            }
            default -> {
                // MinKey, MaxKey, null and undefined carry no payload
            }
        }
    }

    private static void writeLong(ByteArrayOutputStream out, long value) {
        double rounded = (double) value;
        long remainder = 0;
        if (Math.abs(value) > (1L << 53)) {
            remainder = BigInteger.valueOf(value).subtract(new BigDecimal(rounded).toBigInteger()).longValue();
        }
        writeNumber(out, rounded, remainder);
    }

    private static void writeDecimal(ByteArrayOutputStream out, Decimal128 value) {
        if (value.isNaN()) {
            writeNumber(out, Double.NaN, 0);
        } else if (value.isInfinite()) {
            writeNumber(out, value.isNegative() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, 0);
        } else {
            writeNumber(out, value.bigDecimalValue().doubleValue(), 0);
        }
    }

    /** NaN sorts below every other number, as in MongoDB; -0.0 equals 0.0. */
    private static void writeNumber(ByteArrayOutputStream out, double value, long remainder) {
        if (Double.isNaN(value)) {
            out.write(0);
            return;
        }
        out.write(1);
        long bits = Double.doubleToLongBits(value == 0.0 ? 0.0 : value);
        writeFixed(out, bits < 0 ? ~bits : bits ^ Long.MIN_VALUE, 8);
        writeFixed(out, remainder ^ Long.MIN_VALUE, 8);
    }

    /** UTF-8 bytes with 0x00 escaped as 0x00 0xFF, terminated by 0x00 0x00. */
    private static void writeString(ByteArrayOutputStream out, String value) {
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            out.write(b);
            if (b == 0) {
                out.write(0xFF);
            }
        }
        out.write(0);
        out.write(0);
    }

    private static void writeFixed(ByteArrayOutputStream out, long value, int width) {
        for (int shift = (width - 1) * 8; shift >= 0; shift -= 8) {
            out.write((int) (value >>> shift) & 0xFF);
        }
    }
}
