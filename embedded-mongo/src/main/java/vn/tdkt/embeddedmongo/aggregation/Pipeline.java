package vn.tdkt.embeddedmongo.aggregation;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.bson.BsonDocument;

/**
 * An aggregation pipeline: $match, $project, $addFields/$set, $unset, $group (with $sum, $avg,
 * $min, $max, $first, $last, $push, $addToSet), $sort, $skip, $limit, $count, $unwind and $lookup
 * on equality, plus the expression operators these need. Errors are
 * {@link vn.tdkt.embeddedmongo.error.MongoError} with MongoDB's codes (40324 unknown stage, ...).
 */
public final class Pipeline {

    private Pipeline() {
    }

    public static Pipeline parse(List<BsonDocument> stages, CollectionSource lookupSource) {
        throw new UnsupportedOperationException("TODO(aggregation)");
    }

    /**
     * The filter of a leading $match stage, so that storage can use an index for it; the pipeline
     * still applies that stage itself.
     */
    public Optional<BsonDocument> leadingMatch() {
        throw new UnsupportedOperationException("TODO(aggregation)");
    }

    public Iterator<BsonDocument> execute(Iterator<BsonDocument> input) {
        throw new UnsupportedOperationException("TODO(aggregation)");
    }

    /** Reads another collection of the same database, for $lookup. */
    @FunctionalInterface
    public interface CollectionSource {
        Iterator<BsonDocument> scan(String collection);
    }
}
