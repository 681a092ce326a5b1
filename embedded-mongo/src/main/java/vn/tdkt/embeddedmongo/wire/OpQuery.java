package vn.tdkt.embeddedmongo.wire;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import org.bson.BsonDocument;

/**
 * The legacy OP_QUERY (opCode 2004), which drivers still use for the first {@code hello} /
 * {@code isMaster} of a connection, answered with OP_REPLY (opCode 1). Only commands on
 * {@code <db>.$cmd} are served; MongoDB 5.1+ rejects anything else the same way.
 */
public final class OpQuery {

    private OpQuery() {
    }

    public static Request parse(ByteBuffer body) throws WireFormatException {
        try {
            body.getInt(); // flags
            String collection = OpMsg.readCString(body);
            body.getInt(); // numberToSkip
            body.getInt(); // numberToReturn
            BsonDocument query = OpMsg.readDocument(body);
            if (query.containsKey("$query") && query.get("$query").isDocument()) {
                query = query.getDocument("$query"); // wrapped form {$query: {...}, $readPreference: ...}
            }
            int dot = collection.indexOf('.');
            String db = dot < 0 ? collection : collection.substring(0, dot);
            if (dot < 0 || !collection.substring(dot + 1).equals("$cmd")) {
                throw new WireFormatException("OP_QUERY is only supported for commands, not on " + collection);
            }
            return new Request(db, query, Map.of());
        } catch (RuntimeException e) {
            throw new WireFormatException("malformed OP_QUERY: " + e.getMessage());
        }
    }

    /** OP_REPLY: responseFlags, cursorID 0, startingFrom 0, numberReturned 1, the document. */
    public static byte[] reply(int requestId, int responseTo, byte[] document) {
        ByteBuffer body = ByteBuffer.allocate(20 + document.length).order(ByteOrder.LITTLE_ENDIAN);
        body.putInt(0).putLong(0).putInt(0).putInt(1).put(document);
        return Frame.encode(requestId, responseTo, Frame.OP_REPLY, body.array(), body.capacity());
    }
}
