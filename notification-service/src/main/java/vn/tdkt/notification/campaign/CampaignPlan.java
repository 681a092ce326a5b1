package vn.tdkt.notification.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.tdkt.events.campaign.Milestone;

/**
 * What the reminders need of a campaign, from its newest full-state event: who organises it and whom it
 * addresses, its phase, its dated milestones and registration deadline; and {@code reminded}, the keys of
 * the reminders already queued (see {@link ReminderSchedule.Reminder#key()}).
 */
record CampaignPlan(String campaignId, long version, String title, String organiserUnitCode,
                    List<String> recipientUnitCodes, String phase, List<Milestone> milestones,
                    LocalDate registrationDeadline, Set<String> reminded) {

    CampaignPlan {
        recipientUnitCodes = List.copyOf(recipientUnitCodes);
        milestones = List.copyOf(milestones);
        reminded = Set.copyOf(reminded);
    }
}
