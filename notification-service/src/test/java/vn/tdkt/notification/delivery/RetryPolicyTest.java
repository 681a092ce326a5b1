package vn.tdkt.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofSeconds(10), 0.2);
    private final Instant now = Instant.parse("2026-11-24T05:00:00Z");

    @Test
    void backoffDoublesUpToTheCeiling() {
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.backoff(4)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.backoff(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void failuresBeforeTheLastAttemptAreRetriedLater() {
        assertThat(policy.afterFailure(1, now, 0))
                .isEqualTo(new RetryPolicy.Outcome(DeliveryStatus.FAILED, now.plusSeconds(2)));
        assertThat(policy.afterFailure(3, now, 0))
                .isEqualTo(new RetryPolicy.Outcome(DeliveryStatus.FAILED, now.plusSeconds(8)));
    }

    @Test
    void theLastAttemptsFailureIsDead() {
        assertThat(policy.afterFailure(4, now, 0)).isEqualTo(new RetryPolicy.Outcome(DeliveryStatus.DEAD, null));
        assertThat(policy.afterFailure(5, now, 0).status()).isEqualTo(DeliveryStatus.DEAD);
    }

    @Test
    void jitterShortensTheWaitByUpToItsFraction() {
        assertThat(policy.afterFailure(3, now, 0.5).nextAttemptAt()).isEqualTo(now.plusMillis(7_200));
        assertThat(policy.afterFailure(3, now, 0.999_999).nextAttemptAt()).isAfter(now.plusMillis(6_399));
    }

    @Test
    void theDefaultScheduleSpreadsTwelveAttemptsOverAboutSixHours() {
        RetryPolicy defaults = RetryPolicy.of(new NotificationProperties(null, 0, null, null, null, null, null, 0,
                null, null, null, 0));
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < defaults.maxAttempts(); attempt++) {
            total = total.plus(defaults.backoff(attempt));
        }
        assertThat(defaults.maxAttempts()).isEqualTo(12);
        assertThat(total).isEqualTo(Duration.ofMinutes(363)); // 1+2+4+…+32 min, then 5 × 1 h; jitter takes ≤ 20 %
        assertThat(defaults.afterFailure(12, now, 0).status()).isEqualTo(DeliveryStatus.DEAD);
    }

    /** For any failure count and draw: FAILED before the last attempt, due within [(1 − jitter) × wait, wait]. */
    @net.jqwik.api.Property(tries = 500)
    void aRetryIsAlwaysWithinTheJitteredBackoffAndTheWaitNeverShrinks(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 11) int attempts,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.DoubleRange(min = 0, max = 1, maxIncluded = false)
            double random) {
        RetryPolicy policy = new RetryPolicy(12, Duration.ofMinutes(1), Duration.ofHours(1), 0.2);
        java.time.Instant now = java.time.Instant.parse("2026-11-24T05:00:00Z");

        RetryPolicy.Outcome outcome = policy.afterFailure(attempts, now, random);

        Duration wait = Duration.between(now, outcome.nextAttemptAt());
        assertThat(outcome.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(wait).isLessThanOrEqualTo(policy.backoff(attempts))
                .isGreaterThanOrEqualTo(Duration.ofMillis((long) Math.ceil(policy.backoff(attempts).toMillis() * 0.8)));
        assertThat(policy.backoff(attempts + 1)).isGreaterThanOrEqualTo(policy.backoff(attempts));
    }
}
