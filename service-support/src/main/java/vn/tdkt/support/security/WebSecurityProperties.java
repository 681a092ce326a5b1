package vn.tdkt.support.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param corsAllowedOrigins browser origins allowed to call the API (e.g. the officers' console); none by
 *                           default, so a page from elsewhere cannot use a signed-in officer's token
 * @param openPaths          paths answered without a token: health probes and the Prometheus scrape
 */
@ConfigurationProperties("tdkt.security")
public record WebSecurityProperties(List<String> corsAllowedOrigins, List<String> openPaths) {

    public WebSecurityProperties {
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : List.copyOf(corsAllowedOrigins);
        openPaths = openPaths == null || openPaths.isEmpty()
                ? List.of("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                : List.copyOf(openPaths);
    }
}
