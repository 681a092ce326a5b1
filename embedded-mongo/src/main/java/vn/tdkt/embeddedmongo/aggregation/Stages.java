package vn.tdkt.embeddedmongo.aggregation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.query.Filter;
import vn.tdkt.embeddedmongo.query.SortSpec;

/** The simpler stages: $match $sort $skip $limit $count $replaceRoot/$replaceWith. */
final class Stages {

    private Stages() {
    }

    static Stage match(BsonValue arg) {
        if (!(arg instanceof BsonDocument spec)) {
            throw Errors.location(15959, "the match filter must be an expression in an object");
        }
        Filter filter = Filter.parse(spec);
        return Stage.filter(filter::matches);
    }

    static Stage sort(BsonValue arg) {
        if (!(arg instanceof BsonDocument spec)) {
            throw Errors.location(15973, "the $sort key specification must be an object");
        }
        if (spec.isEmpty()) {
            throw Errors.location(15976, "$sort stage must have at least one sort key");
        }
        SortSpec sort = SortSpec.parse(spec);
        return input -> Stage.lazy(() -> {
            List<BsonDocument> all = new ArrayList<>();
            input.forEachRemaining(all::add);
            all.sort(sort.comparator()); // List.sort is stable: ties keep input order
            return all.iterator();
        });
    }

    static Stage skip(BsonValue arg) {
        long n = count(arg, "$skip", 15972, "Argument to $skip must be a number");
        if (n < 0) {
            throw Errors.location(15956, "Argument to $skip cannot be negative");
        }
        return input -> Stage.lazy(() -> {
            for (long i = 0; i < n && input.hasNext(); i++) {
                input.next();
            }
            return input;
        });
    }

    static Stage limit(BsonValue arg) {
        long n = count(arg, "$limit", 15957, "the limit must be specified as a number");
        if (n <= 0) {
            throw Errors.location(15958, "the limit must be positive");
        }
        return input -> new Iterator<>() {
            private long left = n;

            @Override
            public boolean hasNext() {
                return left > 0 && input.hasNext();
            }

            @Override
            public BsonDocument next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                left--;
                return input.next();
            }
        };
    }

    private static long count(BsonValue arg, String stage, int code, String message) {
        if (!Numbers.isNumber(arg)) {
            throw Errors.location(code, message);
        }
        double d = Numbers.toDouble(arg);
        if (d != Math.rint(d)) {
            throw Errors.location(code, "invalid argument to " + stage + " stage: Cannot represent as a 64-bit integer: "
                    + stage + ": " + arg);
        }
        return (long) d;
    }

    static Stage count(BsonValue arg) {
        if (!arg.isString() || arg.asString().getValue().isEmpty()) {
            throw Errors.location(40156, "the count field must be a non-empty string");
        }
        String name = arg.asString().getValue();
        if (name.startsWith("$")) {
            throw Errors.location(40158, "the count field cannot be a $-prefixed path");
        }
        if (name.contains(".")) {
            throw Errors.location(40160, "the count field cannot contain '.'");
        }
        return input -> Stage.lazy(() -> {
            long n = 0;
            while (input.hasNext()) {
                input.next();
                n++;
            }
            if (n == 0) {
                return java.util.Collections.emptyIterator();
            }
            BsonValue value = n <= Integer.MAX_VALUE ? new BsonInt32((int) n) : new org.bson.BsonInt64(n);
            return List.of(new BsonDocument(name, value)).iterator();
        });
    }

    static Stage replaceRoot(String stage, BsonValue arg) {
        Expression root;
        if (stage.equals("$replaceRoot")) {
            if (!(arg instanceof BsonDocument spec) || !spec.containsKey("newRoot")) {
                throw Errors.location(40231, "no newRoot specified for the $replaceRoot stage");
            }
            root = Expressions.parse(spec.get("newRoot"));
        } else {
            root = Expressions.parse(arg);
        }
        return Stage.map(doc -> {
            BsonValue v = root.evaluate(Vars.of(doc));
            if (!(v instanceof BsonDocument d)) {
                throw Errors.location(40228, "'newRoot' expression must evaluate to an object, but resulting value was: "
                        + (v == null ? "MISSING" : v) + ". Type of resulting value: '" + TypeOps.typeName(v) + "'.");
            }
            return d;
        });
    }

    /** $sortByCount: a $group counting each value, then a descending sort on the count. */
    static Stage sortByCount(BsonValue arg) {
        boolean expression = (arg.isString() && arg.asString().getValue().startsWith("$"))
                || (arg.isDocument() && !arg.asDocument().isEmpty() && arg.asDocument().getFirstKey().startsWith("$"));
        if (!expression) {
            throw Errors.location(40148, "the sortByCount field must be defined as a $-prefixed path or an expression");
        }
        Stage group = GroupStage.parse(new BsonDocument("_id", arg).append("count",
                new BsonDocument("$sum", new BsonInt32(1))));
        Stage sort = sort(new BsonDocument("count", new BsonInt32(-1)));
        return input -> sort.apply(group.apply(input));
    }

    /** $facet: each named sub-pipeline runs over the whole input; one document holds all results. */
    static Stage facet(BsonValue arg, Pipeline.CollectionSource source) {
        if (!(arg instanceof BsonDocument spec) || spec.isEmpty()) {
            throw Errors.location(40169, "the $facet specification must be a non-empty object");
        }
        java.util.Map<String, Pipeline> facets = new java.util.LinkedHashMap<>();
        for (String name : spec.keySet()) {
            BsonValue stages = spec.get(name);
            if (!stages.isArray()) {
                throw Errors.location(40170, "arguments to $facet must be arrays, " + name + " is type "
                        + TypeOps.typeName(stages));
            }
            List<BsonDocument> list = new ArrayList<>();
            for (BsonValue s : stages.asArray()) {
                if (!s.isDocument()) {
                    throw Errors.location(40171, "all elements of pipeline specifications for $facet must be objects");
                }
                list.add(s.asDocument());
            }
            facets.put(name, Pipeline.parse(list, source));
        }
        return input -> Stage.lazy(() -> {
            List<BsonDocument> all = new ArrayList<>();
            input.forEachRemaining(all::add);
            BsonDocument out = new BsonDocument();
            facets.forEach((name, p) -> {
                BsonArray results = new BsonArray();
                p.execute(all.iterator()).forEachRemaining(results::add);
                out.put(name, results);
            });
            return List.of(out).iterator();
        });
    }
}
