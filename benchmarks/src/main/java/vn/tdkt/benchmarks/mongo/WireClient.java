package vn.tdkt.benchmarks.mongo;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.bson.BsonBinaryWriter;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;

/**
 * The leanest client the wire protocol allows: one socket, OP_MSG find commands encoded up front,
 * replies checked for one document and {@code ok: 1}. It shows what the server itself answers one
 * client, apart from what the official driver spends per operation on the client side.
 */
final class WireClient implements Closeable {

    private static final int OP_MSG = 2013;

    private final Socket socket;
    private final OutputStream out;
    private final DataInputStream in;
    private int requestId;

    WireClient(String connectionString) throws IOException {
        URI uri = URI.create(connectionString);
        socket = new Socket(uri.getHost(), uri.getPort());
        socket.setTcpNoDelay(true);
        out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
        in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 64 * 1024));
    }

    /** The OP_MSG of {@code find} by {@code _id} with limit 1 in a single batch, as the driver's first() sends. */
    static byte[] findById(String db, String collection, int id) {
        BsonDocument command = new BsonDocument("find", new BsonString(collection))
                .append("filter", new BsonDocument("_id", new BsonInt32(id)))
                .append("limit", new BsonInt32(1))
                .append("singleBatch", BsonBoolean.TRUE)
                .append("$db", new BsonString(db));
        BasicOutputBuffer body = new BasicOutputBuffer();
        new BsonDocumentCodec().encode(new BsonBinaryWriter(body), command, EncoderContext.builder().build());
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(21).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(21 + body.getSize()).putInt(0).putInt(0).putInt(OP_MSG).putInt(0).put((byte) 0);
        message.writeBytes(header.array());
        message.writeBytes(body.toByteArray());
        return message.toByteArray();
    }

    /** Sends one prepared request and reads its reply; fails unless it holds exactly one document. */
    void roundTrip(byte[] request) throws IOException {
        byte[] rest = exchange(request);
        // header (12 after the length) + flagBits (4) + section kind (1), then the reply document
        RawBsonDocument reply = new RawBsonDocument(rest, 17, rest.length - 17);
        if (reply.getNumber("ok").intValue() != 1
                || reply.getDocument("cursor").getArray("firstBatch").size() != 1) {
            throw new IllegalStateException("unexpected reply " + reply.toJson());
        }
    }

    /** The size of the reply to a request, for the loopback baseline. */
    int replyBytesOf(byte[] request) throws IOException {
        return 4 + exchange(request).length;
    }

    /** Sends a request under the next request id and returns its reply after the length field. */
    private byte[] exchange(byte[] request) throws IOException {
        ByteBuffer.wrap(request, 4, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(++requestId);
        out.write(request);
        out.flush();
        int length = Integer.reverseBytes(in.readInt());
        byte[] rest = new byte[length - 4];
        in.readFully(rest);
        return rest;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
