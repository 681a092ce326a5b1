/**
 * MongoDB query semantics on BSON values, independent of storage: {@link vn.tdkt.embeddedmongo.query.BsonOrder}
 * (the server's cross-type order), {@link vn.tdkt.embeddedmongo.query.Filter} (matching, the
 * positional index, index bounds, upsert equalities), {@link vn.tdkt.embeddedmongo.query.SortSpec}
 * and {@link vn.tdkt.embeddedmongo.query.Projection}.
 *
 * <p>Known differences from MongoDB: strings always compare with the "simple" collation (UTF-8
 * bytes), collations are not supported; {@code $regex} runs on {@link java.util.regex.Pattern},
 * which shares PCRE's common syntax but not all of it (no POSIX classes such as {@code [[:alpha:]]},
 * and with {@code x} whitespace inside character classes is ignored too); {@code $where},
 * {@code $text}, geospatial operators, {@code $jsonSchema} and {@code $bitsAll*} are rejected as
 * unknown operators; computed find-projection fields cannot be combined with {@code $slice},
 * {@code $elemMatch} or {@code .$}.
 */
package vn.tdkt.embeddedmongo.query;
