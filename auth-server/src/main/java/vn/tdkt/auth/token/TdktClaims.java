package vn.tdkt.auth.token;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;
import vn.tdkt.auth.user.DemoUser;
import vn.tdkt.auth.user.DemoUsers;

/**
 * Puts the claims of the security contract into the tokens of a signed-in demo user: {@code roles},
 * {@code unit} (only for users who act for a unit), {@code name} and {@code preferred_username}; and
 * the audience {@code tdkt-api}, without which the services refuse an access token. The ID token gets
 * the same user claims but keeps its audience (the client), as OpenID Connect requires.
 * Tokens without a user (none today: tdkt-cli has no client-credentials grant) are left as they are.
 */
@Component
class TdktClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String AUDIENCE = "tdkt-api";
    static final String ROLES = "roles";
    static final String UNIT = "unit";
    static final String NAME = "name";
    static final String PREFERRED_USERNAME = "preferred_username";

    private final DemoUsers users;

    TdktClaims(DemoUsers users) {
        this.users = users;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        String username = context.getPrincipal().getName();
        DemoUser user = users.find(username).orElse(null);
        if (user == null) {
            return; // not a user sign-in (a client acting for itself): no user claims to add
        }
        JwtClaimsSet.Builder claims = context.getClaims();
        claims.claim(ROLES, user.roles().stream().map(Enum::name).toList());
        user.unitCode().ifPresent(unit -> claims.claim(UNIT, unit));
        if (accessToken || context.getAuthorizedScopes().contains(OidcScopes.PROFILE)) {
            claims.claim(NAME, user.name());
            claims.claim(PREFERRED_USERNAME, user.username());
        }
        if (accessToken) {
            claims.claims(all -> all.put(JwtClaimNames.AUD, withApiAudience(all.get(JwtClaimNames.AUD))));
        }
    }

    /** The audience the generator set (the client id), plus tdkt-api. */
    private static List<String> withApiAudience(Object current) {
        List<String> audience = new ArrayList<>();
        if (current instanceof Iterable<?> values) {
            values.forEach(v -> audience.add(String.valueOf(v)));
        } else if (current != null) {
            audience.add(String.valueOf(current));
        }
        if (!audience.contains(AUDIENCE)) {
            audience.add(AUDIENCE);
        }
        return audience;
    }
}
