package vn.tdkt.embeddedmongo.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.error.MongoError;
import vn.tdkt.embeddedmongo.query.Filter;
import vn.tdkt.embeddedmongo.index.QueryPlan;
import vn.tdkt.embeddedmongo.query.BsonOrder;
import vn.tdkt.embeddedmongo.storage.CollectionStore;
import vn.tdkt.embeddedmongo.wire.Request;

/** find, getMore, killCursors, count, distinct and explain. */
final class ReadCommands {

    private ReadCommands() {
    }

    static void register(Map<String, Command> commands) {
        commands.put("find", ReadCommands::find);
        commands.put("getMore", ReadCommands::getMore);
        commands.put("killCursors", ReadCommands::killCursors);
        commands.put("count", ReadCommands::count);
        commands.put("distinct", ReadCommands::distinct);
        commands.put("explain", ReadCommands::explain);
    }

    private static QueryExecutor.Query findQuery(BsonDocument body) {
        long skip = Args.longValue(body, "skip", 0);
        long limit = Args.longValue(body, "limit", 0);
        if (skip < 0) {
            throw MongoError.badValue("skip value must be non-negative, but received: " + skip);
        }
        if (limit < 0) {
            throw MongoError.badValue("limit value must be non-negative, but received: " + limit);
        }
        Filter filter = QueryExecutor.parseFilter(Args.document(body, "filter"));
        return new QueryExecutor.Query(filter, QueryExecutor.parseSort(Args.document(body, "sort")), skip, limit,
                QueryExecutor.parseProjection(Args.document(body, "projection"), filter), body.get("hint"));
    }

    static BsonDocument find(CommandContext ctx, Request request) {
        String ns = Args.namespace(request);
        BsonDocument body = request.body();
        QueryExecutor.Query query = findQuery(body);
        long batchSize = Args.longValue(body, "batchSize", -1);
        if (body.containsKey("batchSize") && batchSize < 0) {
            throw MongoError.badValue("batchSize value must be non-negative, but received: " + batchSize);
        }
        boolean singleBatch = Args.bool(body, "singleBatch", false);
        ctx.stats().queries.incrementAndGet();
        CollectionStore collection = ctx.catalog().get(ns);
        if (collection == null) {
            return Args.cursorReply(0, ns, List.of(), true);
        }
        ResultIterator results = QueryExecutor.find(collection, query, ctx.stats());
        return firstBatch(ctx, ns, results, batchSize < 0 ? Cursor.DEFAULT_FIRST_BATCH : batchSize, singleBatch);
    }

    /** The first batch of a result; the rest stays behind a cursor unless the result is exhausted. */
    static BsonDocument firstBatch(CommandContext ctx, String ns, ResultIterator results, long batchSize, boolean singleBatch) {
        Cursor cursor = ctx.cursors().open(ns, results);
        List<BsonDocument> batch = batchSize == 0 ? List.of() : cursor.nextBatch((int) Math.min(batchSize, Integer.MAX_VALUE));
        long id = cursor.id();
        if (singleBatch || (batchSize != 0 && cursor.exhausted())) {
            ctx.cursors().kill(id);
            id = 0;
        }
        return Args.cursorReply(id, ns, batch, true);
    }

    static BsonDocument getMore(CommandContext ctx, Request request) {
        BsonValue idValue = request.body().get("getMore");
        if (!(idValue != null && idValue.isInt64())) {
            throw MongoError.typeMismatch("BSON field 'getMore.getMore' is the wrong type '"
                    + (idValue == null ? "missing" : Args.typeName(idValue)) + "', expected type 'long'");
        }
        BsonValue coll = request.body().get("collection");
        if (coll == null || !coll.isString()) {
            throw MongoError.typeMismatch("BSON field 'getMore.collection' is the wrong type, expected type 'string'");
        }
        String ns = request.database() + "." + coll.asString().getValue();
        long batchSize = Args.longValue(request.body(), "batchSize", 0);
        ctx.stats().getMores.incrementAndGet();
        long id = idValue.asInt64().getValue();
        Cursor cursor = ctx.cursors().get(id);
        if (!cursor.namespace().equals(ns)) {
            throw new MongoError(13, "Unauthorized", "Requested getMore on namespace '" + ns
                    + "', but cursor belongs to a different namespace " + cursor.namespace());
        }
        List<BsonDocument> batch = cursor.nextBatch((int) Math.max(0, Math.min(batchSize, Integer.MAX_VALUE)));
        if (cursor.exhausted()) {
            ctx.cursors().kill(id);
            id = 0;
        }
        return Args.cursorReply(id, ns, batch, false);
    }

    static BsonDocument killCursors(CommandContext ctx, Request request) {
        Args.collection(request);
        BsonValue ids = request.body().get("cursors");
        if (ids == null || !ids.isArray()) {
            throw MongoError.typeMismatch("BSON field 'killCursors.cursors' is missing or not an array");
        }
        BsonArray killed = new BsonArray();
        BsonArray notFound = new BsonArray();
        for (BsonValue v : ids.asArray()) {
            long id = v.isNumber() ? v.asNumber().longValue() : 0;
            (ctx.cursors().kill(id) ? killed : notFound).add(new BsonInt64(id));
        }
        return new BsonDocument("cursorsKilled", killed).append("cursorsNotFound", notFound)
                .append("cursorsAlive", new BsonArray()).append("cursorsUnknown", new BsonArray());
    }

    static BsonDocument count(CommandContext ctx, Request request) {
        String ns = Args.namespace(request);
        BsonDocument body = request.body();
        BsonDocument filter = Args.document(body, "query");
        long skip = Math.max(0, Args.longValue(body, "skip", 0));
        long limit = Math.abs(Args.longValue(body, "limit", 0));
        ctx.stats().commands.incrementAndGet();
        CollectionStore collection = ctx.catalog().get(ns);
        long n = 0;
        if (collection != null) {
            if ((filter == null || filter.isEmpty()) && body.get("hint") == null) {
                n = Math.max(0, collection.count() - skip);
                n = limit > 0 ? Math.min(n, limit) : n;
            } else {
                QueryExecutor.Query q = new QueryExecutor.Query(QueryExecutor.parseFilter(filter), null, skip, limit,
                        null, body.get("hint"));
                try (ResultIterator it = QueryExecutor.find(collection, q, ctx.stats())) {
                    while (it.hasNext()) {
                        it.next();
                        n++;
                    }
                }
            }
        }
        return new BsonDocument("n", n <= Integer.MAX_VALUE ? new BsonInt32((int) n) : new BsonInt64(n));
    }

    static BsonDocument distinct(CommandContext ctx, Request request) {
        String ns = Args.namespace(request);
        BsonValue key = request.body().get("key");
        if (key == null || !key.isString()) {
            throw MongoError.typeMismatch("BSON field 'distinct.key' is missing or is not a string");
        }
        ctx.stats().commands.incrementAndGet();
        TreeSet<BsonValue> values = new TreeSet<>(BsonOrder.COMPARATOR);
        CollectionStore collection = ctx.catalog().get(ns);
        if (collection != null) {
            QueryExecutor.Query q = QueryExecutor.Query.of(Args.document(request.body(), "query"));
            String[] path = key.asString().getValue().split("\\.");
            try (ResultIterator it = QueryExecutor.find(collection, q, ctx.stats())) {
                while (it.hasNext()) {
                    collect(it.next(), path, 0, values);
                }
            }
        }
        return new BsonDocument("values", new BsonArray(new ArrayList<>(values)));
    }

    /** distinct treats each element of an array as a value of its own, as MongoDB does. */
    private static void collect(BsonValue value, String[] path, int depth, TreeSet<BsonValue> out) {
        if (depth == path.length) {
            if (value.isArray()) {
                out.addAll(value.asArray().getValues());
            } else {
                out.add(value);
            }
            return;
        }
        if (value.isDocument()) {
            BsonValue child = value.asDocument().get(path[depth]);
            if (child != null) {
                collect(child, path, depth + 1, out);
            }
        } else if (value.isArray()) {
            for (BsonValue element : value.asArray()) {
                if (element.isDocument()) {
                    collect(element, path, depth, out);
                }
            }
        }
    }

    /**
     * explain for find, count, distinct, update, delete and aggregate: the access path chosen and,
     * from actually running the query, how many keys and documents it examined.
     */
    static BsonDocument explain(CommandContext ctx, Request request) {
        BsonDocument inner = Args.document(request.body(), "explain");
        if (inner == null || inner.isEmpty()) {
            throw MongoError.badValue("explain command requires a nested object");
        }
        String command = inner.getFirstKey();
        Request innerRequest = new Request(request.database(), inner, request.sequences());
        String ns = Args.namespace(innerRequest);
        QueryExecutor.Query query = switch (command) {
            case "find" -> findQuery(inner);
            case "count" -> QueryExecutor.Query.of(Args.document(inner, "query"));
            case "distinct" -> QueryExecutor.Query.of(Args.document(inner, "query"));
            case "delete", "update" -> {
                BsonArray stmts = inner.getArray(command.equals("delete") ? "deletes" : "updates", new BsonArray());
                BsonDocument first = stmts.isEmpty() ? new BsonDocument() : stmts.get(0).asDocument();
                yield QueryExecutor.Query.of(Args.document(first, "q"));
            }
            case "findAndModify", "findandmodify" -> new QueryExecutor.Query(
                    QueryExecutor.parseFilter(Args.document(inner, "query")),
                    QueryExecutor.parseSort(Args.document(inner, "sort")), 0, 1, null, null);
            case "aggregate" -> AggregateCommand.leadingQuery(inner);
            default -> throw new MongoError(59, "CommandNotFound", "Explain failed due to unknown command: " + command);
        };
        CollectionStore collection = ctx.catalog().get(ns);
        BsonDocument winning;
        long returned = 0;
        long keys = 0;
        long docs = 0;
        if (collection == null) {
            winning = new BsonDocument("stage", new BsonString("EOF"));
        } else {
            QueryExecutor.Execution execution = QueryExecutor.execute(collection, query, ctx.stats());
            try (ResultIterator it = execution.results()) {
                while (it.hasNext()) {
                    it.next();
                    returned++;
                }
            }
            keys = execution.stats().keysExamined();
            docs = execution.stats().docsExamined();
            winning = describe(execution.plan(), query);
        }
        BsonDocument planner = new BsonDocument("namespace", new BsonString(ns))
                .append("winningPlan", winning).append("rejectedPlans", new BsonArray());
        BsonDocument stats = new BsonDocument("executionSuccess", BsonBoolean.TRUE)
                .append("nReturned", new BsonInt64(returned))
                .append("totalKeysExamined", new BsonInt64(keys))
                .append("totalDocsExamined", new BsonInt64(docs));
        return new BsonDocument("queryPlanner", planner).append("executionStats", stats)
                .append("command", inner);
    }

    private static BsonDocument describe(QueryPlan plan, QueryExecutor.Query query) {
        BsonDocument access;
        String stage = plan.stage();
        if (stage.equals("COLLSCAN")) {
            access = new BsonDocument("stage", new BsonString("COLLSCAN"))
                    .append("direction", new BsonString(plan.reverse() ? "backward" : "forward"));
        } else if (stage.equals("IDHACK")) {
            return new BsonDocument("stage", new BsonString("IDHACK"));
        } else {
            access = new BsonDocument("stage", new BsonString("FETCH")).append("inputStage",
                    new BsonDocument("stage", new BsonString("IXSCAN"))
                            .append("keyPattern", plan.index().key())
                            .append("indexName", new BsonString(plan.index().name()))
                            .append("isMultiKey", BsonBoolean.valueOf(plan.index().multikey()))
                            .append("direction", new BsonString(plan.reverse() ? "backward" : "forward")));
        }
        if (query.sort() != null && !plan.providesSort()) {
            access = new BsonDocument("stage", new BsonString("SORT")).append("inputStage", access);
        }
        return access;
    }
}
