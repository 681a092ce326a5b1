package vn.tdkt.support.security;

import java.util.List;

/** The outcome of a permission check with every reason it was refused, not just the first. */
public sealed interface Decision {

    static Decision allowed() {
        return Allowed.INSTANCE;
    }

    static Decision denied(List<String> reasons) {
        return new Denied(List.copyOf(reasons));
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    enum Allowed implements Decision {
        INSTANCE
    }

    record Denied(List<String> reasons) implements Decision {
    }
}
