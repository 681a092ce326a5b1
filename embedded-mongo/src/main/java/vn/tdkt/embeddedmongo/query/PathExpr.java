package vn.tdkt.embeddedmongo.query;

import org.bson.BsonArray;
import org.bson.BsonValue;

/**
 * A predicate on the value(s) at a dotted path, with MongoDB's traversal: documents are descended
 * into; an array met along the way is traversed element by element (document elements only, or the
 * element at a numeric component); at the end of the path an array is matched as a whole and by each
 * element, except for array-wide predicates ($size, $elemMatch) that see only the array. A missing
 * field is passed to the predicate as {@code null}.
 */
record PathExpr(String path, String[] parts, ValuePredicate predicate, boolean expandLeaf) implements Expr {

    PathExpr(String path, ValuePredicate predicate) {
        this(path, path.split("\\.", -1), predicate, true);
    }

    @Override
    public boolean matches(BsonValue root, MatchContext ctx) {
        return walk(root, 0, -1, ctx);
    }

    private boolean walk(BsonValue cur, int i, int outer, MatchContext ctx) {
        if (i == parts.length) {
            return leaf(cur, outer, ctx);
        }
        if (cur != null && cur.isDocument()) {
            return walk(cur.asDocument().get(parts[i]), i + 1, outer, ctx);
        }
        if (cur != null && cur.isArray()) {
            BsonArray arr = cur.asArray();
            int index = arrayIndex(parts[i]);
            if (index >= 0 && index < arr.size() && walk(arr.get(index), i + 1, outer, ctx)) {
                return true;
            }
            for (int j = 0; j < arr.size(); j++) {
                BsonValue e = arr.get(j);
                if (e.isDocument() && walk(e.asDocument().get(parts[i]), i + 1, outer < 0 ? j : outer, ctx)) {
                    return true;
                }
            }
            return false;
        }
        return leaf(null, outer, ctx);
    }

    private boolean leaf(BsonValue v, int outer, MatchContext ctx) {
        if (v != null && v.isArray() && expandLeaf && !predicate.arrayWide()) {
            BsonArray arr = v.asArray();
            for (int j = 0; j < arr.size(); j++) {
                if (predicate.test(arr.get(j), ctx)) {
                    ctx.record(outer < 0 ? j : outer);
                    return true;
                }
            }
        }
        ctx.elemIndex = -1;
        if (predicate.test(v, ctx)) {
            ctx.record(outer >= 0 ? outer : ctx.elemIndex);
            return true;
        }
        return false;
    }

    static int arrayIndex(String part) {
        if (part.isEmpty() || part.length() > 9) {
            return -1;
        }
        for (int k = 0; k < part.length(); k++) {
            if (part.charAt(k) < '0' || part.charAt(k) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(part);
    }
}
