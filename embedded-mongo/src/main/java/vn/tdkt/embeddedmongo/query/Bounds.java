package vn.tdkt.embeddedmongo.query;

import java.util.List;
import org.bson.BsonValue;

/**
 * Bounds that a filter puts on one path. Either a list of point values ({@code $eq}, {@code $in};
 * the planner looks each up), or a range whose ends may be open ({@code null}). The planner may
 * scan a superset: the full filter is always re-checked on every candidate document.
 */
public record Bounds(List<BsonValue> points, BsonValue lower, boolean lowerInclusive,
                     BsonValue upper, boolean upperInclusive) {

    public boolean isPoints() {
        return points != null;
    }
}
