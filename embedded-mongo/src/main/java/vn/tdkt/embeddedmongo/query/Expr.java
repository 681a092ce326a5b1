package vn.tdkt.embeddedmongo.query;

import java.util.List;
import org.bson.BsonValue;

/** A node of a parsed filter, evaluated against a document (or, inside {@code $elemMatch}, a value). */
interface Expr {

    boolean matches(BsonValue root, MatchContext ctx);

    /** Collects what a matching document must satisfy; a no-op for nodes that do not constrain. */
    default void conjuncts(List<Expr> out) {
        out.add(this);
    }

    record And(List<Expr> children) implements Expr {
        @Override
        public boolean matches(BsonValue root, MatchContext ctx) {
            for (Expr e : children) {
                if (!e.matches(root, ctx)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void conjuncts(List<Expr> out) {
            children.forEach(c -> c.conjuncts(out));
        }
    }

    record Or(List<Expr> children) implements Expr {
        @Override
        public boolean matches(BsonValue root, MatchContext ctx) {
            for (Expr e : children) {
                // a failed branch must not leave a positional index behind
                MatchContext branch = new MatchContext();
                if (e.matches(root, branch)) {
                    ctx.record(branch.arrayIndex());
                    return true;
                }
            }
            return false;
        }
    }

    /** Negation: also $nor (of an $or), $ne, $nin, $exists:false, which negate over the whole path. */
    record Not(Expr child) implements Expr {
        @Override
        public boolean matches(BsonValue root, MatchContext ctx) {
            return !child.matches(root, new MatchContext());
        }
    }

    record Const(boolean value) implements Expr {
        @Override
        public boolean matches(BsonValue root, MatchContext ctx) {
            return value;
        }

        @Override
        public void conjuncts(List<Expr> out) {
        }
    }
}
