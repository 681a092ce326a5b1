package vn.tdkt.console.support;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the four services answer ({@code tdkt.console.services.*}; TDKT_CAMPAIGN_URL and the like in
 * application.yml) and how long the console waits for one before telling the user it is unreachable.
 */
@ConfigurationProperties("tdkt.console.services")
public record ServicesProperties(
        @DefaultValue("http://127.0.0.1:8081") URI campaign,
        @DefaultValue("http://127.0.0.1:8082") URI nomination,
        @DefaultValue("http://127.0.0.1:8083") URI delegate,
        @DefaultValue("http://127.0.0.1:8084") URI notification,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("60s") Duration readTimeout) {
}
