package vn.tdkt.embeddedmongo.query;

import java.util.Comparator;
import java.util.List;
import org.bson.BsonDocument;

/** A sort specification {@code {a: 1, b.c: -1}} with MongoDB's rules for arrays (min/max element) and missing fields. */
public final class SortSpec {

    private SortSpec() {
    }

    public static SortSpec parse(BsonDocument sort) {
        throw new UnsupportedOperationException("TODO(query)");
    }

    public boolean isEmpty() {
        throw new UnsupportedOperationException("TODO(query)");
    }

    /** The sorted paths with direction (+1 / -1), in order, for the planner to match against an index. */
    public List<SortKey> keys() {
        throw new UnsupportedOperationException("TODO(query)");
    }

    public Comparator<BsonDocument> comparator() {
        throw new UnsupportedOperationException("TODO(query)");
    }

    public record SortKey(String path, int direction) {
    }
}
