package vn.tdkt.nomination.exemplar;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The register's settings, and the pass that publishes reminders ({@code tdkt.exemplars.reminder-interval}).
 * A pass publishes each reminder once whichever instance runs it (ExemplarService#remind).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExemplarProperties.class)
@EnableScheduling
class ExemplarConfiguration {

    private final ExemplarService exemplars;

    ExemplarConfiguration(ExemplarService exemplars) {
        this.exemplars = exemplars;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${tdkt.exemplars.reminder-interval:PT1H}")
    void remindOfficesThatHaveNotRegistered() {
        exemplars.remind();
    }
}
