package vn.tdkt.embeddedmongo.aggregation;

import org.bson.BsonValue;

/**
 * A parsed aggregation expression. {@link #evaluate} returns {@code null} for "missing" (a field
 * path that leads nowhere, {@code $$REMOVE}), which differs from BSON null: a missing computed
 * field is not written, and missing sorts before null.
 */
@FunctionalInterface
interface Expression {

    BsonValue evaluate(Vars vars);
}
