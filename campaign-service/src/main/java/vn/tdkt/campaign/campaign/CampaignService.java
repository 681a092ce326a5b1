package vn.tdkt.campaign.campaign;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.campaign.unit.UnitLookup;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.problem.RuleViolationException;

/** Campaign use cases: each loads, runs one command, stores state and events in one write. */
@Service
class CampaignService {

    private final CampaignRepository campaigns;
    private final UnitLookup units;
    private final OutboxRelay relay;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, UnitLookup units, OutboxRelay relay, Clock clock) {
        this.campaigns = campaigns;
        this.units = units;
        this.relay = relay;
        this.clock = clock;
    }

    Campaign create(Campaign.Plan plan) {
        Campaign.Draft draft = Campaign.draft(CampaignId.newId(), plan, clock);
        checkReferences(draft.campaign().plan());
        campaigns.insert(draft.campaign(), draft.events());
        relay.nudge();
        return draft.campaign();
    }

    Campaign transition(CampaignId id, Phase to) {
        Campaign campaign = get(id);
        List<CampaignEvent> events = campaign.transitionTo(to, clock);
        campaigns.update(campaign, events);
        relay.nudge();
        return campaign;
    }

    Campaign get(CampaignId id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("No campaign " + id));
    }

    PageResponse<Campaign> list(UnitCode organiserUnitCode, Phase phase, PageQuery page) {
        return campaigns.findAll(organiserUnitCode, phase, page);
    }

    /** Everything a (valid) plan names must exist; all that do not are reported at once. */
    private void checkReferences(Campaign.Plan plan) {
        List<FieldError> errors = new ArrayList<>();
        if (!units.unknown(List.of(plan.organiserUnitCode())).isEmpty()) {
            errors.add(new FieldError("organiserUnitCode", "no unit " + plan.organiserUnitCode() + " is registered"));
        }
        if (plan.parentCampaignId() != null && !campaigns.exists(plan.parentCampaignId())) {
            errors.add(new FieldError("parentCampaignId", "no campaign " + plan.parentCampaignId()));
        }
        Set<UnitCode> unknownRecipients = units.unknown(plan.recipientUnitCodes());
        if (!unknownRecipients.isEmpty()) {
            errors.add(new FieldError("recipientUnitCodes", "no units registered with the codes "
                    + unknownRecipients.stream().map(UnitCode::value).collect(Collectors.joining(", "))));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("The campaign refers to units or campaigns that do not exist", errors);
        }
    }
}
