package vn.tdkt.embeddedmongo.commands;

import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.error.MongoError;
import vn.tdkt.embeddedmongo.query.Filter;
import vn.tdkt.embeddedmongo.query.Projection;
import vn.tdkt.embeddedmongo.storage.CollectionStore;
import vn.tdkt.embeddedmongo.update.Update;
import vn.tdkt.embeddedmongo.wire.Request;

/**
 * findAndModify: finds the first document in sort order and updates or removes it atomically
 * under the collection lock, returning the old or new version — what lease and counter patterns
 * rely on.
 */
final class FindAndModifyCommand {

    private FindAndModifyCommand() {
    }

    static BsonDocument run(CommandContext ctx, Request request) {
        BsonDocument body = request.body();
        String ns = Args.namespace(request);
        boolean remove = Args.bool(body, "remove", false);
        boolean returnNew = Args.bool(body, "new", false);
        boolean upsert = Args.bool(body, "upsert", false);
        BsonValue u = body.get("update");
        if (remove && u != null) {
            throw new MongoError(9, "FailedToParse", "Cannot specify both an update and remove=true");
        }
        if (!remove && u == null) {
            throw new MongoError(9, "FailedToParse", "Either an update or remove=true must be specified");
        }
        if (remove && upsert) {
            throw new MongoError(9, "FailedToParse", "Cannot specify both upsert=true and remove=true ");
        }
        if (remove && returnNew) {
            throw new MongoError(9, "FailedToParse",
                    "Cannot specify both new=true and remove=true; 'remove' always returns the deleted document");
        }
        if (u != null && !u.isDocument() && !u.isArray()) {
            throw MongoError.typeMismatch("BSON field 'findAndModify.update' is the wrong type '" + Args.typeName(u)
                    + "', expected type 'object'");
        }
        Filter filter = QueryExecutor.parseFilter(Args.document(body, "query"));
        Projection fields = QueryExecutor.parseProjection(Args.document(body, "fields"), filter);
        Update update = u == null ? null : WriteCommands.parseUpdate(u, WriteCommands.arrayFilters(body));
        QueryExecutor.Query query = new QueryExecutor.Query(filter, QueryExecutor.parseSort(Args.document(body, "sort")),
                0, 1, null, body.get("hint"));
        CollectionStore collection = upsert ? ctx.catalog().getOrCreate(ns) : ctx.catalog().get(ns);
        if (collection == null) {
            return reply(lastError(0, false, null), null, fields);
        }
        collection.lock().lock();
        try {
            BsonDocument found;
            try (ResultIterator it = QueryExecutor.find(collection, query, ctx.stats())) {
                found = it.hasNext() ? it.next() : null;
            }
            if (remove) {
                ctx.stats().deletes.incrementAndGet();
                if (found == null) {
                    return reply(new BsonDocument("n", new BsonInt32(0)), null, fields);
                }
                collection.delete(found);
                return reply(new BsonDocument("n", new BsonInt32(1)), found, fields);
            }
            ctx.stats().updates.incrementAndGet();
            Filter selector = WriteCommands.selector(filter);
            if (found != null) {
                BsonDocument updated = WriteCommands.apply(collection, update, found, selector);
                BsonDocument result = returnNew ? (updated != null ? updated : found) : found;
                return reply(lastError(1, true, null), result, fields);
            }
            if (upsert) {
                BsonDocument created = CollectionStore.prepareForInsert(update.upsertDocument(selector));
                WriteCommands.insertOrThrow(collection, created);
                return reply(lastError(1, false, created.get("_id")), returnNew ? created : null, fields);
            }
            return reply(lastError(0, false, null), null, fields);
        } finally {
            collection.lock().unlock();
        }
    }

    private static BsonDocument lastError(int n, boolean updatedExisting, BsonValue upserted) {
        BsonDocument doc = new BsonDocument("n", new BsonInt32(n))
                .append("updatedExisting", BsonBoolean.valueOf(updatedExisting));
        if (upserted != null) {
            doc.append("upserted", upserted);
        }
        return doc;
    }

    private static BsonDocument reply(BsonDocument lastErrorObject, BsonDocument value, Projection fields) {
        BsonValue v = value == null ? BsonNull.VALUE : fields == null ? value : fields.apply(value);
        return new BsonDocument("lastErrorObject", lastErrorObject).append("value", v);
    }
}
