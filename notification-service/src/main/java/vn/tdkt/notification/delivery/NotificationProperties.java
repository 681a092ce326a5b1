package vn.tdkt.notification.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from           sender address of every email
 * @param maxAttempts    sends tried before a delivery is DEAD (sends that could not reach the server do not count)
 * @param initialBackoff wait after the first failure; doubles with each further failure
 * @param maxBackoff     ceiling of that wait
 * @param backoffJitter  each wait is shortened by a random fraction of it up to this (0 ≤ jitter < 1), so that
 *                       deliveries that failed together do not all come back together
 * @param pollInterval   how often the dispatcher looks for due deliveries (besides being nudged)
 * @param claimTimeout   how long one instance holds a claimed delivery before another may take it;
 *                       longer than an SMTP send can take (see the mail timeouts)
 * @param batchSize      deliveries one dispatch round sends at most
 * @param sentRetention  how long a SENT delivery is kept (a TTL index removes it then); FAILED and DEAD stay
 * @param circuit        when to stop sending because the SMTP server is unreachable
 * @param rateLimit      how fast one instance may hand emails to the SMTP server
 * @param senders        how many threads of one instance claim and send at once after new deliveries (SMTP
 *                       sessions are mostly waiting on the network; claims are atomic, so they never collide)
 */
@ConfigurationProperties("tdkt.notification")
record NotificationProperties(String from, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
                              Double backoffJitter, Duration pollInterval, Duration claimTimeout, int batchSize,
                              Duration sentRetention, Circuit circuit, RateLimit rateLimit,
                              int senders) {

    NotificationProperties {
        from = from == null || from.isBlank() ? "thidua-khenthuong@tdkt.local" : from;
        // 1, 2, 4 … 32 min, then hourly: the 12th attempt comes about 6 h after the first.
        maxAttempts = maxAttempts <= 0 ? 12 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofMinutes(1) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofHours(1) : maxBackoff;
        backoffJitter = backoffJitter == null ? 0.2 : backoffJitter;
        if (backoffJitter < 0 || backoffJitter >= 1) {
            throw new IllegalArgumentException("tdkt.notification.backoff-jitter must be in [0, 1): " + backoffJitter);
        }
        pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
        claimTimeout = claimTimeout == null ? Duration.ofMinutes(2) : claimTimeout;
        batchSize = batchSize <= 0 ? 50 : batchSize;
        sentRetention = sentRetention == null ? Duration.ofDays(90) : sentRetention;
        circuit = circuit == null ? new Circuit(0, null) : circuit;
        rateLimit = rateLimit == null ? new RateLimit(0, 0) : rateLimit;
        senders = senders <= 0 ? 4 : senders;
    }

    /**
     * @param failureThreshold consecutive sends that could not reach the SMTP server before the circuit opens
     * @param openFor          how long an open circuit claims nothing before one delivery probes the server
     */
    record Circuit(int failureThreshold, Duration openFor) {

        Circuit {
            failureThreshold = failureThreshold <= 0 ? 5 : failureThreshold;
            openFor = openFor == null ? Duration.ofSeconds(30) : openFor;
        }
    }

    /**
     * A token bucket per instance: N instances share N × {@code perSecond} (see {@link TokenBucket}).
     *
     * @param perSecond emails per second one instance hands to the SMTP server at most
     * @param burst     how many may go at once after a quiet spell
     */
    record RateLimit(double perSecond, int burst) {

        RateLimit {
            // 100/s: well above one dispatcher thread's pace against a local relay, so the limit bites only when set
            // for a server that asks for less (a provider's quota, a small relay).
            perSecond = perSecond <= 0 ? 100 : perSecond;
            burst = burst <= 0 ? (int) Math.max(1, Math.ceil(perSecond)) : burst;
        }
    }
}
