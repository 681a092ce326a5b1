package vn.tdkt.notification.campaign;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param milestoneLead    how long before a milestone its reminder goes out (whole days; default 7 days)
 * @param registrationLead how long before the registration deadline the units yet to register are reminded
 *                         (whole days; default 3 days)
 * @param interval         how often the reminder job looks for due reminders (default hourly); a reminder goes
 *                         out in the first round on or after its day
 */
@ConfigurationProperties("tdkt.notification.reminders")
record ReminderProperties(Duration milestoneLead, Duration registrationLead, Duration interval) {

    ReminderProperties {
        milestoneLead = milestoneLead == null ? Duration.ofDays(7) : milestoneLead;
        registrationLead = registrationLead == null ? Duration.ofDays(3) : registrationLead;
        interval = interval == null ? Duration.ofHours(1) : interval;
        if (milestoneLead.isNegative() || registrationLead.isNegative()) {
            throw new IllegalArgumentException("tdkt.notification.reminders: a lead time cannot be negative");
        }
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("tdkt.notification.reminders.interval must be positive: " + interval);
        }
    }

    int milestoneLeadDays() {
        return Math.toIntExact(milestoneLead.toDays());
    }

    int registrationLeadDays() {
        return Math.toIntExact(registrationLead.toDays());
    }
}
