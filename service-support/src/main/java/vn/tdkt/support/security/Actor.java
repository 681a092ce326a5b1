package vn.tdkt.support.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling, as the verified token says: nothing else about a caller is trusted.
 *
 * @param username {@code preferred_username} (else {@code sub})
 * @param roles    the recognised roles of the {@code roles} claim; unknown names are ignored
 * @param unitCode the unit the caller acts for ({@code unit} claim), null for global roles
 */
public record Actor(String username, Set<Role> roles, String unitCode) {

    public Actor {
        // An EnumSet keeps the roles in declaration order, so refusals list their reasons in a fixed order.
        roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
