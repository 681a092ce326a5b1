package vn.tdkt.embeddedmongo.query;

import org.bson.BsonDocument;

/** A find projection: inclusion or exclusion of dotted paths, {@code _id} handling, {@code $slice}, {@code $elemMatch}. */
public final class Projection {

    private Projection() {
    }

    /** Parses a projection; an empty or null document keeps whole documents. */
    public static Projection parse(BsonDocument projection) {
        throw new UnsupportedOperationException("TODO(query)");
    }

    public BsonDocument apply(BsonDocument document) {
        throw new UnsupportedOperationException("TODO(query)");
    }
}
