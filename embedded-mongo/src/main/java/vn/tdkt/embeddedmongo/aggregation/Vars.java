package vn.tdkt.embeddedmongo.aggregation;

import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Variables in scope while evaluating an expression: {@code $$ROOT}, {@code $$CURRENT} and those
 * bound by {@code $filter}/{@code $map}/{@code $let}, as an immutable chain so nested scopes are cheap.
 */
final class Vars {

    private final String name;
    private final BsonValue value;
    private final Vars parent;
    private final BsonDocument root;

    private Vars(String name, BsonValue value, Vars parent, BsonDocument root) {
        this.name = name;
        this.value = value;
        this.parent = parent;
        this.root = root;
    }

    static Vars of(BsonDocument root) {
        return new Vars(null, null, null, root);
    }

    Vars with(String variable, BsonValue v) {
        return new Vars(variable, v, this, root);
    }

    BsonDocument root() {
        return root;
    }

    /** The bound value; {@code found[0]} tells a missing value from an unbound name. */
    BsonValue get(String variable, boolean[] found) {
        for (Vars s = this; s != null; s = s.parent) {
            if (variable.equals(s.name)) {
                found[0] = true;
                return s.value;
            }
        }
        found[0] = false;
        return null;
    }
}
