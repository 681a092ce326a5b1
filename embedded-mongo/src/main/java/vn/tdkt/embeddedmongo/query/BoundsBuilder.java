package vn.tdkt.embeddedmongo.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonString;
import org.bson.BsonType;
import org.bson.BsonValue;

/**
 * Derives index {@link Bounds} from the top-level conjuncts of a filter. Rules:
 * <ul>
 * <li>{@code {p: v}} / {@code {p: {$eq: v}}} gives the point {@code v}; {@code $in} gives its values
 * as points (sorted by {@link BsonOrder}, duplicates removed).</li>
 * <li>{@code $gt/$gte/$lt/$lte} give a range; the open side is closed at the end of the operand's
 * type bracket where that is known (numbers: ±Infinity inclusive; strings: {@code ""} inclusive
 * below, the empty document exclusive above), since these operators only match within the bracket.
 * A MinKey/MaxKey operand leaves the other side open ({@code null}).</li>
 * <li>{@code $elemMatch} in value form intersects its own operators (one element must satisfy them
 * all), which is safe even for multikey indexes.</li>
 * <li>Never usable, so absent: null, undefined, NaN or array operands (null also matches missing
 * fields and arrays match whole as well as by element), regular expressions, {@code $ne}, {@code
 * $nin}, {@code $not}, {@code $exists}, {@code $type}, anything under {@code $or}/{@code $nor}.</li>
 * <li>Numbers of different BSON types are equal when numerically equal: an index must compare keys
 * with {@link BsonOrder} (or normalise numbers) for the points and ranges to be complete.</li>
 * </ul>
 */
final class BoundsBuilder {

    private BoundsBuilder() {
    }

    static Optional<Bounds> build(String path, List<Expr> conjuncts, boolean multikey) {
        List<Bounds> found = new ArrayList<>();
        for (Expr e : conjuncts) {
            if (e instanceof PathExpr p && p.path().equals(path) && p.expandLeaf()) {
                of(p.predicate()).ifPresent(found::add);
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (multikey) {
            Bounds best = null;
            for (Bounds b : found) {
                if (best == null || (b.isPoints() && (!best.isPoints() || b.points().size() < best.points().size()))) {
                    best = b;
                }
            }
            return Optional.of(best);
        }
        Bounds acc = found.get(0);
        for (int i = 1; i < found.size(); i++) {
            acc = intersect(acc, found.get(i));
        }
        return Optional.of(acc);
    }

    private static Optional<Bounds> of(ValuePredicate p) {
        if (p instanceof ValuePredicate.Eq eq) {
            return usable(eq.value()) ? Optional.of(points(List.of(eq.value()))) : Optional.empty();
        }
        if (p instanceof ValuePredicate.In in) {
            List<BsonValue> values = new ArrayList<>();
            for (ValuePredicate alt : in.alternatives()) {
                if (!(alt instanceof ValuePredicate.Eq eq) || !usable(eq.value())) {
                    return Optional.empty();
                }
                values.add(eq.value());
            }
            return Optional.of(points(values));
        }
        if (p instanceof ValuePredicate.Cmp cmp) {
            return usable(cmp.value()) ? Optional.of(range(cmp)) : Optional.empty();
        }
        if (p instanceof ValuePredicate.ElemMatch em && !em.documentForm()) {
            List<Expr> inner = new ArrayList<>();
            em.inner().conjuncts(inner);
            List<Bounds> parts = new ArrayList<>();
            for (Expr e : inner) {
                if (e instanceof PathExpr ip && ip.parts().length == 0) {
                    of(ip.predicate()).ifPresent(parts::add);
                }
            }
            return parts.stream().reduce(BoundsBuilder::intersect);
        }
        return Optional.empty();
    }

    private static boolean usable(BsonValue v) {
        return !v.isNull() && !v.isArray() && v.getBsonType() != BsonType.UNDEFINED && !ValuePredicate.Cmp.isNaN(v);
    }

    static Bounds points(List<BsonValue> values) {
        List<BsonValue> sorted = new ArrayList<>(values);
        sorted.sort(BsonOrder.COMPARATOR);
        List<BsonValue> distinct = new ArrayList<>();
        for (BsonValue v : sorted) {
            if (distinct.isEmpty() || !BsonOrder.equal(distinct.get(distinct.size() - 1), v)) {
                distinct.add(v);
            }
        }
        return new Bounds(List.copyOf(distinct), null, false, null, false);
    }

    private static Bounds range(ValuePredicate.Cmp cmp) {
        BsonValue v = cmp.value();
        boolean extreme = v.getBsonType() == BsonType.MIN_KEY || v.getBsonType() == BsonType.MAX_KEY;
        return switch (cmp.op()) {
            case GT, GTE -> new Bounds(null, v, cmp.op() == ValuePredicate.Op.GTE,
                    extreme ? null : bracketMax(v), bracketMaxInclusive(v));
            case LT, LTE -> new Bounds(null, extreme ? null : bracketMin(v), true,
                    v, cmp.op() == ValuePredicate.Op.LTE);
        };
    }

    private static BsonValue bracketMin(BsonValue v) {
        if (v.isNumber() || v.isDecimal128()) {
            return new BsonDouble(Double.NEGATIVE_INFINITY);
        }
        return v.isString() || v.isSymbol() ? new BsonString("") : null;
    }

    private static BsonValue bracketMax(BsonValue v) {
        if (v.isNumber() || v.isDecimal128()) {
            return new BsonDouble(Double.POSITIVE_INFINITY);
        }
        return v.isString() || v.isSymbol() ? new BsonDocument() : null;
    }

    private static boolean bracketMaxInclusive(BsonValue v) {
        return v.isNumber() || v.isDecimal128();
    }

    static Bounds intersect(Bounds a, Bounds b) {
        if (a.isPoints() || b.isPoints()) {
            Bounds pts = a.isPoints() ? a : b;
            Bounds other = a.isPoints() ? b : a;
            List<BsonValue> kept = new ArrayList<>();
            for (BsonValue v : pts.points()) {
                if (other.isPoints() ? other.points().stream().anyMatch(o -> BsonOrder.equal(o, v)) : contains(other, v)) {
                    kept.add(v);
                }
            }
            return new Bounds(List.copyOf(kept), null, false, null, false);
        }
        BsonValue lower = a.lower();
        boolean lowerInc = a.lowerInclusive();
        if (b.lower() != null) {
            int c = lower == null ? -1 : BsonOrder.compare(lower, b.lower());
            if (c < 0 || (c == 0 && !b.lowerInclusive())) {
                lower = b.lower();
                lowerInc = b.lowerInclusive();
            }
        }
        BsonValue upper = a.upper();
        boolean upperInc = a.upperInclusive();
        if (b.upper() != null) {
            int c = upper == null ? 1 : BsonOrder.compare(upper, b.upper());
            if (c > 0 || (c == 0 && !b.upperInclusive())) {
                upper = b.upper();
                upperInc = b.upperInclusive();
            }
        }
        return new Bounds(null, lower, lowerInc, upper, upperInc);
    }

    static boolean contains(Bounds r, BsonValue v) {
        if (r.lower() != null) {
            int c = BsonOrder.compare(v, r.lower());
            if (c < 0 || (c == 0 && !r.lowerInclusive())) {
                return false;
            }
        }
        if (r.upper() != null) {
            int c = BsonOrder.compare(v, r.upper());
            return c < 0 || (c == 0 && r.upperInclusive());
        }
        return true;
    }
}
