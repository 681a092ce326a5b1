package vn.tdkt.embeddedmongo.commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.error.MongoError;
import vn.tdkt.embeddedmongo.query.Filter;
import vn.tdkt.embeddedmongo.storage.BsonBytes;
import vn.tdkt.embeddedmongo.storage.CollectionStore;
import vn.tdkt.embeddedmongo.storage.DuplicateKeyError;
import vn.tdkt.embeddedmongo.update.Update;
import vn.tdkt.embeddedmongo.wire.Request;

/**
 * insert, update and delete: each statement of a batch succeeds or fails on its own; failures are
 * reported as {@code writeErrors} with their index in the batch, and an ordered batch stops at the
 * first one, as in MongoDB.
 */
final class WriteCommands {

    static final int MAX_WRITE_BATCH = 100_000;

    private WriteCommands() {
    }

    static void register(Map<String, Command> commands) {
        commands.put("insert", WriteCommands::insert);
        commands.put("update", WriteCommands::update);
        commands.put("delete", WriteCommands::delete);
    }

    private static void checkBatch(List<BsonDocument> statements) {
        if (statements.isEmpty() || statements.size() > MAX_WRITE_BATCH) {
            throw new MongoError(16, "InvalidLength", "Write batch sizes must be between 1 and " + MAX_WRITE_BATCH
                    + ". Got " + statements.size() + " operations.");
        }
    }

    static BsonDocument insert(CommandContext ctx, Request request) {
        String ns = Args.namespace(request);
        List<BsonDocument> documents = Args.documents(request, "documents");
        checkBatch(documents);
        boolean ordered = Args.bool(request.body(), "ordered", true);
        CollectionStore collection = ctx.catalog().getOrCreate(ns);
        List<CollectionStore.WriteFailure> failures = collection.insert(documents, ordered);
        int n = ordered && !failures.isEmpty() ? failures.get(0).index() : documents.size() - failures.size();
        ctx.stats().inserts.addAndGet(n);
        BsonDocument reply = new BsonDocument("n", new BsonInt32(n));
        if (!failures.isEmpty()) {
            BsonArray errors = new BsonArray();
            failures.forEach(f -> errors.add(writeError(f.index(), f.error())));
            reply.append("writeErrors", errors);
        }
        return reply;
    }

    static BsonDocument writeError(int index, MongoError error) {
        BsonDocument doc = new BsonDocument("index", new BsonInt32(index))
                .append("code", new BsonInt32(error.code()));
        if (error instanceof DuplicateKeyError dup) {
            doc.append("keyPattern", dup.keyPattern()).append("keyValue", dup.keyValue());
        }
        return doc.append("errmsg", new BsonString(error.getMessage()));
    }

    // ---------------------------------------------------------------- update

    private record UpdateResult(long matched, long modified, BsonValue upsertedId) {
    }

    static BsonDocument update(CommandContext ctx, Request request) {
        String ns = Args.namespace(request);
        List<BsonDocument> statements = Args.documents(request, "updates");
        checkBatch(statements);
        boolean ordered = Args.bool(request.body(), "ordered", true);
        long n = 0;
        long modified = 0;
        BsonArray upserted = new BsonArray();
        BsonArray errors = new BsonArray();
        for (int i = 0; i < statements.size(); i++) {
            try {
                UpdateResult r = updateOne(ctx, ns, statements.get(i));
                ctx.stats().updates.incrementAndGet();
                n += r.matched();
                modified += r.modified();
                if (r.upsertedId() != null) {
                    n++;
                    upserted.add(new BsonDocument("index", new BsonInt32(i)).append("_id", r.upsertedId()));
                }
            } catch (MongoError e) {
                errors.add(writeError(i, e));
                if (ordered) {
                    break;
                }
            }
        }
        BsonDocument reply = new BsonDocument("n", new BsonInt32((int) n)).append("nModified", new BsonInt32((int) modified));
        if (!upserted.isEmpty()) {
            reply.append("upserted", upserted);
        }
        if (!errors.isEmpty()) {
            reply.append("writeErrors", errors);
        }
        return reply;
    }

    private static UpdateResult updateOne(CommandContext ctx, String ns, BsonDocument statement) {
        BsonDocument q = Args.document(statement, "q");
        BsonValue u = statement.get("u");
        if (u == null) {
            throw new MongoError(40414, "Location40414", "BSON field 'update.updates.u' is missing but a required field");
        }
        if (!u.isDocument() && !u.isArray()) {
            throw MongoError.typeMismatch("BSON field 'update.updates.u' is the wrong type '" + Args.typeName(u)
                    + "', expected type 'object'");
        }
        boolean multi = Args.bool(statement, "multi", false);
        boolean upsert = Args.bool(statement, "upsert", false);
        Update update = parseUpdate(u, arrayFilters(statement));
        if (multi && update.isReplacement() && !u.asDocument().isEmpty()) {
            throw new MongoError(9, "FailedToParse", "multi update is not supported for replacement-style update");
        }
        Filter filter = QueryExecutor.parseFilter(q);
        CollectionStore collection = upsert ? ctx.catalog().getOrCreate(ns) : ctx.catalog().get(ns);
        if (collection == null) {
            return new UpdateResult(0, 0, null);
        }
        QueryExecutor.Query query = new QueryExecutor.Query(filter, null, 0, multi ? 0 : 1, null, statement.get("hint"));
        collection.lock().lock();
        try {
            // Streams: the scan reads a snapshot, so documents moved ahead by the update are not seen twice.
            long matched = 0;
            long modified = 0;
            try (ResultIterator matches = QueryExecutor.find(collection, query, ctx.stats())) {
                while (matches.hasNext()) {
                    matched++;
                    if (apply(collection, update, matches.next(), selector(filter)) != null) {
                        modified++;
                    }
                }
            }
            if (matched == 0 && upsert) {
                BsonDocument created = CollectionStore.prepareForInsert(update.upsertDocument(selector(filter)));
                insertOrThrow(collection, created);
                return new UpdateResult(0, 0, created.get("_id"));
            }
            return new UpdateResult(matched, modified, null);
        } finally {
            collection.lock().unlock();
        }
    }

    static Filter selector(Filter filter) {
        return filter != null ? filter : Filter.all();
    }

    /** A document of operators or a replacement, or (an array) a pipeline-style update as Spring's AggregationUpdate sends. */
    static Update parseUpdate(BsonValue u, List<BsonDocument> arrayFilters) {
        if (u.isArray()) {
            List<BsonDocument> stages = new ArrayList<>();
            for (BsonValue stage : u.asArray()) {
                if (!stage.isDocument()) {
                    throw MongoError.typeMismatch("Each element of the update pipeline must be an object");
                }
                stages.add(stage.asDocument());
            }
            return Update.parsePipeline(stages, arrayFilters);
        }
        return Update.parse(u.asDocument(), arrayFilters);
    }

    static List<BsonDocument> arrayFilters(BsonDocument statement) {
        BsonValue v = statement.get("arrayFilters");
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw MongoError.typeMismatch("BSON field 'arrayFilters' is the wrong type, expected type 'array'");
        }
        List<BsonDocument> out = new ArrayList<>();
        for (BsonValue f : v.asArray()) {
            out.add(f.asDocument());
        }
        return out;
    }

    /** Applies an update to a stored document; returns the new version, or null when nothing changed. */
    static BsonDocument apply(CollectionStore collection, Update update, BsonDocument stored, Filter selector) {
        BsonDocument updated = update.apply(BsonBytes.mutable(stored), false, selector);
        if (Arrays.equals(BsonBytes.toBytes(updated), BsonBytes.toBytes(stored))) {
            return null;
        }
        collection.replace(stored, updated);
        return updated;
    }

    static void insertOrThrow(CollectionStore collection, BsonDocument document) {
        List<CollectionStore.WriteFailure> failures = collection.insert(List.of(document), true);
        if (!failures.isEmpty()) {
            throw failures.get(0).error();
        }
    }

    // ---------------------------------------------------------------- delete

    static BsonDocument delete(CommandContext ctx, Request request) {
        String ns = Args.namespace(request);
        List<BsonDocument> statements = Args.documents(request, "deletes");
        checkBatch(statements);
        boolean ordered = Args.bool(request.body(), "ordered", true);
        for (BsonDocument statement : statements) {
            deleteLimit(statement); // a malformed statement fails the whole command, as in MongoDB
        }
        long n = 0;
        BsonArray errors = new BsonArray();
        for (int i = 0; i < statements.size(); i++) {
            try {
                n += deleteOne(ctx, ns, statements.get(i));
                ctx.stats().deletes.incrementAndGet();
            } catch (MongoError e) {
                errors.add(writeError(i, e));
                if (ordered) {
                    break;
                }
            }
        }
        BsonDocument reply = new BsonDocument("n", new BsonInt32((int) n));
        if (!errors.isEmpty()) {
            reply.append("writeErrors", errors);
        }
        return reply;
    }

    private static long deleteLimit(BsonDocument statement) {
        long limit = Args.longValue(statement, "limit", -1);
        if (limit != 0 && limit != 1) {
            throw new MongoError(9, "FailedToParse", "The limit field in delete objects must be 0 or 1. Got " + limit);
        }
        return limit;
    }

    private static long deleteOne(CommandContext ctx, String ns, BsonDocument statement) {
        BsonDocument q = Args.document(statement, "q");
        if (q == null) {
            throw new MongoError(40414, "Location40414", "BSON field 'delete.deletes.q' is missing but a required field");
        }
        long limit = deleteLimit(statement);
        CollectionStore collection = ctx.catalog().get(ns);
        if (collection == null) {
            return 0;
        }
        QueryExecutor.Query query = new QueryExecutor.Query(QueryExecutor.parseFilter(q), null, 0, limit,
                null, statement.get("hint"));
        collection.lock().lock();
        try {
            long n = 0;
            try (ResultIterator matches = QueryExecutor.find(collection, query, ctx.stats())) {
                while (matches.hasNext()) {
                    collection.delete(matches.next());
                    n++;
                }
            }
            return n;
        } finally {
            collection.lock().unlock();
        }
    }
}
