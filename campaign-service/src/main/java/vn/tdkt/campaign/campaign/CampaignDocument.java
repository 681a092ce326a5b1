package vn.tdkt.campaign.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.events.campaign.LegalBasis;
import vn.tdkt.support.outbox.PendingEvent;

/**
 * How a campaign is stored: its state, the optimistic-lock version and its events not yet
 * published. Indexed for the list filters: by organiser (with or without phase) and by phase.
 */
@Document(CampaignDocument.COLLECTION)
@CompoundIndex(name = "organiser_phase", def = "{'organiserUnitCode': 1, 'phase': 1}")
record CampaignDocument(@Id String id, String title, String theme, CampaignKind kind, String organiserUnitCode,
                        String parentCampaignId, List<LegalBasis> legalBasis, LocalDate startDate,
                        LocalDate endDate, List<String> recipientUnitCodes, @Indexed Phase phase,
                        List<PhaseChange> phaseHistory, Instant createdAt, @Version Long version,
                        List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "campaigns";

    static CampaignDocument of(Campaign campaign, List<PendingEvent> newEvents) {
        Campaign.Plan plan = campaign.plan();
        return new CampaignDocument(campaign.id().value(), plan.title(), plan.theme(), plan.kind(),
                plan.organiserUnitCode().value(),
                plan.parentCampaignId() == null ? null : plan.parentCampaignId().value(), plan.legalBasis(),
                plan.startDate(), plan.endDate(), plan.recipientUnitCodes().stream().map(UnitCode::value).toList(),
                campaign.phase(), campaign.phaseHistory(), campaign.createdAt(), campaign.version(), newEvents);
    }

    Campaign toCampaign() {
        Campaign.Plan plan = new Campaign.Plan(title, theme, kind, new UnitCode(organiserUnitCode),
                parentCampaignId == null ? null : new CampaignId(parentCampaignId), orEmpty(legalBasis), startDate,
                endDate, orEmpty(recipientUnitCodes).stream().map(UnitCode::new).toList());
        return Campaign.restore(new CampaignId(id), plan, createdAt, phase, orEmpty(phaseHistory), version);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
