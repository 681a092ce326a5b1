package vn.tdkt.nomination.decision;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Completes decisions that a crash or a failure (the history, the dossiers) interrupted between their steps
 * (DecisionService#complete). A decision normally completes within its request; one still unfinished a minute
 * later was interrupted. Every step is idempotent, so two instances completing one decision at once cost a
 * version conflict at worst, never a second honour.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DecisionRecovery {

    private static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(1);

    private final DecisionService decisions;

    DecisionRecovery(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT1M")
    void completeInterruptedDecisions() {
        decisions.completeUnfinished(INTERRUPTED_AFTER);
    }
}
