package vn.tdkt.embeddedmongo.commands;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.aggregation.Pipeline;
import vn.tdkt.embeddedmongo.error.MongoError;
import vn.tdkt.embeddedmongo.storage.CollectionStore;
import vn.tdkt.embeddedmongo.wire.Request;

/**
 * aggregate: the pipeline runs over the documents its leading {@code $match} selects through the
 * query planner (so that stage can use an index), with a cursor reply like find. The driver's
 * countDocuments shape ({@code $match, [$skip], [$limit], $group {_id: 1, n: {$sum: 1}}}) is
 * counted directly without materialising anything.
 */
final class AggregateCommand {

    private AggregateCommand() {
    }

    static BsonDocument run(CommandContext ctx, Request request) {
        BsonDocument body = request.body();
        BsonValue target = body.get("aggregate");
        if (target == null || !target.isString()) {
            throw new MongoError(73, "InvalidNamespace",
                    "embedded-mongo supports aggregate on a collection only, not database-level aggregation");
        }
        String ns = Args.namespace(request);
        List<BsonDocument> stages = stages(body);
        BsonDocument cursorOptions = Args.document(body, "cursor");
        if (cursorOptions == null && !Args.bool(body, "explain", false)) {
            throw new MongoError(9, "FailedToParse",
                    "The 'cursor' option is required, except for aggregate with the explain argument");
        }
        long batchSize = cursorOptions == null ? -1 : Args.longValue(cursorOptions, "batchSize", -1);
        ctx.stats().commands.incrementAndGet();
        CollectionStore collection = ctx.catalog().get(ns);

        BsonDocument counted = countDocuments(ctx, collection, stages, body.get("hint"));
        if (counted != null) {
            return Args.cursorReply(0, ns, counted.isEmpty() ? List.of() : List.of(counted), true);
        }

        String database = request.database();
        Pipeline pipeline = Pipeline.parse(stages, name -> scanAll(ctx, database + "." + name));
        ResultIterator input;
        if (collection == null) {
            input = ResultIterator.of(Collections.emptyIterator(), null);
        } else {
            BsonDocument match = pipeline.leadingMatch().orElse(null);
            input = QueryExecutor.find(collection, new QueryExecutor.Query(QueryExecutor.parseFilter(match), null, 0, 0,
                    null, body.get("hint")), ctx.stats());
        }
        Iterator<BsonDocument> output = pipeline.execute(input);
        return ReadCommands.firstBatch(ctx, ns, ResultIterator.of(output, input),
                batchSize < 0 ? Cursor.DEFAULT_FIRST_BATCH : batchSize, false);
    }

    static List<BsonDocument> stages(BsonDocument body) {
        BsonValue pipeline = body.get("pipeline");
        if (pipeline == null || !pipeline.isArray()) {
            throw MongoError.typeMismatch("BSON field 'aggregate.pipeline' is missing or is not an array");
        }
        List<BsonDocument> stages = new ArrayList<>();
        for (BsonValue stage : pipeline.asArray()) {
            if (!stage.isDocument()) {
                throw MongoError.typeMismatch("Each element of the 'pipeline' array must be an object");
            }
            stages.add(stage.asDocument());
        }
        return stages;
    }

    /** The query of a pipeline's leading $match, for explain. */
    static QueryExecutor.Query leadingQuery(BsonDocument body) {
        List<BsonDocument> stages = stages(body);
        BsonDocument match = !stages.isEmpty() && stages.get(0).containsKey("$match")
                ? stages.get(0).getDocument("$match") : null;
        return QueryExecutor.Query.of(match);
    }

    private static Iterator<BsonDocument> scanAll(CommandContext ctx, String ns) {
        CollectionStore collection = ctx.catalog().get(ns);
        if (collection == null) {
            return Collections.emptyIterator();
        }
        return QueryExecutor.find(collection, new QueryExecutor.Query(null, null, 0, 0, null, null), ctx.stats());
    }

    /**
     * The result of a countDocuments-shaped pipeline: an empty document for no match (an empty
     * batch), the count document otherwise; null when the pipeline has another shape.
     */
    private static BsonDocument countDocuments(CommandContext ctx, CollectionStore collection, List<BsonDocument> stages,
                                               BsonValue hint) {
        BsonDocument match = null;
        long skip = 0;
        long limit = 0;
        int i = 0;
        if (i < stages.size() && stages.get(i).size() == 1 && stages.get(i).containsKey("$match")) {
            match = stages.get(i++).getDocument("$match");
        }
        if (i < stages.size() && stages.get(i).size() == 1 && stages.get(i).isNumber("$skip")) {
            skip = stages.get(i++).getNumber("$skip").longValue();
        }
        if (i < stages.size() && stages.get(i).size() == 1 && stages.get(i).isNumber("$limit")) {
            limit = stages.get(i++).getNumber("$limit").longValue();
        }
        if (i != stages.size() - 1 || skip < 0 || limit < 0) {
            return null;
        }
        BsonDocument group = stages.get(i).get("$group") instanceof BsonDocument g && stages.get(i).size() == 1 ? g : null;
        if (group == null || group.size() != 2 || !group.containsKey("_id")) {
            return null;
        }
        BsonValue id = group.get("_id");
        if (!(id.isNull() || id.isNumber())) {
            return null;
        }
        String field = group.keySet().stream().filter(k -> !k.equals("_id")).findFirst().orElseThrow();
        BsonValue sum = group.get(field);
        if (!(sum.isDocument() && sum.asDocument().size() == 1 && sum.asDocument().get("$sum") instanceof BsonValue one
                && one.isInt32() && one.asInt32().getValue() == 1)) {
            return null;
        }
        long n = 0;
        if (collection != null) {
            if ((match == null || match.isEmpty()) && hint == null) {
                n = Math.max(0, collection.count() - skip);
                n = limit > 0 ? Math.min(n, limit) : n;
            } else {
                try (ResultIterator it = QueryExecutor.find(collection, new QueryExecutor.Query(
                        QueryExecutor.parseFilter(match), null, skip, limit, null, hint), ctx.stats())) {
                    while (it.hasNext()) {
                        it.next();
                        n++;
                    }
                }
            }
        }
        if (n == 0) {
            return new BsonDocument();
        }
        return new BsonDocument("_id", id).append(field,
                n <= Integer.MAX_VALUE ? new BsonInt32((int) n) : new org.bson.BsonInt64(n));
    }
}
