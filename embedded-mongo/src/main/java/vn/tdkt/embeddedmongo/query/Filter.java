package vn.tdkt.embeddedmongo.query;

import java.util.Optional;
import java.util.OptionalInt;
import org.bson.BsonDocument;

/**
 * A parsed query filter ({@code find}'s filter, {@code $match}, update selectors). Parsing fails
 * with {@link vn.tdkt.embeddedmongo.error.MongoError} (code 2 BadValue for unknown operators or
 * malformed arguments) exactly as MongoDB would.
 */
public final class Filter {

    private Filter() {
    }

    public static Filter parse(BsonDocument filter) {
        throw new UnsupportedOperationException("TODO(query)");
    }

    /** A filter that matches every document. */
    public static Filter all() {
        throw new UnsupportedOperationException("TODO(query)");
    }

    public boolean matches(BsonDocument document) {
        throw new UnsupportedOperationException("TODO(query)");
    }

    /**
     * The index of the first array element that satisfied the filter's condition on an array field,
     * for the positional {@code $} update operator; empty when no array was traversed.
     */
    public OptionalInt matchedArrayIndex(BsonDocument document) {
        throw new UnsupportedOperationException("TODO(query)");
    }

    /**
     * What the filter requires of one dotted path, for the query planner to pick an index: present
     * only when every matching document must satisfy these bounds on that path (a top-level
     * conjunct, or an {@code $and} member); empty when the path is unconstrained or only constrained
     * inside {@code $or}/{@code $nor}/{@code $not}.
     */
    public Optional<Bounds> bounds(String path) {
        throw new UnsupportedOperationException("TODO(query)");
    }

    /** Equality values of top-level {@code field: value} / {@code $eq} conjuncts, used to seed an upsert. */
    public BsonDocument equalityFields() {
        throw new UnsupportedOperationException("TODO(query)");
    }
}
