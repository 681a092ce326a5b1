package vn.tdkt.events.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tdkt.events.ValuesOf;

/**
 * {@code tdkt.campaign.created.v1}: a campaign was drafted; carries its whole state. The fields after
 * {@code phase} came with issue 11 (optional: older payloads read as empty lists and nulls).
 */
public record CampaignCreated(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                              String title, String theme, @ValuesOf(CampaignKind.class) String kind,
                              String organiserUnitCode, String parentCampaignId, List<LegalBasis> legalBasis,
                              LocalDate startDate, LocalDate endDate, List<String> recipientUnitCodes,
                              @ValuesOf(CampaignPhase.class) String phase, Participants participants,
                              List<String> movements, List<String> goals, List<String> criteria,
                              List<AwardForm> awardForms, List<Milestone> milestones,
                              List<Responsibility> responsibilities, LocalDate registrationDeadline)
        implements CampaignEvent {

    public CampaignCreated {
        legalBasis = CampaignEvent.listOf(legalBasis);
        recipientUnitCodes = CampaignEvent.listOf(recipientUnitCodes);
        movements = CampaignEvent.listOf(movements);
        goals = CampaignEvent.listOf(goals);
        criteria = CampaignEvent.listOf(criteria);
        awardForms = CampaignEvent.listOf(awardForms);
        milestones = CampaignEvent.listOf(milestones);
        responsibilities = CampaignEvent.listOf(responsibilities);
    }

    /** The state as it was before issue 11: no participants, movements, milestones and the rest. */
    public CampaignCreated(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                           String title, String theme, String kind, String organiserUnitCode,
                           String parentCampaignId, List<LegalBasis> legalBasis, LocalDate startDate,
                           LocalDate endDate, List<String> recipientUnitCodes, String phase) {
        this(eventId, occurredAt, aggregateId, aggregateVersion, title, theme, kind, organiserUnitCode,
                parentCampaignId, legalBasis, startDate, endDate, recipientUnitCodes, phase, null, null, null, null,
                null, null, null, null);
    }

    @Override
    public String currentPhase() {
        return phase;
    }
}
