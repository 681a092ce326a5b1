package vn.tdkt.embeddedmongo.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * A parsed query filter ({@code find}'s filter, {@code $match}, update selectors). Parsing fails
 * with {@link vn.tdkt.embeddedmongo.error.MongoError} (code 2 BadValue for unknown operators or
 * malformed arguments) exactly as MongoDB would.
 */
public final class Filter {

    private static final Filter ALL = new Filter(new BsonDocument(), new Expr.Const(true));

    private final BsonDocument source;
    private final Expr root;

    private Filter(BsonDocument source, Expr root) {
        this.source = source;
        this.root = root;
    }

    public static Filter parse(BsonDocument filter) {
        if (filter == null || filter.isEmpty()) {
            return ALL;
        }
        return new Filter(filter, FilterParser.parse(filter));
    }

    /** A filter that matches every document. */
    public static Filter all() {
        return ALL;
    }

    /** The filter document this was parsed from. */
    public BsonDocument source() {
        return source;
    }

    public boolean matches(BsonDocument document) {
        return root.matches(document, new MatchContext());
    }

    /**
     * The index of the first array element that satisfied the filter's condition on an array field,
     * for the positional {@code $} update operator; empty when no array was traversed.
     */
    public OptionalInt matchedArrayIndex(BsonDocument document) {
        MatchContext ctx = new MatchContext();
        if (!root.matches(document, ctx) || ctx.arrayIndex() < 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(ctx.arrayIndex());
    }

    /**
     * What the filter requires of one dotted path, for the query planner to pick an index: present
     * only when every matching document must satisfy these bounds on that path (a top-level
     * conjunct, or an {@code $and} member); empty when the path is unconstrained or only constrained
     * inside {@code $or}/{@code $nor}/{@code $not}.
     *
     * <p>Safe for any index, including multikey ones: see {@link #bounds(String, boolean)}.
     */
    public Optional<Bounds> bounds(String path) {
        return bounds(path, true);
    }

    /**
     * Bounds on {@code path}; see {@link BoundsBuilder} for the rules. When {@code multikey} is true
     * (the index holds an entry per array element, or may) constraints coming from different
     * operators are not intersected, because different elements of one array may satisfy them; only
     * the most selective single one is returned. When false, all constraints are intersected.
     */
    public Optional<Bounds> bounds(String path, boolean multikey) {
        List<Expr> conjuncts = new ArrayList<>();
        root.conjuncts(conjuncts);
        return BoundsBuilder.build(path, conjuncts, multikey);
    }

    /** Equality values of top-level {@code field: value} / {@code $eq} conjuncts, used to seed an upsert. */
    public BsonDocument equalityFields() {
        BsonDocument out = new BsonDocument();
        collectEqualities(source, out);
        return out;
    }

    private static void collectEqualities(BsonDocument filter, BsonDocument out) {
        for (Map.Entry<String, BsonValue> e : filter.entrySet()) {
            String key = e.getKey();
            BsonValue v = e.getValue();
            if (key.equals("$and") && v.isArray()) {
                for (BsonValue member : v.asArray()) {
                    if (member.isDocument()) {
                        collectEqualities(member.asDocument(), out);
                    }
                }
            } else if (!key.startsWith("$")) {
                if (FilterParser.isOperatorDocument(v)) {
                    BsonValue eq = v.asDocument().get("$eq");
                    if (eq != null) {
                        out.put(key, eq);
                    }
                } else if (!v.isRegularExpression()) {
                    out.put(key, v);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "Filter" + source.toJson();
    }
}
