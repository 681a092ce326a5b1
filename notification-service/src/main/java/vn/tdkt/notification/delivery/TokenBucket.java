package vn.tdkt.notification.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * The SMTP rate limit of one instance: {@code perSecond} tokens a second, at most {@code burst} saved up. Each
 * send takes one; a dispatch round that finds none stops and the next poll goes on. Per instance: N instances
 * together send up to N × {@code perSecond} (set it to the server's budget divided by the instance count).
 * Not thread-safe on its own: only the dispatcher uses it, under its lock.
 */
final class TokenBucket {

    private final double perNano;
    private final double burst;
    private double tokens;
    private Instant refilledAt;

    TokenBucket(double perSecond, int burst, Instant now) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate-limit needs per-second > 0 and burst ≥ 1");
        }
        this.perNano = perSecond / Duration.ofSeconds(1).toNanos();
        this.burst = burst;
        this.tokens = burst;
        this.refilledAt = now;
    }

    synchronized boolean tryTake(Instant now) {
        if (now.isAfter(refilledAt)) {
            tokens = Math.min(burst, tokens + Duration.between(refilledAt, now).toNanos() * perNano);
            refilledAt = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Gives back a token taken for a send that did not happen (nothing was due). */
    synchronized void giveBack() {
        tokens = Math.min(burst, tokens + 1);
    }
}
