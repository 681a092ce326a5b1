package vn.tdkt.embeddedmongo.index;

import java.util.List;

/**
 * How storage should find candidate documents: which index (the {@code _id} index means the
 * document keyspace itself, which is ordered by {@code _id}), which key ranges in order, in which
 * direction, and whether that order already satisfies the requested sort.
 */
public record QueryPlan(IndexSpec index, List<KeyRange> ranges, boolean reverse, boolean providesSort) {

    public boolean collectionScan() {
        return index.isId() && ranges.size() == 1 && !ranges.get(0).point()
                && ranges.get(0).start().length == 0 && ranges.get(0).end() == null;
    }

    /** The stage name MongoDB's explain would show for this access path. */
    public String stage() {
        if (collectionScan()) {
            return "COLLSCAN";
        }
        return index.isId() && ranges.stream().allMatch(KeyRange::point) ? "IDHACK" : "IXSCAN";
    }
}
