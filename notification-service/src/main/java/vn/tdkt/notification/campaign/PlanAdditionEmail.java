package vn.tdkt.notification.campaign;

import static vn.tdkt.notification.campaign.PhaseChangeEmail.DATE;
import static vn.tdkt.notification.campaign.PhaseChangeEmail.orDash;

import java.util.Map;
import vn.tdkt.events.campaign.CampaignMilestoneAdded;
import vn.tdkt.events.campaign.CampaignResponsibilityAdded;
import vn.tdkt.notification.template.MailTemplates;
import vn.tdkt.notification.template.RenderedMail;

/**
 * The emails about what a launched campaign's plan gains (the plans allow milestones and responsibilities to be
 * added after launch): a new milestone to everyone the campaign addresses, a new task to the unit that must carry
 * it out. Templates {@code campaign-milestone-added} and {@code campaign-responsibility-added}.
 */
final class PlanAdditionEmail {

    static final String MILESTONE_KIND = "campaign-milestone-added";
    static final String RESPONSIBILITY_KIND = "campaign-responsibility-added";

    private PlanAdditionEmail() {
    }

    static RenderedMail milestone(MailTemplates templates, CampaignMilestoneAdded event, String organiserName) {
        Map<String, Object> model = PhaseChangeEmail.campaign(event.aggregateId(), event.title(), organiserName,
                event.startDate(), event.endDate());
        model.put("date", DATE.format(event.milestone().date()));
        model.put("milestone", orDash(event.milestone().title()));
        return templates.render(MILESTONE_KIND, model);
    }

    /** A task without a due date is due "as the plan sets out" (the template's wording for a null {@code due}). */
    static RenderedMail responsibility(MailTemplates templates, CampaignResponsibilityAdded event,
                                       String organiserName, String unitName) {
        Map<String, Object> model = PhaseChangeEmail.campaign(event.aggregateId(), event.title(), organiserName,
                null, null);
        model.put("unit", unitName);
        model.put("task", orDash(event.responsibility().task()));
        model.put("due", event.responsibility().dueDate() == null ? null : DATE.format(event.responsibility().dueDate()));
        return templates.render(RESPONSIBILITY_KIND, model);
    }
}
