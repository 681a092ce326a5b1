package vn.tdkt.console.support;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sign-in by OpenID Connect (authorization code) against the platform's issuer; the tokens stay in the
 * HTTP session, the browser holds only the session cookie. Signing out ends the session here and at the
 * issuer (RP-initiated logout), so the next person at the same browser signs in afresh.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String SIGN_IN = "/oauth2/authorization/" + ServiceClientsConfiguration.REGISTRATION;

    @Bean
    SecurityFilterChain console(HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/signed-out", "/error",
                        "/actuator/health", "/actuator/health/**").permitAll()
                .anyRequest().authenticated());
        http.oauth2Login(login -> login.userInfoEndpoint(info -> info.userAuthoritiesMapper(rolesFromClaims())));
        http.oauth2Client(client -> client.authorizedClientRepository(authorizedClientRepository()));
        // Straight to the issuer's sign-in (one issuer, no page to choose). An htmx request whose session has
        // expired cannot follow a redirect to another origin: it gets 401 and HX-Redirect, and htmx loads
        // the sign-in as a whole page.
        LoginUrlAuthenticationEntryPoint toIssuer = new LoginUrlAuthenticationEntryPoint(SIGN_IN);
        http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint((request, response, e) -> {
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", request.getContextPath() + SIGN_IN);
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                toIssuer.commence(request, response, e);
            }
        }));
        OidcClientInitiatedLogoutSuccessHandler endAtIssuer = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        endAtIssuer.setPostLogoutRedirectUri("{baseUrl}/signed-out");
        http.logout(logout -> logout.logoutSuccessHandler(endAtIssuer).deleteCookies(SessionCookie.NAME));
        return http.build();
    }

    /** Tokens only in the server-side session. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** ROLE_x authorities from the {@code roles} claim, beside the scopes Spring adds. */
    static GrantedAuthoritiesMapper rolesFromClaims() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority a : authorities) {
                if (a instanceof OidcUserAuthority oidc && oidc.getIdToken().getClaim("roles") instanceof java.util.Collection<?> roles) {
                    roles.forEach(r -> mapped.add(new SimpleGrantedAuthority("ROLE_" + r)));
                }
            }
            return mapped;
        };
    }

    /** The session cookie's name (server.servlet.session.cookie.name), distinct from the issuer's JSESSIONID. */
    static final class SessionCookie {
        static final String NAME = "TDKT_CONSOLE";

        private SessionCookie() {
        }
    }
}
