package vn.tdkt.notification.delivery;

import java.time.Duration;
import java.time.Instant;

/** What a failed send leads to: try again later (exponential backoff) or give up. Pure, so it is tested alone. */
record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    static RetryPolicy of(NotificationProperties properties) {
        return new RetryPolicy(properties.maxAttempts(), properties.initialBackoff(), properties.maxBackoff());
    }

    /** @param attempts sends started so far, including the one that just failed */
    Outcome afterFailure(int attempts, Instant now) {
        if (attempts >= maxAttempts) {
            return new Outcome(DeliveryStatus.DEAD, null);
        }
        return new Outcome(DeliveryStatus.FAILED, now.plus(backoff(attempts)));
    }

    /** initialBackoff × 2^(attempts−1), capped; computed without overflow for any attempt count. */
    Duration backoff(int attempts) {
        Duration wait = initialBackoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    record Outcome(DeliveryStatus status, Instant nextAttemptAt) {
    }
}
