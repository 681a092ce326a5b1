package vn.tdkt.campaign.campaign;

import vn.tdkt.support.text.SearchTerms;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.events.campaign.AwardForm;
import vn.tdkt.events.campaign.LegalBasis;
import vn.tdkt.events.campaign.Milestone;
import vn.tdkt.events.campaign.Participants;
import vn.tdkt.events.campaign.Responsibility;
import vn.tdkt.support.outbox.PendingEvent;

/**
 * How a campaign is stored: its state, the optimistic-lock version and its events not yet
 * published. Indexed for the list filters (by organiser with or without phase, by phase, by the
 * organiser's ancestors for a subtree, by folded words for text search) and for the cascade (by the
 * campaign implemented).
 *
 * @param organiserPath the organiser and every unit above it, as the registry knew them at the last write
 * @param searchTerms   the folded words of the campaign's texts ({@link SearchTerms})
 */
@Document(CampaignDocument.COLLECTION)
@CompoundIndex(name = "organiser_phase", def = "{'organiserUnitCode': 1, 'phase': 1}")
record CampaignDocument(@Id String id, String title, String theme, CampaignKind kind, String organiserUnitCode,
                        @Indexed String parentCampaignId, List<LegalBasis> legalBasis, LocalDate startDate,
                        LocalDate endDate, List<String> recipientUnitCodes, @Indexed Phase phase,
                        List<PhaseChange> phaseHistory, Instant createdAt, Participants participants,
                        List<String> movements, List<String> goals, List<String> criteria,
                        List<AwardForm> awardForms, List<Milestone> milestones,
                        List<Responsibility> responsibilities, LocalDate registrationDeadline,
                        @Indexed List<String> organiserPath, @Indexed List<String> searchTerms,
                        @Version Long version, List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "campaigns";

    static CampaignDocument of(Campaign campaign, List<String> organiserPath, List<PendingEvent> newEvents) {
        Campaign.Plan plan = campaign.plan();
        Campaign.Details details = campaign.details();
        return new CampaignDocument(campaign.id().value(), plan.title(), plan.theme(), plan.kind(),
                plan.organiserUnitCode().value(),
                plan.parentCampaignId() == null ? null : plan.parentCampaignId().value(), plan.legalBasis(),
                plan.startDate(), plan.endDate(), plan.recipientUnitCodes().stream().map(UnitCode::value).toList(),
                campaign.phase(), campaign.phaseHistory(), campaign.createdAt(), details.participants(),
                details.movements(), details.goals(), details.criteria(), details.awardForms(), details.milestones(),
                details.responsibilities(), details.registrationDeadline(), organiserPath, searchTerms(campaign),
                campaign.version(), newEvents);
    }

    Campaign toCampaign() {
        Campaign.Plan plan = new Campaign.Plan(title, theme, kind, new UnitCode(organiserUnitCode),
                parentCampaignId == null ? null : new CampaignId(parentCampaignId), orEmpty(legalBasis), startDate,
                endDate, orEmpty(recipientUnitCodes).stream().map(UnitCode::new).toList());
        Campaign.Details details = new Campaign.Details(participants, movements, goals, criteria, awardForms,
                milestones, responsibilities, registrationDeadline);
        return Campaign.restore(new CampaignId(id), plan, details, createdAt, phase, orEmpty(phaseHistory), version);
    }

    /** What text search looks in: the title, theme, movements, goals and the documents cited. */
    private static List<String> searchTerms(Campaign campaign) {
        List<String> texts = new ArrayList<>();
        texts.add(campaign.plan().title());
        texts.add(campaign.plan().theme());
        texts.addAll(campaign.details().movements());
        campaign.plan().legalBasis().forEach(basis -> {
            texts.add(basis.number());
            texts.add(basis.issuer());
        });
        texts.addAll(campaign.details().goals());
        return SearchTerms.of(texts);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
