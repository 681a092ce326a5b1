package vn.tdkt.notification.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * What a failed send leads to: try again later (exponential backoff with jitter, capped) or give up.
 * Pure, so it is tested alone: the caller passes the random draw.
 */
record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double jitter) {

    static RetryPolicy of(NotificationProperties properties) {
        return new RetryPolicy(properties.maxAttempts(), properties.initialBackoff(), properties.maxBackoff(),
                properties.backoffJitter());
    }

    /**
     * @param attempts sends started so far, including the one that just failed
     * @param random   uniform in [0, 1): the wait is shortened by {@code jitter × random} of itself
     */
    Outcome afterFailure(int attempts, Instant now, double random) {
        if (attempts >= maxAttempts) {
            return new Outcome(DeliveryStatus.DEAD, null);
        }
        return new Outcome(DeliveryStatus.FAILED, now.plus(jittered(backoff(attempts), random)));
    }

    /** The wait before a retry that does not count as an attempt (the server could not be reached). */
    Instant retryUncounted(Instant now, double random) {
        return now.plus(jittered(initialBackoff, random));
    }

    private Duration jittered(Duration wait, double random) {
        return wait.minusMillis((long) (wait.toMillis() * jitter * random));
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
