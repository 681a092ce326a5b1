package vn.tdkt.campaign.unit;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Completes mergers that a crash interrupted between their unit writes (UnitService#merge). A merger
 * normally completes within its request; one still pending a minute later was interrupted. Completing is
 * idempotent, so two instances doing it at once cost a conflict at worst, never a second merger.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class UnitMergerRecovery {

    private static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(1);

    private final UnitService units;

    UnitMergerRecovery(UnitService units) {
        this.units = units;
    }

    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT1M")
    void completeInterruptedMergers() {
        units.completePending(INTERRUPTED_AFTER);
    }
}
