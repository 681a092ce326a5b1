/**
 * Aggregation: {@link vn.tdkt.embeddedmongo.aggregation.Pipeline} (streaming stages) and the
 * expression language, also used by the query language's {@code $expr} through
 * {@link vn.tdkt.embeddedmongo.aggregation.AggregationExpression}.
 *
 * <p>Known differences from MongoDB: {@code $lookup} binds {@code let} variables by substituting
 * their values into the sub-pipeline (see {@code LetBinding}), so an inner {@code $let}, {@code $map}
 * or {@code $filter} variable of the same name is not shadowed correctly; {@code $out},
 * {@code $merge}, {@code $bucket}, {@code $sample}, {@code $geoNear} and text-score {@code $meta} are
 * not available (unknown stage, 40324); {@code $$NOW} is read per evaluation instead of once per
 * command; $group outputs groups in first-seen order (the server does not promise any order);
 * doubles printed by {@code $toString} use Java's notation for very large or small magnitudes.
 */
package vn.tdkt.embeddedmongo.aggregation;
