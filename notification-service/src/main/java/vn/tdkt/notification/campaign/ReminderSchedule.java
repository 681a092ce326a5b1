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
 * Lead times may be several steps (7 and 1 days before, say): each step is a reminder of its own, sent once.
 * A registration deadline passed with units still not registered is escalated once (their leaders).
 */
final class ReminderSchedule {

    /** While these phases last, a campaign's milestones are ahead of its participants. */
    static final List<String> RUNNING = List.of("LAUNCHED", "MIDTERM_REVIEW", "FINAL_REVIEW");
    /** Units register only while the campaign is launched (campaign-service's registration rules). */
    static final String REGISTERING = "LAUNCHED";
    /**
     * An escalation is due for a week from its day, not for ever: a deadline missed long before (say when
     * escalations were deployed, or a campaign left launched for months) would get a letter too late to help.
     */
    static final int ESCALATION_WINDOW_DAYS = 7;

    private ReminderSchedule() {
    }

    enum Kind { MILESTONE, REGISTRATION_DEADLINE, REGISTRATION_ESCALATION }

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

        /** The deadline passed and a unit listed has still not registered: told to its leader (or parent unit). */
        static Reminder registrationEscalation(LocalDate date) {
            return new Reminder(Kind.REGISTRATION_ESCALATION, date, null, "registration-escalation:" + date);
        }

        /**
         * This reminder at one step: the first (largest) lead keeps the key reminders had before steps existed, so
         * that an upgrade re-sends nothing; a later step adds its lead ({@code …:1d}). A moved date is a new key.
         */
        Reminder atStep(int lead, List<Integer> leads) {
            return lead == leads.stream().max(Integer::compare).orElse(lead) ? this
                    : new Reminder(kind, date, title, key + ":" + lead + "d");
        }

        /**
         * The deliveries' eventId: a name-based UUID of the campaign and the key, the same on every instance
         * and after every restart, so the unique (eventId, recipient) index lets each recipient be reminded once.
         */
        UUID eventId(String campaignId) {
            return UUID.nameUUIDFromBytes((campaignId + "|" + key).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** One step each, no escalation: the schedule before steps existed. */
    static List<Reminder> due(CampaignPlan plan, LocalDate today, int milestoneLeadDays, int registrationLeadDays) {
        return due(plan, today, List.of(milestoneLeadDays), List.of(registrationLeadDays), 0);
    }

    /**
     * @param milestoneLeads    the steps before a milestone, in days, largest first (e.g. 7, 1)
     * @param registrationLeads the steps before the registration deadline, largest first
     * @param escalateAfterDays days after the registration deadline when units still not registered are escalated;
     *                          0: never
     */
    static List<Reminder> due(CampaignPlan plan, LocalDate today, List<Integer> milestoneLeads,
                              List<Integer> registrationLeads, int escalateAfterDays) {
        List<Reminder> due = new ArrayList<>();
        if (RUNNING.contains(plan.phase())) {
            plan.milestones().forEach(m -> currentStep(m.date(), today, milestoneLeads)
                    .map(step -> Reminder.milestone(m.date(), m.title()).atStep(step, milestoneLeads))
                    .ifPresent(due::add));
        }
        LocalDate deadline = plan.registrationDeadline();
        if (REGISTERING.equals(plan.phase()) && deadline != null) {
            currentStep(deadline, today, registrationLeads)
                    .map(step -> Reminder.registrationDeadline(deadline).atStep(step, registrationLeads))
                    .ifPresent(due::add);
            LocalDate escalateFrom = deadline.plusDays(escalateAfterDays);
            if (escalateAfterDays > 0 && !today.isBefore(escalateFrom)
                    && !today.isAfter(escalateFrom.plusDays(ESCALATION_WINDOW_DAYS))) {
                due.add(Reminder.registrationEscalation(deadline));
            }
        }
        Set<String> done = plan.reminded();
        return due.stream().filter(r -> !done.contains(r.key())).distinct().toList();
    }

    /**
     * The step a date is at today: the smallest lead that has been reached (its window opened), none before the
     * first lead or after the date. Steps passed while nothing ran are not sent late: only the current one is.
     */
    static java.util.Optional<Integer> currentStep(LocalDate date, LocalDate today, List<Integer> leads) {
        if (date == null || today.isAfter(date)) {
            return java.util.Optional.empty();
        }
        return leads.stream().filter(lead -> inWindow(date, today, lead)).min(Integer::compare);
    }

    /** From {@code leadDays} before {@code date} up to {@code date}, both included. */
    static boolean inWindow(LocalDate date, LocalDate today, int leadDays) {
        return date != null && !today.isBefore(date.minusDays(leadDays)) && !today.isAfter(date);
    }
}
