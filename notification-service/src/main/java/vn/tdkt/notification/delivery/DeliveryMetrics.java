package vn.tdkt.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** {@code tdkt.notification.deliveries{status}} counts outcomes; {@code tdkt.notification.send{outcome}} times SMTP. */
@Component
class DeliveryMetrics {

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

    Timer.Sample startSend() {
        return Timer.start(registry);
    }

    void stopSend(Timer.Sample sample, boolean success) {
        sample.stop(Timer.builder("tdkt.notification.send")
                .description("Time to hand one email to the SMTP server")
                .tag("outcome", success ? "success" : "failure")
                .register(registry));
    }
}
