package vn.tdkt.support.inbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param retention how long {@code processed_events} remembers an event (TTL); default 30 days */
@ConfigurationProperties("tdkt.inbox")
record InboxProperties(Duration retention) {

    InboxProperties {
        retention = retention == null ? Duration.ofDays(30) : retention;
    }
}
