package vn.tdkt.notification.campaign;

import static vn.tdkt.notification.campaign.PhaseChangeEmail.DATE;
import static vn.tdkt.notification.campaign.PhaseChangeEmail.orDash;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import vn.tdkt.notification.template.MailTemplates;
import vn.tdkt.notification.template.RenderedMail;

/**
 * The reminders: a milestone coming up (template {@code milestone-reminder}), and the registration deadline for
 * units yet to register ({@code registration-reminder}). {@code days} is how far off the date is (0: today).
 */
final class ReminderEmail {

    static final String MILESTONE_KIND = "milestone-reminder";
    static final String REGISTRATION_KIND = "registration-reminder";
    static final String ESCALATION_KIND = "deadline-escalation";

    private ReminderEmail() {
    }

    static RenderedMail milestone(MailTemplates templates, CampaignPlan plan, ReminderSchedule.Reminder reminder,
                                  String organiserName, LocalDate today) {
        Map<String, Object> model = PhaseChangeEmail.campaign(plan.campaignId(), plan.title(), organiserName, null,
                null);
        model.put("date", DATE.format(reminder.date()));
        model.put("milestone", orDash(reminder.title()));
        model.put("days", daysUntil(today, reminder.date()));
        return templates.render(MILESTONE_KIND, model);
    }

    static RenderedMail registrationDeadline(MailTemplates templates, CampaignPlan plan,
                                             ReminderSchedule.Reminder reminder, String organiserName,
                                             String unitName, LocalDate today) {
        Map<String, Object> model = PhaseChangeEmail.campaign(plan.campaignId(), plan.title(), organiserName, null,
                null);
        model.put("unit", unitName);
        model.put("date", DATE.format(reminder.date()));
        model.put("days", daysUntil(today, reminder.date()));
        return templates.render(REGISTRATION_KIND, model);
    }

    /** Template {@code deadline-escalation}: the unit's leader (or its parent unit) learns the deadline was missed. */
    static RenderedMail registrationEscalation(MailTemplates templates, CampaignPlan plan,
                                               ReminderSchedule.Reminder reminder, String organiserName,
                                               String unitName) {
        Map<String, Object> model = PhaseChangeEmail.campaign(plan.campaignId(), plan.title(), organiserName, null,
                null);
        model.put("unit", unitName);
        model.put("date", DATE.format(reminder.date()));
        return templates.render(ESCALATION_KIND, model);
    }

    /** Whole days until the date, never negative (reminders stop on the date itself). */
    static long daysUntil(LocalDate today, LocalDate date) {
        return Math.max(0, ChronoUnit.DAYS.between(today, date));
    }
}
