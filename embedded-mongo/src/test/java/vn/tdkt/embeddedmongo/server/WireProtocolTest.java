package vn.tdkt.embeddedmongo.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tdkt.embeddedmongo.EmbeddedMongoServer;
import vn.tdkt.embeddedmongo.storage.BsonBytes;

/** The wire protocol below the driver: legacy handshake, checksums, and hostile bytes. */
class WireProtocolTest {

    static EmbeddedMongoServer server;
    static MongoClient client;

    @BeforeAll
    static void start() {
        server = EmbeddedMongoServer.builder().build().start();
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void legacyOpQueryHandshakeGetsOpReply() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            byte[] query = BsonBytes.toBytes(BsonDocument.parse("{isMaster: 1, helloOk: true}"));
            byte[] ns = "admin.$cmd\0".getBytes(StandardCharsets.UTF_8);
            ByteBuffer msg = ByteBuffer.allocate(16 + 4 + ns.length + 8 + query.length).order(ByteOrder.LITTLE_ENDIAN);
            msg.putInt(msg.capacity()).putInt(7).putInt(0).putInt(2004).putInt(0).put(ns).putInt(0).putInt(-1).put(query);
            socket.getOutputStream().write(msg.array());
            DataInputStream in = new DataInputStream(socket.getInputStream());
            ByteBuffer header = read(in, 16);
            int length = header.getInt();
            header.getInt();
            assertThat(header.getInt()).isEqualTo(7);
            assertThat(header.getInt()).isEqualTo(1);
            ByteBuffer body = read(in, length - 16);
            body.getInt();
            body.getLong();
            body.getInt();
            assertThat(body.getInt()).isEqualTo(1);
            byte[] doc = new byte[body.remaining()];
            body.get(doc);
            RawBsonDocument reply = new RawBsonDocument(doc);
            assertThat(reply.getBoolean("ismaster").getValue()).isTrue();
            assertThat(reply.getBoolean("helloOk").getValue()).isTrue();
        }
    }

    @Test
    void opMsgWithChecksumIsAccepted() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            byte[] cmd = BsonBytes.toBytes(BsonDocument.parse("{ping: 1, $db: 'admin'}"));
            ByteBuffer msg = ByteBuffer.allocate(16 + 4 + 1 + cmd.length + 4).order(ByteOrder.LITTLE_ENDIAN);
            msg.putInt(msg.capacity()).putInt(9).putInt(0).putInt(2013).putInt(1).put((byte) 0).put(cmd);
            CRC32C crc = new CRC32C();
            crc.update(msg.array(), 0, msg.position());
            msg.putInt((int) crc.getValue());
            socket.getOutputStream().write(msg.array());
            assertThat(replyTo(socket).getDouble("ok").getValue()).isEqualTo(1.0);
        }
    }

    @Test
    void aDeeplyNestedBodyStillGetsItsReply() throws IOException {
        byte[] nested = {5, 0, 0, 0, 0};
        for (int level = 0; level < 2_000; level++) { // {x: {x: ... {}}}, just under 16 KiB in all
            ByteBuffer doc = ByteBuffer.allocate(nested.length + 8).order(ByteOrder.LITTLE_ENDIAN);
            doc.putInt(nested.length + 8).put((byte) 3).put((byte) 'x').put((byte) 0).put(nested).put((byte) 0);
            nested = doc.array();
        }
        byte[] head = BsonBytes.toBytes(BsonDocument.parse("{ping: 1, $db: 'admin'}"));
        // the ping document with field d appended: drop its terminator, add {d: nested}, terminate
        ByteBuffer cmd = ByteBuffer.allocate(head.length + 3 + nested.length).order(ByteOrder.LITTLE_ENDIAN);
        cmd.putInt(head.length + 3 + nested.length).put(head, 4, head.length - 5)
                .put((byte) 3).put((byte) 'd').put((byte) 0).put(nested).put((byte) 0);
        ByteBuffer msg = ByteBuffer.allocate(16 + 4 + 1 + cmd.capacity()).order(ByteOrder.LITTLE_ENDIAN);
        msg.putInt(msg.capacity()).putInt(12).putInt(0).putInt(2013).putInt(0).put((byte) 0).put(cmd.array());
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(msg.array());
            assertThat(replyTo(socket).getDouble("ok").getValue()).isEqualTo(1.0);
        }
    }

    @Test
    void garbageClosesOnlyItsOwnConnection() throws IOException {
        client.getDatabase("wire").getCollection("c").insertOne(new Document("_id", 1));
        for (byte[] garbage : new byte[][] {
                {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20},
                header(Integer.MAX_VALUE, 2013),
                header(26, 2013, new byte[] {0, 0, 0, 0, 0, 50, 0, 0, 0, 0}),
                header(30, 2013, new byte[] {0, 0, 0, 0, 7, 1, 2, 3, 4, 5, 6, 7, 8, 9}),
                header(20, 9999, new byte[] {0, 0, 0, 0})}) {
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(garbage);
                out.flush();
                socket.setSoTimeout(5_000);
                assertThat(socket.getInputStream().read()).isEqualTo(-1);
            }
        }
        assertThat(client.getDatabase("wire").getCollection("c").countDocuments()).isEqualTo(1);
    }

    @Test
    void oversizedDocumentIsRejectedWithBsonObjectTooLarge() throws IOException {
        byte[] body = BsonBytes.toBytes(BsonDocument.parse("{insert: 'big', $db: 'wire'}"));
        byte[] doc = BsonBytes.toBytes(new BsonDocument("_id", new org.bson.BsonInt32(1))
                .append("s", new org.bson.BsonString("x".repeat(16 * 1024 * 1024 + 100))));
        byte[] id = "documents\0".getBytes(StandardCharsets.UTF_8);
        int sequence = 4 + id.length + doc.length;
        ByteBuffer msg = ByteBuffer.allocate(16 + 4 + 1 + body.length + 1 + sequence).order(ByteOrder.LITTLE_ENDIAN);
        msg.putInt(msg.capacity()).putInt(11).putInt(0).putInt(2013).putInt(0)
                .put((byte) 0).put(body).put((byte) 1).putInt(sequence).put(id).put(doc);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(msg.array());
            RawBsonDocument result = replyTo(socket);
            assertThat(result.getInt32("n").getValue()).isZero();
            assertThat(result.getArray("writeErrors").get(0).asDocument().getInt32("code").getValue()).isEqualTo(10334);
        }
        assertThat(client.getDatabase("wire").getCollection("big").countDocuments()).isZero();
    }

    private static byte[] header(int length, int opCode, byte[]... rest) {
        int size = 16;
        for (byte[] r : rest) {
            size += r.length;
        }
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(length).putInt(1).putInt(0).putInt(opCode);
        for (byte[] r : rest) {
            b.put(r);
        }
        return b.array();
    }

    /** Reads one OP_MSG reply: header, flagBits, section kind 0, then its document. */
    private static RawBsonDocument replyTo(Socket socket) throws IOException {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        int length = read(in, 16).getInt();
        ByteBuffer body = read(in, length - 16);
        body.getInt();
        body.get();
        byte[] doc = new byte[body.remaining()];
        body.get(doc);
        return new RawBsonDocument(doc);
    }

    private static ByteBuffer read(DataInputStream in, int n) throws IOException {
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
