package vn.tdkt.support.inbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param retention how long {@code processed_events} remembers an event (TTL); default 30 days
 * @param deadLetterTimeout how long a dead-letter write may take before it counts as failed and the
 *        record comes back instead of being committed; default 30 s (keep retries plus this well under
 *        {@code max.poll.interval.ms})
 */
@ConfigurationProperties("tdkt.inbox")
record InboxProperties(Duration retention, Duration deadLetterTimeout) {

    InboxProperties {
        retention = retention == null ? Duration.ofDays(30) : retention;
        deadLetterTimeout = deadLetterTimeout == null ? Duration.ofSeconds(30) : deadLetterTimeout;
    }
}
