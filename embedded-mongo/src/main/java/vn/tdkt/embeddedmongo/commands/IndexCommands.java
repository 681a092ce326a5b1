package vn.tdkt.embeddedmongo.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.error.MongoError;
import vn.tdkt.embeddedmongo.index.IndexSpec;
import vn.tdkt.embeddedmongo.storage.CollectionStore;
import vn.tdkt.embeddedmongo.wire.Request;

/** createIndexes, listIndexes and dropIndexes. */
final class IndexCommands {

    private IndexCommands() {
    }

    static void register(Map<String, Command> commands) {
        commands.put("createIndexes", IndexCommands::createIndexes);
        commands.put("listIndexes", IndexCommands::listIndexes);
        commands.put("dropIndexes", IndexCommands::dropIndexes);
        commands.put("deleteIndexes", IndexCommands::dropIndexes);
    }

    static BsonDocument createIndexes(CommandContext ctx, Request request) {
        String ns = Args.namespace(request);
        List<BsonDocument> specs = Args.documents(request, "indexes");
        if (specs.isEmpty()) {
            throw MongoError.badValue("Must specify at least one index to create");
        }
        boolean existed = ctx.catalog().get(ns) != null;
        CollectionStore collection = ctx.catalog().getOrCreate(ns);
        int before = collection.indexes().size();
        int created = collection.createIndexes(new ArrayList<>(specs));
        BsonDocument reply = new BsonDocument("numIndexesBefore", new BsonInt32(before))
                .append("numIndexesAfter", new BsonInt32(before + created))
                .append("createdCollectionAutomatically", BsonBoolean.valueOf(!existed));
        if (created == 0) {
            reply.append("note", new BsonString("all indexes already exist"));
        }
        return reply;
    }

    static BsonDocument listIndexes(CommandContext ctx, Request request) {
        String ns = Args.namespace(request);
        CollectionStore collection = ctx.catalog().get(ns);
        if (collection == null) {
            throw new MongoError(26, "NamespaceNotFound", "ns does not exist: " + ns);
        }
        List<BsonDocument> docs = new ArrayList<>();
        for (IndexSpec index : collection.indexes()) {
            docs.add(index.describe());
        }
        return Args.cursorReply(0, ns, docs, true);
    }

    static BsonDocument dropIndexes(CommandContext ctx, Request request) {
        String ns = Args.namespace(request);
        CollectionStore collection = ctx.catalog().get(ns);
        if (collection == null) {
            throw new MongoError(26, "NamespaceNotFound", "ns not found " + ns);
        }
        int before = collection.indexes().size();
        BsonValue index = request.body().get("index");
        if (index == null) {
            throw new MongoError(40414, "Location40414", "BSON field 'dropIndexes.index' is missing but a required field");
        }
        if (index.isString() && index.asString().getValue().equals("*")) {
            collection.dropAllIndexes();
        } else if (index.isString()) {
            collection.dropIndex(index.asString().getValue());
        } else if (index.isDocument()) {
            collection.dropIndexByKey(index.asDocument());
        } else if (index.isArray()) {
            for (BsonValue name : index.asArray()) {
                collection.dropIndex(name.asString().getValue());
            }
        } else {
            throw MongoError.typeMismatch("BSON field 'dropIndexes.index' is the wrong type '" + Args.typeName(index) + "'");
        }
        return new BsonDocument("nIndexesWas", new BsonInt32(before));
    }
}
