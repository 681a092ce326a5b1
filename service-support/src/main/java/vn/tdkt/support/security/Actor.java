package vn.tdkt.support.security;

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
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
