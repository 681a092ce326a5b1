package vn.tdkt.embeddedmongo.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.error.MongoError;
import vn.tdkt.embeddedmongo.query.Filter;
import vn.tdkt.embeddedmongo.storage.CollectionStore;
import vn.tdkt.embeddedmongo.wire.Request;

/** create, drop, listCollections, dropDatabase and listDatabases. */
final class CollectionCommands {

    private CollectionCommands() {
    }

    static void register(Map<String, Command> commands) {
        commands.put("create", CollectionCommands::create);
        commands.put("drop", CollectionCommands::drop);
        commands.put("listCollections", CollectionCommands::listCollections);
        commands.put("dropDatabase", CollectionCommands::dropDatabase);
        commands.put("listDatabases", CollectionCommands::listDatabases);
    }

    static BsonDocument create(CommandContext ctx, Request request) {
        String ns = Args.namespace(request);
        BsonDocument options = new BsonDocument();
        for (Map.Entry<String, BsonValue> e : request.body().entrySet()) {
            String key = e.getKey();
            if (!key.equals("create") && !key.startsWith("$") && !key.equals("lsid") && !key.equals("writeConcern")) {
                options.put(key, e.getValue());
            }
        }
        if (options.containsKey("viewOn") || options.containsKey("timeseries")) {
            throw new MongoError(115, "CommandNotSupported", "views and time-series collections are not supported by embedded-mongo");
        }
        ctx.catalog().create(ns, options, false);
        return new BsonDocument();
    }

    static BsonDocument drop(CommandContext ctx, Request request) {
        String ns = Args.namespace(request);
        CollectionStore collection = ctx.catalog().get(ns);
        if (collection == null) {
            return new BsonDocument(); // MongoDB 7 treats dropping a missing collection as success
        }
        int indexes = collection.indexes().size();
        ctx.catalog().drop(ns);
        return new BsonDocument("nIndexesWas", new BsonInt32(indexes)).append("ns", new BsonString(ns));
    }

    static BsonDocument listCollections(CommandContext ctx, Request request) {
        BsonDocument filterDoc = Args.document(request.body(), "filter");
        Filter filter = QueryExecutor.parseFilter(filterDoc);
        boolean nameOnly = Args.bool(request.body(), "nameOnly", false);
        List<BsonDocument> docs = new ArrayList<>();
        for (CollectionStore collection : ctx.catalog().collections(request.database())) {
            BsonDocument full = new BsonDocument("name", new BsonString(collection.name()))
                    .append("type", new BsonString("collection"))
                    .append("options", collection.options())
                    .append("info", new BsonDocument("readOnly", BsonBoolean.FALSE))
                    .append("idIndex", new BsonDocument("v", new BsonInt32(2))
                            .append("key", new BsonDocument("_id", new BsonInt32(1)))
                            .append("name", new BsonString("_id_")));
            if (filter == null || filter.matches(full)) {
                docs.add(nameOnly ? new BsonDocument("name", full.get("name")).append("type", full.get("type")) : full);
            }
        }
        return Args.cursorReply(0, request.database() + ".$cmd.listCollections", docs, true);
    }

    static BsonDocument dropDatabase(CommandContext ctx, Request request) {
        ctx.catalog().dropDatabase(request.database());
        return new BsonDocument("dropped", new BsonString(request.database()));
    }

    static BsonDocument listDatabases(CommandContext ctx, Request request) {
        boolean nameOnly = Args.bool(request.body(), "nameOnly", false);
        Filter filter = QueryExecutor.parseFilter(Args.document(request.body(), "filter"));
        List<BsonDocument> docs = new ArrayList<>();
        long total = 0;
        for (String db : ctx.catalog().databases()) {
            long size = 0;
            for (CollectionStore collection : ctx.catalog().collections(db)) {
                size += collection.storageSize() + collection.indexes().stream().mapToLong(collection::indexSize).sum();
            }
            size = Math.max(size, 4096); // a database with data never reports zero bytes
            total += size;
            BsonDocument doc = new BsonDocument("name", new BsonString(db));
            if (!nameOnly) {
                doc.append("sizeOnDisk", new BsonInt64(size)).append("empty", BsonBoolean.FALSE);
            }
            if (filter == null || filter.matches(doc)) {
                docs.add(doc);
            }
        }
        BsonDocument reply = new BsonDocument("databases", new org.bson.BsonArray(docs));
        if (!nameOnly) {
            reply.append("totalSize", new BsonInt64(total)).append("totalSizeMb", new BsonInt64(total >> 20));
        }
        return reply;
    }
}
