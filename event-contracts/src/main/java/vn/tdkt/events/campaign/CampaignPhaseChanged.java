package vn.tdkt.events.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tdkt.events.ValuesOf;

/**
 * {@code tdkt.campaign.phase-changed.v1}: a campaign moved from one phase to another (launch,
 * mid-term review, final review, close, cancel). Carries who organises it and who must be told,
 * so that notification needs no campaign projection to send its emails, and (since issue 11) the
 * rest of the campaign's state and the review's {@code summary}, if one was given with the move.
 */
public record CampaignPhaseChanged(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                                   String title, String theme, String organiserUnitCode,
                                   List<String> recipientUnitCodes, @ValuesOf(CampaignPhase.class) String from,
                                   @ValuesOf(CampaignPhase.class) String to,
                                   LocalDate startDate, LocalDate endDate, String summary,
                                   @ValuesOf(CampaignKind.class) String kind, String parentCampaignId,
                                   List<LegalBasis> legalBasis, Participants participants, List<String> movements,
                                   List<String> goals, List<String> criteria, List<AwardForm> awardForms,
                                   List<Milestone> milestones, List<Responsibility> responsibilities,
                                   LocalDate registrationDeadline) implements CampaignEvent {

    public CampaignPhaseChanged {
        recipientUnitCodes = CampaignEvent.listOf(recipientUnitCodes);
        legalBasis = CampaignEvent.listOf(legalBasis);
        movements = CampaignEvent.listOf(movements);
        goals = CampaignEvent.listOf(goals);
        criteria = CampaignEvent.listOf(criteria);
        awardForms = CampaignEvent.listOf(awardForms);
        milestones = CampaignEvent.listOf(milestones);
        responsibilities = CampaignEvent.listOf(responsibilities);
    }

    /** The event as it was before issue 11: the move and what notification needs, nothing else. */
    public CampaignPhaseChanged(UUID eventId, Instant occurredAt, String aggregateId, long aggregateVersion,
                                String title, String theme, String organiserUnitCode,
                                List<String> recipientUnitCodes, String from, String to, LocalDate startDate,
                                LocalDate endDate) {
        this(eventId, occurredAt, aggregateId, aggregateVersion, title, theme, organiserUnitCode,
                recipientUnitCodes, from, to, startDate, endDate, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    @Override
    public String currentPhase() {
        return to;
    }
}
