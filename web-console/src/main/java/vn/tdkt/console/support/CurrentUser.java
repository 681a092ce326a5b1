package vn.tdkt.console.support;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is signed in, from the ID token's claims as the auth server (or Keycloak) issues them:
 * {@code preferred_username}, {@code name}, {@code roles} and {@code unit} (design.md §5). The console
 * uses it only to decide what to show; the services decide what is allowed, from the access token.
 */
public record CurrentUser(String username, String name, Set<String> roles, String unitCode) {

    public static final String ADMINISTRATOR = "ADMINISTRATOR";
    public static final String EMULATION_OFFICER = "EMULATION_OFFICER";
    public static final String COUNCIL_SECRETARY = "COUNCIL_SECRETARY";
    public static final String COUNCIL_MEMBER = "COUNCIL_MEMBER";
    public static final String UNIT_LEADER = "UNIT_LEADER";
    public static final String CONGRESS_ORGANISER = "CONGRESS_ORGANISER";
    public static final String OPERATOR = "OPERATOR";

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public static CurrentUser of(OidcUser user) {
        String username = user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject();
        String name = user.getFullName() != null ? user.getFullName() : username;
        Set<String> roles = new LinkedHashSet<>();
        Object claim = user.getClaims().get("roles");
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> roles.add(String.valueOf(v)));
        } else if (claim instanceof String one) {
            roles.add(one);
        }
        Object unit = user.getClaims().get("unit");
        return new CurrentUser(username, name, roles, unit == null ? null : unit.toString());
    }

    /** The signed-in user of a request, or null outside a sign-in (error pages, the signed-out page). */
    public static CurrentUser of(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof OidcUser oidc ? of(oidc) : null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... any) {
        return List.of(any).stream().anyMatch(roles::contains);
    }

    public boolean isAdministrator() {
        return hasRole(ADMINISTRATOR);
    }

    /** Writes units, campaigns and blocs (for its own subtree: the service checks which). */
    public boolean isOfficer() {
        return hasAnyRole(ADMINISTRATOR, EMULATION_OFFICER);
    }

    /** The first role: what the header shows beside the name. */
    public String mainRole() {
        return roles.stream().findFirst().orElse("");
    }
}
