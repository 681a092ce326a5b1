package vn.tdkt.support.security;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A service's own view of the unit hierarchy, from its own store or projection: authorization never
 * asks another service.
 */
@FunctionalInterface
public interface UnitTree {

    /** Deeper than any real administration (province → district → commune → office); stops a cycle. */
    int MAX_DEPTH = 32;

    /** The parent of a known unit; empty for a root or a unit this service does not know. */
    Optional<String> parentOf(String unitCode);

    /** Whether {@code unitCode} is {@code ancestorCode} itself or lies anywhere below it. */
    default boolean isWithin(String unitCode, String ancestorCode) {
        if (unitCode == null || ancestorCode == null) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        String current = unitCode;
        for (int depth = 0; current != null && depth < MAX_DEPTH && seen.add(current); depth++) {
            if (current.equals(ancestorCode)) {
                return true;
            }
            current = parentOf(current).orElse(null);
        }
        return false;
    }

    static UnitTree of(Function<String, Optional<String>> parents) {
        return parents::apply;
    }
}
