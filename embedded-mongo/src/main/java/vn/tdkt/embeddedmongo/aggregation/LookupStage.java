package vn.tdkt.embeddedmongo.aggregation;

import vn.tdkt.embeddedmongo.bson.BsonCopies;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.query.Filter;

/**
 * $lookup on equality: a foreign document joins when its {@code foreignField} (matched as a query
 * would, so arrays match by element) equals the local value, or any element of it when the local
 * value is an array; a missing local value matches as null. An optional sub-{@code pipeline} runs on
 * the joined documents; its {@code let} variables are bound by substituting their values (as
 * {@code $literal}) for {@code $$name} references in the sub-pipeline of each input document
 * (inside {@code $expr} only, for $match stages). The foreign collection is read once per execution.
 */
final class LookupStage {

    private LookupStage() {
    }

    static Stage parse(BsonValue arg, Pipeline.CollectionSource source) {
        if (!(arg instanceof BsonDocument spec)) {
            throw Errors.location(9, "the $lookup specification must be an Object");
        }
        for (String k : spec.keySet()) {
            if (!List.of("from", "localField", "foreignField", "as", "pipeline", "let").contains(k)) {
                throw Errors.location(9, "unknown argument to $lookup: " + k);
            }
        }
        String from = string(spec, "from");
        String as = string(spec, "as");
        String local = spec.containsKey("localField") ? string(spec, "localField") : null;
        String foreign = spec.containsKey("foreignField") ? string(spec, "foreignField") : null;
        if ((local == null) != (foreign == null)) {
            throw Errors.location(9, "$lookup requires both or neither of 'localField' and 'foreignField' to be specified");
        }
        BsonDocument let = null;
        if (spec.containsKey("let")) {
            if (!(spec.get("let") instanceof BsonDocument l)) {
                throw Errors.location(9, "$lookup argument 'let' must be an object, is type "
                        + TypeOps.typeName(spec.get("let")));
            }
            if (!spec.containsKey("pipeline")) {
                throw Errors.location(9, "$lookup with 'let' requires a 'pipeline'");
            }
            let = l;
        }
        Pipeline sub = null;
        if (spec.containsKey("pipeline")) {
            if (!spec.get("pipeline").isArray()) {
                throw Errors.location(9, "$lookup argument 'pipeline' must be an array");
            }
            List<BsonDocument> stages = new ArrayList<>();
            for (BsonValue s : spec.getArray("pipeline")) {
                if (!s.isDocument()) {
                    throw Errors.location(9, "Each element of the 'pipeline' array must be an object");
                }
                stages.add(s.asDocument());
            }
            sub = Pipeline.parse(stages, source);
        } else if (local == null) {
            throw Errors.location(9, "$lookup requires either 'pipeline' or both 'localField' and 'foreignField' to be specified");
        }
        String[] localParts = local == null ? null : FieldPaths.split(local);
        String[] asParts = FieldPaths.split(as);
        Pipeline pipeline = sub;
        LetBinding binding = let == null ? null : new LetBinding(let, spec.getArray("pipeline"), source);
        return input -> {
            List<BsonDocument>[] foreignDocs = new List[1];
            return Stage.map(doc -> {
                if (foreignDocs[0] == null) {
                    foreignDocs[0] = new ArrayList<>();
                    source.scan(from).forEachRemaining(foreignDocs[0]::add);
                }
                List<BsonDocument> joined = foreignDocs[0];
                if (localParts != null) {
                    Filter f = Filter.parse(new BsonDocument(foreign, new BsonDocument("$in", localValues(doc, localParts))));
                    joined = joined.stream().filter(f::matches).toList();
                }
                BsonArray out = new BsonArray();
                if (binding != null) {
                    binding.bind(doc).execute(joined.iterator()).forEachRemaining(out::add);
                } else if (pipeline != null) {
                    pipeline.execute(joined.iterator()).forEachRemaining(out::add);
                } else {
                    out.addAll(joined);
                }
                BsonDocument copy = BsonCopies.document(doc);
                FieldPaths.set(copy, asParts, 0, out);
                return copy;
            }).apply(input);
        };
    }

    private static BsonArray localValues(BsonDocument doc, String[] parts) {
        BsonValue v = FieldPaths.get(doc, parts, 0);
        BsonArray values = new BsonArray();
        if (v == null) {
            values.add(BsonNull.VALUE);
        } else if (v.isArray()) {
            flatten(v.asArray(), values);
        } else {
            values.add(v);
        }
        return values;
    }

    private static void flatten(BsonArray arr, BsonArray out) {
        for (BsonValue e : arr) {
            if (e.isArray()) {
                flatten(e.asArray(), out);
            } else {
                out.add(e);
            }
        }
    }

    private static String string(BsonDocument spec, String key) {
        BsonValue v = spec.get(key);
        if (v == null) {
            throw Errors.location(9, "missing '" + key + "' option to $lookup stage specification: " + spec.toJson());
        }
        if (!v.isString()) {
            throw Errors.location(9, "$lookup argument '" + key + "' must be a string, is type " + TypeOps.typeName(v));
        }
        return v.asString().getValue();
    }
}
