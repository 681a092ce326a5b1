package vn.tdkt.notification.campaign;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which reminders of a campaign are due on a given day (in Vietnam's calendar), as a plain calculation.
 * A milestone is brought up {@code milestoneLeadDays} before its date, a registration deadline
 * {@code registrationLeadDays} before it: due from that day up to the date itself (a reminder that comes
 * late, say because the campaign was launched inside the window, is still worth sending; one for a date
 * gone by is not). Milestones only while the campaign runs (launched, mid-term or final review), the
 * deadline only while it takes registrations (launched). Reminders already queued are not due again.
 */
final class ReminderSchedule {

    /** While these phases last, a campaign's milestones are ahead of its participants. */
    static final List<String> RUNNING = List.of("LAUNCHED", "MIDTERM_REVIEW", "FINAL_REVIEW");
    /** Units register only while the campaign is launched (campaign-service's registration rules). */
    static final String REGISTERING = "LAUNCHED";

    private ReminderSchedule() {
    }

    enum Kind { MILESTONE, REGISTRATION_DEADLINE }

    /**
     * One reminder: a milestone (with its title) or the registration deadline.
     *
     * @param key names the reminder within its campaign, stable across instances and restarts
     */
    record Reminder(Kind kind, LocalDate date, String title, String key) {

        static Reminder milestone(LocalDate date, String title) {
            return new Reminder(Kind.MILESTONE, date, title, "milestone:" + date + ":" + title);
        }

        static Reminder registrationDeadline(LocalDate date) {
            return new Reminder(Kind.REGISTRATION_DEADLINE, date, null, "registration-deadline:" + date);
        }

        /**
         * The deliveries' eventId: a name-based UUID of the campaign and the key, the same on every instance
         * and after every restart, so the unique (eventId, recipient) index lets each recipient be reminded once.
         */
        UUID eventId(String campaignId) {
            return UUID.nameUUIDFromBytes((campaignId + "|" + key).getBytes(StandardCharsets.UTF_8));
        }
    }

    static List<Reminder> due(CampaignPlan plan, LocalDate today, int milestoneLeadDays, int registrationLeadDays) {
        List<Reminder> due = new ArrayList<>();
        if (RUNNING.contains(plan.phase())) {
            plan.milestones().stream()
                    .filter(m -> inWindow(m.date(), today, milestoneLeadDays))
                    .map(m -> Reminder.milestone(m.date(), m.title()))
                    .forEach(due::add);
        }
        if (REGISTERING.equals(plan.phase()) && plan.registrationDeadline() != null
                && inWindow(plan.registrationDeadline(), today, registrationLeadDays)) {
            due.add(Reminder.registrationDeadline(plan.registrationDeadline()));
        }
        Set<String> done = plan.reminded();
        return due.stream().filter(r -> !done.contains(r.key())).distinct().toList();
    }

    /** From {@code leadDays} before {@code date} up to {@code date}, both included. */
    static boolean inWindow(LocalDate date, LocalDate today, int leadDays) {
        return date != null && !today.isBefore(date.minusDays(leadDays)) && !today.isAfter(date);
    }
}
