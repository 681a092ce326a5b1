package vn.tdkt.delegate.congress;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param reminderInterval how often the reminder job looks for documents due soon or late (default 1 hour)
 * @param reminderLeadDays how many days before a document's due date the organiser is reminded (default 5)
 */
@ConfigurationProperties("tdkt.congress")
record CongressProperties(Duration reminderInterval, Integer reminderLeadDays) {

    CongressProperties {
        reminderInterval = reminderInterval == null ? Duration.ofHours(1) : reminderInterval;
        reminderLeadDays = reminderLeadDays == null || reminderLeadDays < 0 ? 5 : reminderLeadDays;
    }
}
