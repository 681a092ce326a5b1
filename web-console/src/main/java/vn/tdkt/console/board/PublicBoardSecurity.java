package vn.tdkt.console.board;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The console's only pages without sign-in: a unit's public honour board, its Atom feed and its embeddable snippet
 * (issue 16 item 4). Chains of their own, ahead of the console's: read only (GET), no session, no CSRF token (there
 * is no form), and only the snippet may be framed, by any site, since its purpose is the unit's own website.
 */
@Configuration(proxyBeanMethods = false)
class PublicBoardSecurity {

    static final String[] EMBED = {"/honour-board/*/embed", "/bang-vang/*/embed"};
    static final String[] PUBLIC = {"/honour-board/**", "/bang-vang/**"};

    @Bean
    @Order(1)
    SecurityFilterChain embeddableBoard(HttpSecurity http) throws Exception {
        return common(http.securityMatcher(EMBED))
                .headers(headers -> headers.frameOptions(frame -> frame.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors *")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain publicBoard(HttpSecurity http) throws Exception {
        return common(http.securityMatcher(PUBLIC))
                .headers(headers -> headers.frameOptions(frame -> frame.deny()))
                .build();
    }

    private static HttpSecurity common(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET).permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .csrf(csrf -> csrf.disable());
    }
}
