package vn.tdkt.embeddedmongo.wire;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonBinaryReader;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.DecoderContext;

/**
 * OP_MSG (opCode 2013): flag bits, then sections — kind 0 is the command body, kind 1 a sized
 * sequence of documents under an identifier — then a CRC-32C when the checksumPresent bit is set.
 * Drivers use kind 1 for insert/update/delete batches so that they need not nest them in the body.
 */
public final class OpMsg {

    static final int CHECKSUM_PRESENT = 1;
    static final int MORE_TO_COME = 1 << 1;
    private static final int KNOWN_REQUIRED_BITS = 0xFFFF;
    private static final int MAX_BSON = 16 * 1024 * 1024 + 16 * 1024;
    /** Bodies up to this size are decoded once; larger ones (bulk payloads in the body) stay raw. */
    private static final int DECODED_BODY_LIMIT = 16 * 1024;
    private static final BsonDocumentCodec CODEC = new BsonDocumentCodec();

    private OpMsg() {
    }

    /** Parses a request; documents stay raw (lazily parsed) so big insert batches cost no decoding. */
    public static Parsed parse(ByteBuffer body) throws WireFormatException {
        try {
            int flags = body.getInt();
            // Unknown required bits (the low 16) must fail, per the OP_MSG specification.
            if ((flags & KNOWN_REQUIRED_BITS & ~(CHECKSUM_PRESENT | MORE_TO_COME)) != 0) {
                throw new WireFormatException("Unrecognized required flag bits in OP_MSG: " + flags);
            }
            int end = body.limit() - ((flags & CHECKSUM_PRESENT) != 0 ? 4 : 0);
            BsonDocument command = null;
            Map<String, List<BsonDocument>> sequences = new HashMap<>();
            while (body.position() < end) {
                int kind = body.get();
                if (kind == 0) {
                    if (command != null) {
                        throw new WireFormatException("Multiple body sections in OP_MSG");
                    }
                    command = readDocument(body);
                } else if (kind == 1) {
                    int start = body.position();
                    int size = body.getInt();
                    int sectionEnd = start + size;
                    if (size < 5 || sectionEnd > end) {
                        throw new WireFormatException("invalid document sequence size " + size);
                    }
                    String identifier = readCString(body);
                    List<BsonDocument> docs = new ArrayList<>();
                    while (body.position() < sectionEnd) {
                        docs.add(readDocument(body));
                    }
                    sequences.put(identifier, docs);
                } else {
                    throw new WireFormatException("Unknown section kind " + kind);
                }
            }
            if (command == null) {
                throw new WireFormatException("OP_MSG has no body section");
            }
            // Handlers look fields up many times, and a raw document scans its bytes on every lookup.
            if (command instanceof RawBsonDocument raw && raw.getByteBuffer().remaining() <= DECODED_BODY_LIMIT) {
                command = decoded(raw);
            }
            String db = command.get("$db") instanceof BsonString s ? s.getValue() : "admin";
            return new Parsed(new Request(db, command, sequences), (flags & MORE_TO_COME) != 0);
        } catch (RuntimeException e) {
            throw new WireFormatException("malformed OP_MSG: " + e.getMessage());
        }
    }

    /** The body decoded, or left raw when it nests too deep for the recursive decoder's stack. */
    private static BsonDocument decoded(RawBsonDocument raw) {
        try {
            return CODEC.decode(new BsonBinaryReader(raw.getByteBuffer().asNIO()), DecoderContext.builder().build());
        } catch (StackOverflowError e) {
            return raw;
        }
    }

    public record Parsed(Request request, boolean moreToCome) {
    }

    static RawBsonDocument readDocument(ByteBuffer buffer) throws WireFormatException {
        int start = buffer.position();
        int size = buffer.order(ByteOrder.LITTLE_ENDIAN).getInt(start);
        if (size < 5 || size > MAX_BSON || start + size > buffer.limit()) {
            throw new WireFormatException("invalid BSON document size " + size);
        }
        RawBsonDocument doc = new RawBsonDocument(buffer.array(), buffer.arrayOffset() + start, size);
        buffer.position(start + size);
        return doc;
    }

    static String readCString(ByteBuffer buffer) throws WireFormatException {
        int start = buffer.position();
        int i = start;
        while (i < buffer.limit() && buffer.get(i) != 0) {
            i++;
        }
        if (i >= buffer.limit()) {
            throw new WireFormatException("unterminated cstring");
        }
        String s = new String(buffer.array(), buffer.arrayOffset() + start, i - start, StandardCharsets.UTF_8);
        buffer.position(i + 1);
        return s;
    }

    /** A reply: flags 0, one kind-0 section with the reply document. */
    public static byte[] reply(int requestId, int responseTo, byte[] document) {
        byte[] body = new byte[5 + document.length];
        // flagBits = 0 (4 zero bytes), section kind 0
        System.arraycopy(document, 0, body, 5, document.length);
        return Frame.encode(requestId, responseTo, Frame.OP_MSG, body, body.length);
    }
}
