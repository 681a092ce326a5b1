package vn.tdkt.embeddedmongo.wire;

import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;

/**
 * A command as the client sent it: the body document (with {@code $db}) and the kind-1 document
 * sequences of OP_MSG, keyed by identifier (e.g. {@code documents} of an insert).
 */
public record Request(String database, BsonDocument body, Map<String, List<BsonDocument>> sequences) {

    /** The command name: the first key of the body. */
    public String commandName() {
        return body.isEmpty() ? "" : body.getFirstKey();
    }

    /** A document list given either as a body array or as a document sequence. */
    public List<BsonDocument> documents(String field) {
        List<BsonDocument> sequence = sequences.get(field);
        if (sequence != null) {
            return sequence;
        }
        if (body.containsKey(field) && body.get(field).isArray()) {
            return body.getArray(field).getValues().stream().map(v -> v.isDocument() ? v.asDocument() : null).toList();
        }
        return null;
    }
}
