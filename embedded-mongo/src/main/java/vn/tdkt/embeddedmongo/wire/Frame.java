package vn.tdkt.embeddedmongo.wire;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One wire-protocol message: the standard 16-byte header (length, requestID, responseTo, opCode,
 * all little-endian int32) and the bytes after it.
 */
public record Frame(int requestId, int responseTo, int opCode, ByteBuffer body) {

    public static final int OP_REPLY = 1;
    public static final int OP_QUERY = 2004;
    public static final int OP_COMPRESSED = 2012;
    public static final int OP_MSG = 2013;
    public static final int MAX_MESSAGE_SIZE = 48_000_000;
    static final int HEADER_SIZE = 16;

    /** Reads the next frame, or returns null at a clean end of stream between messages. */
    public static Frame read(DataInputStream in) throws IOException, WireFormatException {
        byte[] header = new byte[HEADER_SIZE];
        int first = in.read(header, 0, 1);
        if (first < 0) {
            return null;
        }
        in.readFully(header, 1, HEADER_SIZE - 1);
        ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        int length = h.getInt();
        if (length < HEADER_SIZE || length > MAX_MESSAGE_SIZE) {
            throw new WireFormatException("recv(): message msgLen " + length + " is invalid. Min " + HEADER_SIZE
                    + " Max: " + MAX_MESSAGE_SIZE);
        }
        int requestId = h.getInt();
        int responseTo = h.getInt();
        int opCode = h.getInt();
        byte[] body = new byte[length - HEADER_SIZE];
        try {
            in.readFully(body);
        } catch (EOFException e) {
            throw new WireFormatException("connection closed in the middle of a message");
        }
        return new Frame(requestId, responseTo, opCode, ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN));
    }

    /** Serialises a reply frame: header followed by {@code body}. */
    static byte[] encode(int requestId, int responseTo, int opCode, byte[] body, int bodyLength) {
        ByteBuffer out = ByteBuffer.allocate(HEADER_SIZE + bodyLength).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(HEADER_SIZE + bodyLength).putInt(requestId).putInt(responseTo).putInt(opCode);
        out.put(body, 0, bodyLength);
        return out.array();
    }
}
