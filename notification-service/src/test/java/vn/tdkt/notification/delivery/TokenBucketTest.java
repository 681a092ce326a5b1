package vn.tdkt.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The per-instance SMTP rate limit. */
class TokenBucketTest {

    private static final Instant T0 = Instant.parse("2026-11-24T05:00:00Z");

    @Test
    void aFullBucketAllowsTheBurstThenOneTokenPerTick() {
        TokenBucket bucket = new TokenBucket(10, 3, T0);

        assertThat(IntStream.range(0, 5).filter(i -> bucket.tryTake(T0)).count()).isEqualTo(3);
        assertThat(bucket.tryTake(T0.plusMillis(50))).as("half a token").isFalse();
        assertThat(bucket.tryTake(T0.plusMillis(100))).isTrue();
        assertThat(bucket.tryTake(T0.plusMillis(100))).isFalse();
    }

    @Test
    void aTokenGivenBackIsThereAgainAndQuietTimeSavesNoMoreThanTheBurst() {
        TokenBucket bucket = new TokenBucket(1, 2, T0);
        bucket.tryTake(T0);
        bucket.tryTake(T0);
        bucket.giveBack();

        assertThat(bucket.tryTake(T0)).isTrue();
        assertThat(IntStream.range(0, 5).filter(i -> bucket.tryTake(T0.plusSeconds(3600))).count()).isEqualTo(2);
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new TokenBucket(0, 1, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(1, 0, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Over any span, no more than burst + rate × seconds sends, however often the dispatcher asks. */
    @Property(tries = 200)
    void neverMoreThanBurstPlusRateTimesTime(@ForAll @IntRange(min = 1, max = 50) int perSecond,
                                             @ForAll @IntRange(min = 1, max = 20) int burst,
                                             @ForAll @IntRange(min = 1, max = 40) int stepMillis,
                                             @ForAll @IntRange(min = 1, max = 400) int steps) {
        TokenBucket bucket = new TokenBucket(perSecond, burst, T0);
        long taken = 0;
        for (int i = 0; i <= steps; i++) {
            while (bucket.tryTake(T0.plusMillis((long) i * stepMillis))) {
                taken++;
            }
        }
        double seconds = steps * stepMillis / 1000.0;
        assertThat(taken).isLessThanOrEqualTo((long) Math.floor(burst + perSecond * seconds + 1e-9));
    }
}
