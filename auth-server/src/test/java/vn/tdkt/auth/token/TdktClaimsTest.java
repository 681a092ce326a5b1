package vn.tdkt.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import vn.tdkt.auth.user.DemoUser;
import vn.tdkt.auth.user.DemoUsers;
import vn.tdkt.auth.user.Role;

class TdktClaimsTest {

    private static final DemoUsers USERS = new DemoUsers("demo", List.of(
            new DemoUser("admin", List.of(Role.ADMINISTRATOR), null, "Quản trị hệ thống"),
            new DemoUser("thiduakt.chilang", List.of(Role.EMULATION_OFFICER), "LS-CL", "Cán bộ thi đua huyện Chi Lăng"),
            new DemoUser("two.roles", List.of(Role.COUNCIL_MEMBER, Role.UNIT_LEADER), "LS", "Hai vai trò")));

    private static final RegisteredClient CLIENT = RegisteredClient.withId("1")
            .clientId("tdkt-cli")
            .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("http://127.0.0.1:8400/callback")
            .scope("openid").scope("profile")
            .build();

    private final TdktClaims claims = new TdktClaims(USERS);

    @Test
    void accessTokenCarriesRolesUnitNamesAndTheApiAudience() {
        JwtClaimsSet token = customize("thiduakt.chilang", OAuth2TokenType.ACCESS_TOKEN, Set.of("openid", "profile"));

        assertThat(token.getClaimAsStringList("roles")).containsExactly("EMULATION_OFFICER");
        assertThat(token.getClaimAsString("unit")).isEqualTo("LS-CL");
        assertThat(token.getClaimAsString("name")).isEqualTo("Cán bộ thi đua huyện Chi Lăng");
        assertThat(token.getClaimAsString("preferred_username")).isEqualTo("thiduakt.chilang");
        assertThat(token.getAudience()).containsExactly("tdkt-cli", "tdkt-api");
        assertThat(token.getSubject()).isEqualTo("thiduakt.chilang");
    }

    @Test
    void aUserWhoActsForNoUnitHasNoUnitClaim() {
        JwtClaimsSet token = customize("admin", OAuth2TokenType.ACCESS_TOKEN, Set.of("openid"));

        assertThat(token.getClaims()).doesNotContainKey("unit");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("ADMINISTRATOR");
        assertThat(token.getClaimAsString("preferred_username")).isEqualTo("admin");
    }

    @Test
    void everyRoleGoesIntoTheArrayInOrder() {
        JwtClaimsSet token = customize("two.roles", OAuth2TokenType.ACCESS_TOKEN, Set.of("openid"));

        assertThat(token.getClaimAsStringList("roles")).containsExactly("COUNCIL_MEMBER", "UNIT_LEADER");
    }

    @Test
    void idTokenGetsTheUserClaimsButKeepsTheClientAsItsAudience() {
        JwtClaimsSet token = customize("thiduakt.chilang", new OAuth2TokenType(OidcParameterNames.ID_TOKEN), Set.of("openid", "profile"));

        assertThat(token.getAudience()).containsExactly("tdkt-cli");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("EMULATION_OFFICER");
        assertThat(token.getClaimAsString("unit")).isEqualTo("LS-CL");
        assertThat(token.getClaimAsString("name")).isEqualTo("Cán bộ thi đua huyện Chi Lăng");
    }

    @Test
    void idTokenWithoutTheProfileScopeHasNoNames() {
        JwtClaimsSet token = customize("thiduakt.chilang", new OAuth2TokenType(OidcParameterNames.ID_TOKEN), Set.of("openid"));

        assertThat(token.getClaims()).doesNotContainKeys("name", "preferred_username");
    }

    @Test
    void aPrincipalThatIsNoDemoUserIsLeftAlone() {
        JwtClaimsSet token = customize("tdkt-cli", OAuth2TokenType.ACCESS_TOKEN, Set.of());

        assertThat(token.getClaims()).doesNotContainKeys("roles", "unit", "name", "preferred_username");
        assertThat(token.getAudience()).containsExactly("tdkt-cli");
    }

    private JwtClaimsSet customize(String username, OAuth2TokenType type, Set<String> scopes) {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        JwtClaimsSet.Builder builder = JwtClaimsSet.builder()
                .issuer("http://127.0.0.1:9000")
                .subject(username)
                .audience(List.of("tdkt-cli"))
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(30)));
        Authentication principal = UsernamePasswordAuthenticationToken.authenticated(username, null, List.of());
        JwtEncodingContext context = JwtEncodingContext.with(JwsHeader.with(SignatureAlgorithm.RS256), builder)
                .registeredClient(CLIENT)
                .principal(principal)
                .authorizedScopes(scopes)
                .tokenType(type)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .build();
        claims.customize(context);
        return builder.build();
    }
}
