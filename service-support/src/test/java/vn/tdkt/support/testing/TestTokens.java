package vn.tdkt.support.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.tdkt.support.security.Role;

/**
 * A real signing key and a real JWKS endpoint for tests: services verify these tokens exactly as
 * they verify the authorization server's (signature from the key set URL, issuer, audience, expiry),
 * so a test can also send expired, forged, foreign and wrong-audience tokens and see them refused.
 * One key and one endpoint per JVM, started on first use.
 */
public final class TestTokens {

    public static final String ISSUER = "http://issuer.tdkt.test";
    public static final String AUDIENCE = "tdkt-api";

    private static final RSAKey KEY = generate("test-key");
    /** Same key id as the real key, so a forged token is refused for its signature, not for an unknown kid. */
    private static final RSAKey FORGER = generate("test-key");
    private static final HttpServer JWKS = serveKeySet();

    private TestTokens() {
    }

    /** Points the service under test at this issuer; call from a {@code @DynamicPropertySource} method. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokens::jwkSetUri);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> AUDIENCE);
    }

    public static String jwkSetUri() {
        return "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/jwks";
    }

    /** A valid token for a user acting for {@code unit} (null for global roles) with these roles. */
    public static String token(String username, String unit, Role... roles) {
        return sign(KEY, claims(username, unit, roles, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(30))));
    }

    /** {@code Authorization} header value for {@link #token}. */
    public static String bearer(String username, String unit, Role... roles) {
        return "Bearer " + token(username, unit, roles);
    }

    public static String admin() {
        return bearer("admin", null, Role.ADMINISTRATOR);
    }

    public static String operator() {
        return bearer("vanhanh", null, Role.OPERATOR);
    }

    public static String officer(String unit) {
        return bearer("thiduakt." + unit.toLowerCase(java.util.Locale.ROOT), unit, Role.EMULATION_OFFICER);
    }

    /** Expired ten minutes ago: beyond any clock-skew allowance. */
    public static String expired() {
        return "Bearer " + sign(KEY, claims("admin", null, new Role[] {Role.ADMINISTRATOR}, ISSUER, AUDIENCE,
                Instant.now().minus(Duration.ofMinutes(10))));
    }

    /** Well-formed and claiming the right key id, but signed by a key the issuer never had. */
    public static String forged() {
        return "Bearer " + sign(FORGER, claims("admin", null, new Role[] {Role.ADMINISTRATOR}, ISSUER, AUDIENCE,
                Instant.now().plus(Duration.ofMinutes(30))));
    }

    /** Properly signed, but meant for another API. */
    public static String wrongAudience() {
        return "Bearer " + sign(KEY, claims("admin", null, new Role[] {Role.ADMINISTRATOR}, ISSUER, "another-api",
                Instant.now().plus(Duration.ofMinutes(30))));
    }

    /** Properly signed, but naming another issuer. */
    public static String wrongIssuer() {
        return "Bearer " + sign(KEY, claims("admin", null, new Role[] {Role.ADMINISTRATOR}, "http://elsewhere.test",
                AUDIENCE, Instant.now().plus(Duration.ofMinutes(30))));
    }

    /** The four kinds of bad token every endpoint must refuse with 401, each with a name for test reports. */
    public static List<BadToken> badTokens() {
        return List.of(new BadToken("missing", null), new BadToken("expired", expired()),
                new BadToken("forged", forged()), new BadToken("wrong audience", wrongAudience()),
                new BadToken("wrong issuer", wrongIssuer()), new BadToken("not a JWT", "Bearer not-a-jwt"));
    }

    /** @param header the {@code Authorization} header to send, or null to send none */
    public record BadToken(String name, String header) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static JWTClaimsSet claims(String username, String unit, Role[] roles, String issuer, String audience,
                                       Instant expiresAt) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(username)
                .audience(List.of(audience))
                .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(30))))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim("preferred_username", username)
                .claim("roles", Arrays.stream(roles).map(Role::name).toList());
        if (unit != null) {
            claims.claim("unit", unit);
        }
        return claims.build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer serveKeySet() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] body = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.setExecutor(null);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
