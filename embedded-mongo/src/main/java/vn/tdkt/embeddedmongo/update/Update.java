package vn.tdkt.embeddedmongo.update;

import vn.tdkt.embeddedmongo.bson.BsonCopies;
import vn.tdkt.embeddedmongo.bson.BsonTypeNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.aggregation.Pipeline;
import vn.tdkt.embeddedmongo.error.MongoError;
import vn.tdkt.embeddedmongo.query.BsonOrder;
import vn.tdkt.embeddedmongo.query.Filter;

/**
 * A parsed update: either a replacement document or operators ($set, $unset, $inc, $mul, $min,
 * $max, $rename, $setOnInsert, $currentDate, $push with $each/$slice/$position, $addToSet with
 * $each, $pull, $pullAll, $pop, positional $ and $[]). Errors are
 * {@link vn.tdkt.embeddedmongo.error.MongoError} with MongoDB's codes (e.g. 9 FailedToParse,
 * 14 TypeMismatch, 66 ImmutableField for a change of _id, 40 ConflictingUpdateOperators).
 *
 * <p>Operators are applied in the order of their paths, as MongoDB 5+ does, so new fields appear
 * in lexicographic order whatever the order of operators in the update document.
 */
public final class Update {

    static final Set<String> OPERATORS = Set.of("$set", "$unset", "$inc", "$mul", "$min", "$max", "$rename",
            "$setOnInsert", "$currentDate", "$push", "$addToSet", "$pull", "$pullAll", "$pop");

    /** Stages an update pipeline may contain, as in MongoDB. */
    static final Set<String> PIPELINE_STAGES = Set.of("$addFields", "$set", "$project", "$unset", "$replaceRoot",
            "$replaceWith");

    private final BsonDocument replacement;
    private final List<Modifier> modifiers;
    private final List<BsonDocument> arrayFilters;
    private final Pipeline pipeline;

    private Update(BsonDocument replacement, List<Modifier> modifiers, List<BsonDocument> arrayFilters) {
        this(replacement, modifiers, arrayFilters, null);
    }

    private Update(BsonDocument replacement, List<Modifier> modifiers, List<BsonDocument> arrayFilters, Pipeline pipeline) {
        this.replacement = replacement;
        this.modifiers = modifiers;
        this.arrayFilters = arrayFilters;
        this.pipeline = pipeline;
    }

    /**
     * Parses a pipeline-style update ({@code u: [{$set: ...}, ...]}, as Spring Data's
     * AggregationUpdate sends): only $addFields/$set, $project, $unset and $replaceRoot/$replaceWith
     * are allowed (code 72 InvalidOptions otherwise); arrayFilters are refused (code 72).
     */
    public static Update parsePipeline(List<BsonDocument> stages, List<BsonDocument> arrayFilters) {
        if (arrayFilters != null && !arrayFilters.isEmpty()) {
            throw new MongoError(72, "InvalidOptions", "arrayFilters may not be specified for pipeline-style updates");
        }
        for (BsonDocument stage : stages) {
            if (stage.size() == 1 && !PIPELINE_STAGES.contains(stage.getFirstKey())) {
                throw new MongoError(72, "InvalidOptions", stage.getFirstKey() + " is not allowed to be used within an update");
            }
        }
        return new Update(null, List.of(), List.of(), Pipeline.parse(stages, name -> {
            throw new IllegalStateException("no collection access in an update pipeline");
        }));
    }

    public static Update parse(BsonDocument update, List<BsonDocument> arrayFilters) {
        if (update.isEmpty() || !update.getFirstKey().startsWith("$")) {
            for (String key : update.keySet()) {
                if (key.startsWith("$")) {
                    throw new MongoError(52, "DollarPrefixedFieldName", "The dollar ($) prefixed field '" + key
                            + "' in '" + key + "' is not allowed in the context of an update's replacement document. "
                            + "Consider using an aggregation pipeline with $replaceWith.");
                }
            }
            if (arrayFilters != null && !arrayFilters.isEmpty()) {
                throw new MongoError(9, "FailedToParse", "arrayFilters may not be specified for replacement updates");
            }
            return new Update(BsonCopies.document(update), List.of(), List.of());
        }
        List<Modifier> mods = new ArrayList<>();
        for (Map.Entry<String, BsonValue> e : update.entrySet()) {
            String op = e.getKey();
            if (!OPERATORS.contains(op)) {
                throw new MongoError(9, "FailedToParse", "Unknown modifier: " + op
                        + ". Expected a valid update modifier or pipeline-style update specified as an array");
            }
            if (!e.getValue().isDocument()) {
                throw new MongoError(9, "FailedToParse", "Modifiers operate on fields but we found type "
                        + BsonTypeNames.alias(e.getValue()) + " instead. For example: {$mod: {<field>: ...}} not {"
                        + op + ": " + e.getValue() + "}");
            }
            for (Map.Entry<String, BsonValue> f : e.getValue().asDocument().entrySet()) {
                UpdatePath path = UpdatePath.parse(f.getKey());
                UpdatePath to = null;
                if (op.equals("$rename")) {
                    to = renameTarget(path, f.getValue());
                }
                Operators.validate(op, path, f.getValue());
                mods.add(new Modifier(op, path, f.getValue(), to));
            }
        }
        checkConflicts(mods);
        ArrayFilters filters = new ArrayFilters(arrayFilters);
        for (Modifier m : mods) {
            for (String part : m.path().parts()) {
                if (part.startsWith("$[") && !part.equals("$[]")) {
                    filters.requireKnown(part.substring(2, part.length() - 1), m.path().dotted());
                }
            }
        }
        filters.requireAllUsed();
        mods.sort(Comparator.comparing(m -> m.path().dotted(), Update::comparePaths));
        return new Update(null, List.copyOf(mods), arrayFilters == null ? List.of() : List.copyOf(arrayFilters));
    }

    private static UpdatePath renameTarget(UpdatePath from, BsonValue to) {
        if (!to.isString()) {
            throw MongoError.badValue("The 'to' field for $rename must be a string: " + from + ": " + to);
        }
        UpdatePath target = UpdatePath.parse(to.asString().getValue());
        if (from.hasArrayOperator() || target.hasArrayOperator()) {
            throw MongoError.badValue("The source field for $rename may not be dynamic: " + from);
        }
        if (from.dotted().equals(target.dotted())) {
            throw MongoError.badValue("The source and target field for $rename must differ: " + from + ": " + to);
        }
        if (from.overlaps(target)) {
            throw MongoError.badValue("The source and target field for $rename must not be on the same path: "
                    + from + ": " + to);
        }
        return target;
    }

    private static void checkConflicts(List<Modifier> mods) {
        List<UpdatePath> paths = new ArrayList<>();
        for (Modifier m : mods) {
            paths.add(m.path());
            if (m.to() != null) {
                paths.add(m.to());
            }
        }
        for (int i = 0; i < paths.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (paths.get(i).overlaps(paths.get(j))) {
                    UpdatePath shorter = paths.get(i).parts().length <= paths.get(j).parts().length ? paths.get(i) : paths.get(j);
                    throw new MongoError(40, "ConflictingUpdateOperators", "Updating the path '" + paths.get(i)
                            + "' would create a conflict at '" + shorter + "'");
                }
            }
        }
    }

    /** Compares dotted paths component by component, numeric components numerically. */
    private static int comparePaths(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int nx = UpdatePath.arrayIndex(x[i]);
            int ny = UpdatePath.arrayIndex(y[i]);
            int c = nx >= 0 && ny >= 0 ? Integer.compare(nx, ny) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    public boolean isReplacement() {
        return replacement != null;
    }

    /**
     * Applies the update to a copy of {@code document} and returns the new document; the input is
     * not modified. {@code insert} is true when the document is being created by an upsert (then
     * $setOnInsert applies). {@code selector} resolves the positional {@code $}. The result keeps
     * the original {@code _id} (changing it fails with code 66).
     */
    public BsonDocument apply(BsonDocument document, boolean insert, Filter selector) {
        BsonValue id = document.get("_id");
        BsonDocument result;
        if (pipeline != null) {
            Iterator<BsonDocument> out = pipeline.execute(List.of(document).iterator());
            result = BsonCopies.document(out.next());
            BsonValue newId = result.get("_id");
            if (id != null && newId == null) {
                // a pipeline that drops _id (e.g. $replaceWith) keeps the document's identity
                BsonDocument withId = new BsonDocument("_id", id);
                withId.putAll(result);
                result = withId;
            } else if (id != null && !sameId(id, newId)) {
                throw immutableId(newId);
            }
        } else if (replacement != null) {
            result = new BsonDocument();
            if (id != null) {
                result.put("_id", id);
            }
            for (Map.Entry<String, BsonValue> e : replacement.entrySet()) {
                if (!(e.getKey().equals("_id") && id != null)) {
                    result.put(e.getKey(), BsonCopies.of(e.getValue()));
                }
            }
            BsonValue newId = replacement.get("_id");
            if (id != null && newId != null && !sameId(id, newId)) {
                throw immutableId(newId);
            }
        } else {
            result = BsonCopies.document(document);
            Filter positional = selector == null ? Filter.all() : selector;
            OptionalInt[] cache = new OptionalInt[1];
            Targets targets = new Targets(() -> {
                if (cache[0] == null) {
                    cache[0] = positional.matchedArrayIndex(document);
                }
                return cache[0];
            }, new ArrayFilters(arrayFilters));
            Operators ops = new Operators(targets, insert, result);
            for (Modifier m : modifiers) {
                ops.apply(m);
            }
            BsonValue newId = result.get("_id");
            if (id != null && (newId == null || !sameId(id, newId))) {
                throw immutableId(newId);
            }
        }
        return result;
    }

    /** The document an upsert starts from: the filter's equality fields, then the update applied with insert=true. */
    public BsonDocument upsertDocument(Filter filter) {
        BsonDocument seed = new BsonDocument();
        for (Map.Entry<String, BsonValue> e : filter.equalityFields().entrySet()) {
            Seed.put(seed, e.getKey(), BsonCopies.of(e.getValue()));
        }
        BsonDocument result;
        if (replacement != null) {
            result = new BsonDocument();
            BsonValue id = replacement.containsKey("_id") ? replacement.get("_id") : seed.get("_id");
            if (id != null) {
                result.put("_id", id);
            }
            replacement.forEach((k, v) -> {
                if (!k.equals("_id")) {
                    result.put(k, BsonCopies.of(v));
                }
            });
            return result;
        }
        result = apply(seed, true, filter);
        if (result.containsKey("_id") && !result.getFirstKey().equals("_id")) {
            BsonDocument ordered = new BsonDocument("_id", result.get("_id"));
            result.forEach((k, v) -> ordered.putIfAbsent(k, v));
            return ordered;
        }
        return result;
    }

    /** _id must stay identical, including its type (1 and 1.0 differ for storage). */
    private static boolean sameId(BsonValue a, BsonValue b) {
        return a.getBsonType() == b.getBsonType() && BsonOrder.equal(a, b) && a.equals(b);
    }

    private static MongoError immutableId(BsonValue newId) {
        return new MongoError(66, "ImmutableField", newId == null
                ? "Performing an update on the path '_id' would modify the immutable field '_id'"
                : "After applying the update, the (immutable) field '_id' was found to have been altered to _id: " + newId);
    }
}
