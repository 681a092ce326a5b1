package vn.tdkt.delegate.congress;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The congress settings and the document reminder job. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(CongressProperties.class)
class CongressConfiguration {

    private final DocumentReminders reminders;

    CongressConfiguration(DocumentReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${tdkt.congress.reminder-interval:PT1H}")
    void remind() {
        reminders.run();
    }
}
