package vn.tdkt.nomination.council;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Applies the results of sessions whose application to the dossiers was interrupted (a crash, or the dossiers
 * refusing for a while) after the session was closed. Closing normally applies them within its request; one still
 * unapplied a minute later was interrupted. Applying is idempotent (VotingAgenda#applyResults), so two instances
 * doing it at once do no harm.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SessionRecovery {

    private static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(1);

    private final CouncilService councils;

    SessionRecovery(CouncilService councils) {
        this.councils = councils;
    }

    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT1M")
    void applyInterruptedResults() {
        councils.applyInterrupted(INTERRUPTED_AFTER);
    }
}
