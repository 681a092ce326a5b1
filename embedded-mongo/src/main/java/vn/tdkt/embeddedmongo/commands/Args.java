package vn.tdkt.embeddedmongo.commands;

import vn.tdkt.embeddedmongo.bson.BsonTypeNames;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.error.MongoError;
import vn.tdkt.embeddedmongo.wire.Request;

/** Typed access to command arguments with MongoDB's errors for wrong types. */
final class Args {

    private Args() {
    }

    /** The collection a command names as the value of its first field. */
    static String collection(Request request) {
        BsonValue value = request.body().get(request.commandName());
        if (value == null || !value.isString()) {
            throw new MongoError(73, "InvalidNamespace", "collection name has invalid type "
                    + (value == null ? "missing" : typeName(value)));
        }
        String name = value.asString().getValue();
        if (name.isEmpty()) {
            throw new MongoError(73, "InvalidNamespace", "Invalid namespace specified '" + request.database() + ".'");
        }
        return name;
    }

    static String namespace(Request request) {
        return request.database() + "." + collection(request);
    }

    static BsonDocument document(BsonDocument body, String field) {
        BsonValue v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isDocument()) {
            throw MongoError.typeMismatch("BSON field '" + field + "' is the wrong type '" + typeName(v)
                    + "', expected type 'object'");
        }
        return v.asDocument();
    }

    static long longValue(BsonDocument body, String field, long defaultValue) {
        BsonValue v = body.get(field);
        if (v == null || v.isNull()) {
            return defaultValue;
        }
        if (!v.isNumber()) {
            throw MongoError.typeMismatch("BSON field '" + field + "' is the wrong type '" + typeName(v)
                    + "', expected types '[long, int, decimal, double]'");
        }
        return v.asNumber().longValue();
    }

    static boolean bool(BsonDocument body, String field, boolean defaultValue) {
        BsonValue v = body.get(field);
        if (v == null || v.isNull()) {
            return defaultValue;
        }
        if (v.isBoolean()) {
            return v.asBoolean().getValue();
        }
        if (v.isNumber()) {
            return v.asNumber().doubleValue() != 0;
        }
        throw MongoError.typeMismatch("BSON field '" + field + "' is the wrong type '" + typeName(v)
                + "', expected types '[bool, long, int, decimal, double]'");
    }

    static List<BsonDocument> documents(Request request, String field) {
        List<BsonDocument> docs = request.documents(field);
        if (docs == null) {
            if (request.body().containsKey(field)) {
                throw MongoError.typeMismatch("BSON field '" + request.commandName() + "." + field
                        + "' is the wrong type '" + typeName(request.body().get(field)) + "', expected type 'array'");
            }
            throw new MongoError(40414, "Location40414", "BSON field '" + request.commandName() + "." + field
                    + "' is missing but a required field");
        }
        for (BsonDocument d : docs) {
            if (d == null) {
                throw MongoError.typeMismatch("BSON field '" + request.commandName() + "." + field
                        + "' contains an element that is not an object");
            }
        }
        return docs;
    }

    static String typeName(BsonValue v) {
        return BsonTypeNames.alias(v);
    }

    /** {@code {cursor: {firstBatch|nextBatch: [...], id, ns}}}. */
    static BsonDocument cursorReply(long id, String namespace, List<BsonDocument> batch, boolean first) {
        BsonDocument cursor = new BsonDocument(first ? "firstBatch" : "nextBatch", new BsonArray(batch))
                .append("id", new BsonInt64(id)).append("ns", new BsonString(namespace));
        return new BsonDocument("cursor", cursor);
    }
}
