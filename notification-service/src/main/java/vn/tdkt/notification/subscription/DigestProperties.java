package vn.tdkt.notification.subscription;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param interval how often each instance looks for finished days whose digests are still to send
 * @param lease    how long the instance that won a (unit, day) may take to queue it before another may retry
 */
@ConfigurationProperties("tdkt.notification.digest")
record DigestProperties(Duration interval, Duration lease) {

    DigestProperties {
        interval = interval == null ? Duration.ofMinutes(15) : interval;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
    }
}
