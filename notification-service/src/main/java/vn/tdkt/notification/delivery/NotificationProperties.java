package vn.tdkt.notification.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from           sender address of every email
 * @param maxAttempts    sends tried before a delivery is DEAD
 * @param initialBackoff wait after the first failure; doubles with each further failure
 * @param maxBackoff     ceiling of that wait
 * @param pollInterval   how often the dispatcher looks for due deliveries (besides being nudged)
 * @param claimTimeout   how long one instance holds a claimed delivery before another may take it;
 *                       longer than an SMTP send can take (see the mail timeouts)
 * @param batchSize      deliveries one dispatch round sends at most
 * @param sentRetention  how long a SENT delivery is kept (a TTL index removes it then); FAILED and DEAD stay
 */
@ConfigurationProperties("tdkt.notification")
record NotificationProperties(String from, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
                              Duration pollInterval, Duration claimTimeout, int batchSize,
                              Duration sentRetention) {

    NotificationProperties {
        from = from == null || from.isBlank() ? "thidua-khenthuong@tdkt.local" : from;
        maxAttempts = maxAttempts <= 0 ? 5 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofSeconds(2) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofMinutes(10) : maxBackoff;
        pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
        claimTimeout = claimTimeout == null ? Duration.ofMinutes(2) : claimTimeout;
        batchSize = batchSize <= 0 ? 50 : batchSize;
        sentRetention = sentRetention == null ? Duration.ofDays(90) : sentRetention;
    }
}
