package vn.tdkt.embeddedmongo.update;

import java.util.List;
import org.bson.BsonDocument;
import vn.tdkt.embeddedmongo.query.Filter;

/**
 * A parsed update: either a replacement document or operators ($set, $unset, $inc, $mul, $min,
 * $max, $rename, $setOnInsert, $currentDate, $push with $each/$slice/$position, $addToSet with
 * $each, $pull, $pullAll, $pop, positional $ and $[]). Errors are
 * {@link vn.tdkt.embeddedmongo.error.MongoError} with MongoDB's codes (e.g. 9 FailedToParse,
 * 14 TypeMismatch, 66 ImmutableField for a change of _id, 40 ConflictingUpdateOperators).
 */
public final class Update {

    private Update() {
    }

    public static Update parse(BsonDocument update, List<BsonDocument> arrayFilters) {
        throw new UnsupportedOperationException("TODO(update)");
    }

    public boolean isReplacement() {
        throw new UnsupportedOperationException("TODO(update)");
    }

    /**
     * Applies the update to a copy of {@code document} and returns the new document; the input is
     * not modified. {@code insert} is true when the document is being created by an upsert (then
     * $setOnInsert applies). {@code selector} resolves the positional {@code $}. The result keeps
     * the original {@code _id} (changing it fails with code 66).
     */
    public BsonDocument apply(BsonDocument document, boolean insert, Filter selector) {
        throw new UnsupportedOperationException("TODO(update)");
    }

    /** The document an upsert starts from: the filter's equality fields, then the update applied with insert=true. */
    public BsonDocument upsertDocument(Filter filter) {
        throw new UnsupportedOperationException("TODO(update)");
    }
}
