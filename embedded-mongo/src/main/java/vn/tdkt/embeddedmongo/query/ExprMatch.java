package vn.tdkt.embeddedmongo.query;

import org.bson.BsonDocument;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.aggregation.AggregationExpression;

/** {@code $expr}: an aggregation expression evaluated on the document, matching when truthy. */
record ExprMatch(AggregationExpression expression) implements Expr {

    @Override
    public boolean matches(BsonValue root, MatchContext ctx) {
        return root instanceof BsonDocument doc && AggregationExpression.truthy(expression.evaluate(doc));
    }
}
