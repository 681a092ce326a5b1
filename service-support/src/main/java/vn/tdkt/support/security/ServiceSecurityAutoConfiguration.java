package vn.tdkt.support.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.JwkSetUriJwtDecoderBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.support.problem.ProblemResponses;

/**
 * Every service is an OAuth2 resource server: a valid JWT (signature, issuer, audience, expiry, as
 * configured under {@code spring.security.oauth2.resourceserver.jwt}) for everything but the health
 * probes, the metrics scrape and the {@code GET}s a service publishes ({@code tdkt.security.public-paths}). Who may do what is decided per request by {@link Authorizer}, so a
 * refusal reaches the audit trail; this chain only tells known callers from unknown ones.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebSecurityProperties.class)
@EnableWebSecurity // also in web slice tests, which do not bring Boot's servlet security auto-configuration
public class ServiceSecurityAutoConfiguration {

    /** The signing keys are fetched with the configured patience (see {@link WebSecurityProperties#keySetTimeout}). */
    @Bean
    JwkSetUriJwtDecoderBuilderCustomizer tdktKeySetTimeouts(WebSecurityProperties properties) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.keySetTimeout());
        requests.setReadTimeout(properties.keySetTimeout());
        RestTemplate keySet = new RestTemplate(requests);
        return builder -> builder.restOperations(keySet);
    }

    /**
     * Every {@link JwtDecoder} (Boot's, with the issuer, audience and key set configured) remembers the tokens it
     * verified for {@code tdkt.security.verified-token-ttl}: see {@link VerifiedTokens}. Static, as a post-processor
     * must be; the properties are read when the decoder is made.
     */
    @Bean
    static BeanPostProcessor tdktVerifiedTokens(ObjectProvider<WebSecurityProperties> properties) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof JwtDecoder decoder) || bean instanceof VerifiedTokens) {
                    return bean;
                }
                WebSecurityProperties settings = properties.getObject();
                if (settings.verifiedTokenTtl().isZero() || settings.verifiedTokenTtl().isNegative()) {
                    return bean;
                }
                return new VerifiedTokens(decoder, settings.verifiedTokenTtl(), settings.verifiedTokenCacheSize(),
                        Clock.systemUTC());
            }
        };
    }

    /**
     * No observations (spans, timers) of the security filter chain, its authentication and its authorization: with
     * them each request made a dozen nested observations around the filters, a visible share of a small command's
     * CPU, and the request's own observation ({@code http.server.requests}) already times and traces it whole.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings tdktSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnMissingBean
    Authorizer authorizer(ObjectProvider<UnitTree> tree) {
        return new Authorizer(tree.getIfAvailable(() -> code -> Optional.empty()));
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain tdktSecurityFilterChain(HttpSecurity http, WebSecurityProperties properties,
                                                ObjectProvider<JsonMapper> json) throws Exception {
        ProblemResponses problems = new ProblemResponses(json.getIfAvailable(() -> JsonMapper.builder().build()));
        AuthenticationEntryPoint unauthenticated = unauthenticated(problems);
        AccessDeniedHandler denied = (request, response, e) -> problems.write(response, HttpStatus.FORBIDDEN,
                "You may not do this", "authorization", "access denied");
        String[] publicPaths = properties.publicPaths().toArray(String[]::new);
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers(properties.openPaths().toArray(String[]::new)).permitAll();
                    if (publicPaths.length > 0) {
                        // The one kind of exception to "a token for everything": what a service publishes, read only.
                        requests.requestMatchers(HttpMethod.GET, publicPaths).permitAll();
                    }
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(ignoringTokensOn(properties.publicPaths()))
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(roles()))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens are not sent by browsers on their own, so there is no CSRF to guard against.
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .cors(cors -> cors.configurationSource(cors(properties.corsAllowedOrigins(), properties.publicPaths())))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /** Roles from the {@code roles} claim as {@code ROLE_*} authorities, for anything that asks Spring. */
    private static JwtAuthenticationConverter roles() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(Authorizer.ROLES_CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    /** 401 with the standard {@code WWW-Authenticate: Bearer} header and a problem body saying why. */
    private static AuthenticationEntryPoint unauthenticated(ProblemResponses problems) {
        BearerTokenAuthenticationEntryPoint header = new BearerTokenAuthenticationEntryPoint();
        return (request, response, e) -> {
            header.commence(request, response, e);
            boolean badToken = e instanceof OAuth2AuthenticationException;
            problems.write(response, HttpStatus.UNAUTHORIZED,
                    badToken ? "The bearer token is not valid: " + e.getMessage() : "A bearer token is required",
                    "Authorization", badToken ? "invalid token" : "missing");
        };
    }

    /**
     * The token of a request to a public path is not read, let alone checked: a visitor's browser (or a unit's web
     * page embedding the board) may carry an expired one, and what is public must not depend on it.
     */
    private static BearerTokenResolver ignoringTokensOn(List<String> publicPaths) {
        DefaultBearerTokenResolver tokens = new DefaultBearerTokenResolver();
        if (publicPaths.isEmpty()) {
            return tokens;
        }
        List<RequestMatcher> open = publicPaths.stream()
                .<RequestMatcher>map(path -> PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, path))
                .toList();
        return request -> open.stream().anyMatch(matcher -> matcher.matches(request)) ? null : tokens.resolve(request);
    }

    private static CorsConfigurationSource cors(List<String> allowedOrigins, List<String> publicPaths) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        // What is public may be read by any page (a unit's own website embeds its board); no credentials, GET only.
        for (String path : publicPaths) {
            CorsConfiguration anyone = new CorsConfiguration();
            anyone.addAllowedOrigin("*");
            anyone.setAllowedMethods(List.of("GET"));
            anyone.setAllowCredentials(false);
            anyone.setExposedHeaders(List.of("ETag"));
            source.registerCorsConfiguration(path, anyone);
        }
        if (!allowedOrigins.isEmpty()) {
            CorsConfiguration configuration = new CorsConfiguration();
            configuration.setAllowedOrigins(allowedOrigins);
            configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
            configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "traceparent"));
            source.registerCorsConfiguration("/api/**", configuration);
        }
        return source;
    }
}
