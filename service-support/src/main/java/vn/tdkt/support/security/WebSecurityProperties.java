package vn.tdkt.support.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param corsAllowedOrigins browser origins allowed to call the API (e.g. the officers' console); none by
 *                           default, so a page from elsewhere cannot use a signed-in officer's token
 * @param openPaths          paths answered without a token: health probes and the Prometheus scrape
 * @param publicPaths        paths a service publishes to everyone (Ant patterns, each under {@code /public/}): answered
 *                           to {@code GET} without a token (a token sent along is ignored, never checked), readable
 *                           from any origin without credentials; none by default. Each service that has one names it
 *                           in its own {@code application.yml}, so the exception is written where it is made.
 * @param keySetTimeout      how long fetching the issuer's signing keys (JWKS, on the first request and after a key
 *                           change) may take to connect and to answer; default 5 s. A shorter wait turned a slow
 *                           moment of the authorization server into 401s for valid tokens.
 * @param verifiedTokenTtl   how long a verified token is remembered, so that the next requests with it skip checking
 *                           its signature again; never past the token's expiry; default 2 min, 0 to check every
 *                           request. It is also how long a key withdrawn from the issuer's key set still passes.
 * @param verifiedTokenCacheSize how many verified tokens are remembered at most; default 10,000
 */
@ConfigurationProperties("tdkt.security")
public record WebSecurityProperties(List<String> corsAllowedOrigins, List<String> openPaths, List<String> publicPaths,
                                    Duration keySetTimeout, Duration verifiedTokenTtl, Integer verifiedTokenCacheSize) {

    /** Every public path lies under this prefix, so nothing of {@code /api/} can be opened by a typo. */
    public static final String PUBLIC_PREFIX = "/public/";

    public WebSecurityProperties {
        keySetTimeout = keySetTimeout == null ? Duration.ofSeconds(5) : keySetTimeout;
        verifiedTokenTtl = verifiedTokenTtl == null ? Duration.ofMinutes(2) : verifiedTokenTtl;
        verifiedTokenCacheSize = verifiedTokenCacheSize == null ? 10_000 : verifiedTokenCacheSize;
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : List.copyOf(corsAllowedOrigins);
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        for (String path : publicPaths) {
            if (!path.startsWith(PUBLIC_PREFIX)) {
                throw new IllegalArgumentException("tdkt.security.public-paths: " + path + " is not under "
                        + PUBLIC_PREFIX);
            }
        }
        openPaths = openPaths == null || openPaths.isEmpty()
                ? List.of("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                : List.copyOf(openPaths);
    }
}
