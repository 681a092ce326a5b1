package vn.tdkt.support.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.tdkt.support.problem.ForbiddenException;

/**
 * Applies {@link AccessPolicy} to the current request's caller and this service's {@link UnitTree}.
 * Controllers call it before anything changes, so a refusal is a 403 that changed nothing (and is
 * audited like any command).
 */
public class Authorizer {

    public static final String ROLES_CLAIM = "roles";
    public static final String UNIT_CLAIM = "unit";
    private static final String REQUEST_TREE = Authorizer.class.getName() + ".tree";

    private final UnitTree tree;

    public Authorizer(UnitTree tree) {
        this.tree = tree;
    }

    /** The caller of the current request; fails if there is none (the filter chain ensures one). */
    public Actor actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return actorOf(token.getToken());
        }
        throw new ForbiddenException("No authenticated caller", List.of("a bearer token is required"));
    }

    /** Throws a 403 problem unless the caller may take {@code action} on {@code targetUnit} (null: none). */
    public Actor require(Action action, String targetUnit) {
        Actor actor = actor();
        if (AccessPolicy.decide(actor, action, targetUnit, tree()) instanceof Decision.Denied denied) {
            throw new ForbiddenException("You may not do this" + (targetUnit == null ? "" : " for unit " + targetUnit),
                    denied.reasons());
        }
        return actor;
    }

    /** Every unit of {@code targetUnits} must be allowed; the refusal names all that are not. */
    public Actor requireAll(Action action, Collection<String> targetUnits) {
        Actor actor = actor();
        Set<String> reasons = new LinkedHashSet<>();
        for (String unit : targetUnits) {
            if (AccessPolicy.decide(actor, action, unit, tree()) instanceof Decision.Denied denied) {
                reasons.addAll(denied.reasons());
            }
        }
        if (!reasons.isEmpty()) {
            throw new ForbiddenException("You may not do this for every unit named", List.copyOf(reasons));
        }
        return actor;
    }

    /** Whether the caller may take the action, without failing: for masking what a reader may not see. */
    public boolean allows(Action action, String targetUnit) {
        return AccessPolicy.decide(actor(), action, targetUnit, tree()).isAllowed();
    }

    /**
     * The unit tree, remembered for the rest of the request: a page of 200 units asks for the same
     * few parents again and again, and each question would otherwise be a database read.
     */
    private UnitTree tree() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return tree;
        }
        UnitTree remembered = (UnitTree) request.getAttribute(REQUEST_TREE, RequestAttributes.SCOPE_REQUEST);
        if (remembered == null) {
            Map<String, Optional<String>> parents = new HashMap<>();
            remembered = code -> parents.computeIfAbsent(code, tree::parentOf);
            request.setAttribute(REQUEST_TREE, remembered, RequestAttributes.SCOPE_REQUEST);
        }
        return remembered;
    }

    /** The actor a verified token describes. */
    public static Actor actorOf(Jwt jwt) {
        String username = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username")
                : jwt.getSubject();
        Set<Role> roles = new LinkedHashSet<>();
        List<String> names = jwt.hasClaim(ROLES_CLAIM) ? jwt.getClaimAsStringList(ROLES_CLAIM) : List.of();
        for (String name : names == null ? List.<String>of() : names) {
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        String unit = jwt.getClaimAsString(UNIT_CLAIM);
        return new Actor(username, roles, unit == null || unit.isBlank() ? null : unit);
    }
}
