package vn.tdkt.embeddedmongo.query;

import java.util.List;
import org.bson.BsonValue;

/**
 * Bounds that a filter puts on one path. Either a list of point values ({@code $eq}, {@code $in};
 * the planner looks each up), or a range whose ends may be open ({@code null}). The planner may
 * scan a superset: the full filter is always re-checked on every candidate document.
 *
 * <p>Values compare with {@link BsonOrder}: numbers of different BSON types are equal when
 * numerically equal, so an index must order keys the same way (or normalise numbers) for points and
 * ranges to find every candidate. Points are sorted and distinct. A {@code null} end is unbounded;
 * otherwise ranges are closed at the end of the operand's type bracket where known (numbers end at
 * ±Infinity inclusive, strings at {@code ""} inclusive and the empty document exclusive), since
 * comparison operators only match within a type bracket. A points list may be empty: nothing can
 * match. {@link Filter#bounds(String)} never intersects separate operators (safe for multikey
 * indexes); {@link Filter#bounds(String, boolean)} with {@code multikey=false} does. Null, undefined,
 * NaN, array and regex operands, negations, {@code $exists}, {@code $type} and anything under
 * {@code $or}/{@code $nor}/{@code $not} give no bounds.
 */
public record Bounds(List<BsonValue> points, BsonValue lower, boolean lowerInclusive,
                     BsonValue upper, boolean upperInclusive) {

    public boolean isPoints() {
        return points != null;
    }
}
