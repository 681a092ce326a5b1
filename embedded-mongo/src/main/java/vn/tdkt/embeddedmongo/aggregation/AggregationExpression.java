package vn.tdkt.embeddedmongo.aggregation;

import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * A parsed aggregation expression, for the query language's {@code $expr}. Evaluation returns
 * {@code null} for a missing value.
 */
public final class AggregationExpression {

    private final Expression expression;

    private AggregationExpression(Expression expression) {
        this.expression = expression;
    }

    public static AggregationExpression parse(BsonValue spec) {
        return new AggregationExpression(Expressions.parse(spec));
    }

    public BsonValue evaluate(BsonDocument root) {
        return expression.evaluate(Vars.of(root));
    }

    /** Aggregation truthiness: false, null, missing, undefined and zero are false; all else is true. */
    public static boolean truthy(BsonValue v) {
        return Expressions.truthy(v);
    }
}
