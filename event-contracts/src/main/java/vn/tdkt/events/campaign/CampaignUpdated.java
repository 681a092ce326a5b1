package vn.tdkt.events.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tdkt.events.ValuesOf;

/**
 * {@code tdkt.campaign.updated.v1}: the plan of a campaign still in draft was changed; carries its
 * whole new state.
 */
public record CampaignUpdated(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                              String title, String theme, @ValuesOf(CampaignKind.class) String kind,
                              String organiserUnitCode, String parentCampaignId, List<LegalBasis> legalBasis,
                              LocalDate startDate, LocalDate endDate, List<String> recipientUnitCodes,
                              @ValuesOf(CampaignPhase.class) String phase, Participants participants,
                              List<String> movements, List<String> goals, List<String> criteria,
                              List<AwardForm> awardForms, List<Milestone> milestones,
                              List<Responsibility> responsibilities, LocalDate registrationDeadline)
        implements CampaignEvent {

    public CampaignUpdated {
        legalBasis = CampaignEvent.listOf(legalBasis);
        recipientUnitCodes = CampaignEvent.listOf(recipientUnitCodes);
        movements = CampaignEvent.listOf(movements);
        goals = CampaignEvent.listOf(goals);
        criteria = CampaignEvent.listOf(criteria);
        awardForms = CampaignEvent.listOf(awardForms);
        milestones = CampaignEvent.listOf(milestones);
        responsibilities = CampaignEvent.listOf(responsibilities);
    }

    @Override
    public String currentPhase() {
        return phase;
    }
}
