package vn.tdkt.notification.campaign;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * @param milestoneLead     how long before a milestone its first reminder goes out (whole days; default 7 days)
 * @param registrationLead  how long before the registration deadline the units yet to register are first reminded
 *                          (whole days; default 3 days)
 * @param interval          how often the reminder job looks for due reminders (default hourly); a reminder goes
 *                          out in the first round on or after its day
 * @param milestoneLeads    the reminder steps before a milestone (default: {@code milestoneLead} alone), e.g.
 *                          [7d, 1d]: one reminder a week before and another the day before
 * @param registrationLeads the steps before the registration deadline (default: {@code registrationLead} alone)
 * @param escalateAfter     how long after the registration deadline a unit still not registered is escalated to its
 *                          leader (or its parent unit); default 1 day, 0 turns escalation off
 */
@ConfigurationProperties("tdkt.notification.reminders")
record ReminderProperties(Duration milestoneLead, Duration registrationLead, Duration interval,
                          List<Duration> milestoneLeads, List<Duration> registrationLeads, Duration escalateAfter) {

    @ConstructorBinding
    ReminderProperties {
        milestoneLead = milestoneLead == null ? Duration.ofDays(7) : milestoneLead;
        registrationLead = registrationLead == null ? Duration.ofDays(3) : registrationLead;
        interval = interval == null ? Duration.ofHours(1) : interval;
        milestoneLeads = steps(milestoneLeads, milestoneLead);
        registrationLeads = steps(registrationLeads, registrationLead);
        escalateAfter = escalateAfter == null ? Duration.ofDays(1) : escalateAfter;
        if (milestoneLeads.stream().anyMatch(Duration::isNegative) || registrationLeads.stream()
                .anyMatch(Duration::isNegative) || escalateAfter.isNegative()) {
            throw new IllegalArgumentException("tdkt.notification.reminders: a lead time cannot be negative");
        }
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("tdkt.notification.reminders.interval must be positive: " + interval);
        }
    }

    /** One step per lead, as before the steps existed. */
    ReminderProperties(Duration milestoneLead, Duration registrationLead, Duration interval) {
        this(milestoneLead, registrationLead, interval, null, null, null);
    }

    private static List<Duration> steps(List<Duration> leads, Duration single) {
        List<Duration> steps = leads == null || leads.isEmpty() ? List.of(single) : leads;
        return steps.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    List<Integer> milestoneLeadDays() {
        return days(milestoneLeads);
    }

    List<Integer> registrationLeadDays() {
        return days(registrationLeads);
    }

    int escalateAfterDays() {
        return Math.toIntExact(escalateAfter.toDays());
    }

    private static List<Integer> days(List<Duration> leads) {
        return leads.stream().map(lead -> Math.toIntExact(lead.toDays())).distinct().toList();
    }
}
