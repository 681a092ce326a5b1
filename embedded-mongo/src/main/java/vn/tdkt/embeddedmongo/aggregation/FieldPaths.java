package vn.tdkt.embeddedmongo.aggregation;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/** Reading and writing dotted paths with aggregation semantics. */
final class FieldPaths {

    private FieldPaths() {
    }

    /**
     * The value at {@code parts[from..]}: through documents; across an array, the array of the
     * values found in its elements (missing ones left out); {@code null} when missing.
     */
    static BsonValue get(BsonValue v, String[] parts, int from) {
        if (from == parts.length) {
            return v;
        }
        if (v instanceof BsonDocument d) {
            BsonValue child = d.get(parts[from]);
            return child == null ? null : get(child, parts, from + 1);
        }
        if (v instanceof BsonArray arr) {
            BsonArray out = new BsonArray();
            for (BsonValue e : arr) {
                if (e instanceof BsonDocument || e instanceof BsonArray) {
                    BsonValue r = get(e, parts, from);
                    if (r != null) {
                        out.add(r);
                    }
                }
            }
            return out;
        }
        return null;
    }

    /**
     * Sets a dotted path as $addFields does: missing or non-document intermediates become
     * documents, and an array along the way gets the rest of the path set in each element.
     */
    static BsonValue set(BsonValue target, String[] parts, int from, BsonValue value) {
        if (from == parts.length) {
            return value;
        }
        if (target instanceof BsonArray arr) {
            BsonArray out = new BsonArray();
            for (BsonValue e : arr) {
                out.add(set(e, parts, from, value));
            }
            return out;
        }
        BsonDocument doc = target instanceof BsonDocument d ? d : new BsonDocument();
        BsonValue child = set(doc.get(parts[from]), parts, from + 1, value);
        if (child == null) {
            doc.remove(parts[from]);
        } else {
            doc.put(parts[from], child);
        }
        return doc;
    }

    static String[] split(String dotted) {
        return dotted.split("\\.", -1);
    }
}
