package vn.tdkt.embeddedmongo.aggregation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.query.BsonOrder;

/**
 * $group: documents whose {@code _id} expression values are equal under {@link BsonOrder} (so 1
 * and 1.0 share a group; missing counts as null) are folded by the accumulators. Groups are output
 * in the order they were first seen.
 */
final class GroupStage {

    private record Field(String name, Expression expression, Supplier<Accumulator> factory) {
    }

    private GroupStage() {
    }

    static Stage parse(BsonValue arg) {
        if (!(arg instanceof BsonDocument spec)) {
            throw Errors.location(15947, "a group's fields must be specified in an object");
        }
        if (!spec.containsKey("_id")) {
            throw Errors.location(15955, "a group specification must include an _id");
        }
        Expression id = Expressions.parse(spec.get("_id"));
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, BsonValue> e : spec.entrySet()) {
            String name = e.getKey();
            if (name.equals("_id")) {
                continue;
            }
            if (name.contains(".")) {
                throw Errors.location(40235, "The field name '" + name + "' cannot contain '.'");
            }
            if (name.startsWith("$")) {
                throw Errors.location(40236, "The field name '" + name + "' cannot be an operator name");
            }
            if (!(e.getValue() instanceof BsonDocument acc) || acc.size() != 1) {
                throw Errors.location(40234, "The field '" + name + "' must be an accumulator object");
            }
            String op = acc.getFirstKey();
            if (!Accumulator.NAMES.contains(op)) {
                throw Errors.location(15952, "unknown group operator '" + op + "'");
            }
            BsonValue operand = acc.get(op);
            Expression expr;
            if (op.equals("$count")) {
                if (!(operand instanceof BsonDocument d) || !d.isEmpty()) {
                    throw Errors.location(9, "$count takes no arguments, i.e. $count:{}");
                }
                BsonValue one = new BsonInt32(1);
                expr = vars -> one;
            } else {
                if (operand.isArray()) {
                    throw Errors.location(40237, "The " + op + " accumulator is a unary operator");
                }
                expr = Expressions.parse(operand);
            }
            fields.add(new Field(name, expr, Accumulator.factory(op)));
        }
        return input -> Stage.lazy(() -> run(input, id, fields));
    }

    private static Iterator<BsonDocument> run(Iterator<BsonDocument> input, Expression id, List<Field> fields) {
        Map<BsonValue, Accumulator[]> groups = new TreeMap<>(BsonOrder.COMPARATOR);
        List<Map.Entry<BsonValue, Accumulator[]>> firstSeen = new ArrayList<>();
        while (input.hasNext()) {
            BsonDocument doc = input.next();
            Vars vars = Vars.of(doc);
            BsonValue key = id.evaluate(vars);
            if (key == null) {
                key = BsonNull.VALUE;
            }
            Accumulator[] accs = groups.get(key);
            if (accs == null) {
                accs = new Accumulator[fields.size()];
                for (int i = 0; i < accs.length; i++) {
                    accs[i] = fields.get(i).factory().get();
                }
                groups.put(key, accs);
                firstSeen.add(Map.entry(key, accs));
            }
            for (int i = 0; i < accs.length; i++) {
                accs[i].add(fields.get(i).expression().evaluate(vars));
            }
        }
        List<BsonDocument> out = new ArrayList<>(firstSeen.size());
        for (Map.Entry<BsonValue, Accumulator[]> group : firstSeen) {
            Accumulator[] accs = group.getValue();
            BsonDocument doc = new BsonDocument("_id", group.getKey());
            for (int i = 0; i < accs.length; i++) {
                doc.put(fields.get(i).name(), accs[i].result());
            }
            out.add(doc);
        }
        return out.iterator();
    }
}
