package vn.tdkt.embeddedmongo.aggregation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * $lookup's {@code let}: evaluates the variables on the input document and parses the
 * sub-pipeline with each {@code $$name[.path]} replaced by {@code {$literal: value}} (or
 * {@code $$REMOVE} when missing). In $match stages only {@code $expr} is rewritten, because
 * elsewhere a filter takes {@code "$$name"} as a plain string, as MongoDB does.
 */
final class LetBinding {

    private final Map<String, Expression> variables = new HashMap<>();
    private final BsonArray stages;
    private final Pipeline.CollectionSource source;

    LetBinding(BsonDocument let, BsonArray stages, Pipeline.CollectionSource source) {
        for (Map.Entry<String, BsonValue> e : let.entrySet()) {
            String name = e.getKey();
            if (name.isEmpty() || !(Character.isLowerCase(name.charAt(0)) || name.charAt(0) > 127)) {
                throw Errors.location(16867, "'" + name + "' starts with an invalid character for a user variable name");
            }
            variables.put(name, Expressions.parse(e.getValue()));
        }
        this.stages = stages;
        this.source = source;
    }

    Pipeline bind(BsonDocument doc) {
        Vars vars = Vars.of(doc);
        Map<String, BsonValue> values = new HashMap<>();
        variables.forEach((name, e) -> values.put(name, e.evaluate(vars)));
        List<BsonDocument> bound = new ArrayList<>();
        for (BsonValue stage : stages) {
            BsonDocument spec = stage.asDocument();
            String name = spec.isEmpty() ? "" : spec.getFirstKey();
            bound.add(name.equals("$match") && spec.get(name).isDocument()
                    ? new BsonDocument(name, rewriteExprOnly(spec.get(name).asDocument(), values))
                    : rewrite(spec, values).asDocument());
        }
        return Pipeline.parse(bound, source);
    }

    private static BsonDocument rewriteExprOnly(BsonDocument filter, Map<String, BsonValue> values) {
        BsonDocument out = new BsonDocument();
        for (Map.Entry<String, BsonValue> e : filter.entrySet()) {
            BsonValue v = e.getValue();
            if (e.getKey().equals("$expr")) {
                out.put(e.getKey(), rewrite(v, values));
            } else if (v.isArray() && (e.getKey().equals("$and") || e.getKey().equals("$or") || e.getKey().equals("$nor"))) {
                BsonArray clauses = new BsonArray();
                for (BsonValue c : v.asArray()) {
                    clauses.add(c.isDocument() ? rewriteExprOnly(c.asDocument(), values) : c);
                }
                out.put(e.getKey(), clauses);
            } else {
                out.put(e.getKey(), v);
            }
        }
        return out;
    }

    private static BsonValue rewrite(BsonValue v, Map<String, BsonValue> values) {
        if (v instanceof BsonString s && s.getValue().startsWith("$$")) {
            String ref = s.getValue().substring(2);
            int dot = ref.indexOf('.');
            String name = dot < 0 ? ref : ref.substring(0, dot);
            if (!values.containsKey(name)) {
                return v;
            }
            BsonValue value = values.get(name);
            if (value != null && dot >= 0) {
                value = FieldPaths.get(value, FieldPaths.split(ref.substring(dot + 1)), 0);
            }
            return value == null ? new BsonString("$$REMOVE") : new BsonDocument("$literal", value);
        }
        if (v instanceof BsonDocument d) {
            BsonDocument out = new BsonDocument();
            for (Map.Entry<String, BsonValue> e : d.entrySet()) {
                out.put(e.getKey(), e.getKey().equals("$literal") ? e.getValue() : rewrite(e.getValue(), values));
            }
            return out;
        }
        if (v instanceof BsonArray a) {
            BsonArray out = new BsonArray();
            a.forEach(e -> out.add(rewrite(e, values)));
            return out;
        }
        return v;
    }
}
