package vn.tdkt.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * {@code tdkt.notification.deliveries{status}} counts state changes; {@code tdkt.notification.send{outcome}} times
 * SMTP; {@code tdkt.notification.emails{kind, outcome}} counts sent, retried and dead per email kind; and
 * {@code tdkt.notification.latency{kind}} is the histogram from the causing event's time to SMTP acceptance.
 * {@code kind} is a template kind (a dozen or so, fixed by the code) or {@code plain}: bounded cardinality, no
 * recipient, unit or event id ever becomes a tag.
 */
@Component
class DeliveryMetrics {

    /** Fixed buckets from a tenth of a second (the dispatcher's poll) to a day (retries run for hours). */
    private static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6), Duration.ofDays(1)};

    private final MeterRegistry registry;

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void created() {
        count(DeliveryStatus.PENDING);
    }

    void count(DeliveryStatus status) {
        registry.counter("tdkt.notification.deliveries", "status", status.name().toLowerCase(Locale.ROOT)).increment();
    }

    enum Outcome { SENT, RETRIED, DEAD }

    /** One outcome of one delivery of this kind. */
    void outcome(String kind, Outcome outcome) {
        registry.counter("tdkt.notification.emails", "kind", kind(kind), "outcome",
                outcome.name().toLowerCase(Locale.ROOT)).increment();
    }

    /** The server accepted it: from the event's time (or the delivery's creation) to now. */
    void accepted(String kind, Instant occurredAt, Instant acceptedAt) {
        if (occurredAt == null) {
            return;
        }
        Timer.builder("tdkt.notification.latency")
                .description("From the causing event's time to SMTP acceptance")
                .tag("kind", kind(kind))
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry)
                .record(Duration.between(occurredAt, acceptedAt).isNegative() ? Duration.ZERO
                        : Duration.between(occurredAt, acceptedAt));
    }

    Timer.Sample startSend() {
        return Timer.start(registry);
    }

    void stopSend(Timer.Sample sample, boolean success) {
        sample.stop(Timer.builder("tdkt.notification.send")
                .description("Time to hand one email to the SMTP server")
                .tag("outcome", success ? "success" : "failure")
                .register(registry));
    }

    private static String kind(String kind) {
        return kind == null || kind.isBlank() ? "plain" : kind;
    }
}
