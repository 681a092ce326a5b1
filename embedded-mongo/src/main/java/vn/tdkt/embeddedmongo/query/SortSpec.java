package vn.tdkt.embeddedmongo.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonUndefined;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.error.MongoError;

/**
 * A sort specification {@code {a: 1, b.c: -1}} with MongoDB's rules for arrays (min/max element) and
 * missing fields: a path yields every value it reaches (arrays along the path are traversed, a final
 * array contributes its elements); ascending sorts by the smallest of them, descending by the
 * largest; a missing value counts as null, and an empty array as undefined, which sorts before null
 * in both directions' natural order (so first ascending and last descending, as the server does).
 */
public final class SortSpec {

    private static final SortSpec EMPTY = new SortSpec(List.of());

    private final List<SortKey> keys;
    private final List<String[]> parts;

    private SortSpec(List<SortKey> keys) {
        this.keys = List.copyOf(keys);
        this.parts = keys.stream().map(k -> k.path().split("\\.", -1)).toList();
    }

    public static SortSpec parse(BsonDocument sort) {
        if (sort == null || sort.isEmpty()) {
            return EMPTY;
        }
        List<SortKey> keys = new ArrayList<>();
        for (Map.Entry<String, BsonValue> e : sort.entrySet()) {
            BsonValue v = e.getValue();
            if (e.getKey().isEmpty()) {
                throw new MongoError(40352, "Location40352", "FieldPath cannot be constructed with empty string");
            }
            if (v.isDocument()) {
                throw MongoError.badValue("$sort by " + v.toString() + " is not supported");
            }
            double d = v.isNumber() ? v.asNumber().doubleValue()
                    : v.isDecimal128() ? v.asDecimal128().doubleValue() : Double.NaN;
            if (d != 1 && d != -1) {
                throw new MongoError(15975, "Location15975",
                        "$sort key ordering must be 1 (for ascending) or -1 (for descending)");
            }
            keys.add(new SortKey(e.getKey(), (int) d));
        }
        return new SortSpec(keys);
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The sorted paths with direction (+1 / -1), in order, for the planner to match against an index. */
    public List<SortKey> keys() {
        return keys;
    }

    public Comparator<BsonDocument> comparator() {
        return (a, b) -> {
            for (int i = 0; i < keys.size(); i++) {
                boolean asc = keys.get(i).direction() > 0;
                int c = BsonOrder.compare(sortKey(a, parts.get(i), asc), sortKey(b, parts.get(i), asc));
                if (c != 0) {
                    return asc ? c : -c;
                }
            }
            return 0;
        };
    }

    /** The value a document sorts by on one path: the least (ascending) or greatest of those reached. */
    static BsonValue sortKey(BsonDocument doc, String[] parts, boolean ascending) {
        List<BsonValue> values = new ArrayList<>();
        collect(doc, parts, 0, values);
        BsonValue best = null;
        for (BsonValue v : values) {
            if (best == null || (ascending ? BsonOrder.compare(v, best) < 0 : BsonOrder.compare(v, best) > 0)) {
                best = v;
            }
        }
        return best;
    }

    private static void collect(BsonValue cur, String[] parts, int i, List<BsonValue> out) {
        if (i == parts.length) {
            if (cur == null) {
                out.add(BsonNull.VALUE);
            } else if (cur.isArray()) {
                if (cur.asArray().isEmpty()) {
                    out.add(new BsonUndefined());
                } else {
                    out.addAll(cur.asArray());
                }
            } else {
                out.add(cur);
            }
            return;
        }
        if (cur instanceof BsonDocument d) {
            collect(d.get(parts[i]), parts, i + 1, out);
        } else if (cur instanceof BsonArray arr) {
            int index = PathExpr.arrayIndex(parts[i]);
            if (index >= 0) {
                collect(index < arr.size() ? arr.get(index) : null, parts, i + 1, out);
                return;
            }
            int before = out.size();
            for (BsonValue e : arr) {
                if (e instanceof BsonDocument d) {
                    collect(d.get(parts[i]), parts, i + 1, out);
                }
            }
            if (out.size() == before) {
                out.add(BsonNull.VALUE);
            }
        } else {
            out.add(BsonNull.VALUE);
        }
    }

    @Override
    public String toString() {
        return "SortSpec" + keys;
    }

    public record SortKey(String path, int direction) {
    }
}
