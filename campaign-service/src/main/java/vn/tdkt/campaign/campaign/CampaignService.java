package vn.tdkt.campaign.campaign;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.campaign.unit.UnitLookup;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.events.campaign.Milestone;
import vn.tdkt.events.campaign.Responsibility;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.problem.RuleViolationException;
import vn.tdkt.support.security.UnitTree;

/** Campaign use cases: each loads, runs one command, stores state and events in one write. */
@Service
class CampaignService implements CampaignLookup {

    /** A cascade deeper or wider than this is cut (and says so): no real administration comes near. */
    static final int MAX_CASCADE = 2000;

    private final CampaignRepository campaigns;
    private final UnitLookup units;
    private final UnitTree tree;
    private final OutboxRelay relay;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, UnitLookup units, UnitTree tree, OutboxRelay relay, Clock clock) {
        this.campaigns = campaigns;
        this.units = units;
        this.tree = tree;
        this.relay = relay;
        this.clock = clock;
    }

    Campaign create(Campaign.Plan plan) {
        return create(plan, Campaign.Details.NONE);
    }

    Campaign create(Campaign.Plan plan, Campaign.Details details) {
        Campaign.Draft draft = Campaign.draft(CampaignId.newId(), plan, details, clock);
        checkReferences(draft.campaign());
        campaigns.insert(draft.campaign(), draft.events());
        relay.nudge();
        return draft.campaign();
    }

    /**
     * Replaces a draft's plan, if the caller read the version that is stored ({@code expectedVersion},
     * from {@code If-Match}): otherwise someone changed it meanwhile, and writing would lose that change.
     */
    Campaign revise(CampaignId id, long expectedVersion, Campaign.Plan plan, Campaign.Details details) {
        Campaign campaign = get(id);
        requireVersion(campaign, expectedVersion);
        List<CampaignEvent> events = campaign.revise(plan, details, clock);
        if (!events.isEmpty()) {
            checkReferences(campaign);
            store(campaign, events);
        }
        return campaign;
    }

    Campaign addMilestone(CampaignId id, Long expectedVersion, Milestone milestone) {
        Campaign campaign = get(id);
        requireVersion(campaign, expectedVersion);
        store(campaign, campaign.addMilestone(milestone, clock));
        return campaign;
    }

    Campaign addResponsibility(CampaignId id, Long expectedVersion, Responsibility responsibility) {
        Campaign campaign = get(id);
        requireVersion(campaign, expectedVersion);
        if (responsibility != null && responsibility.unitCode() != null) {
            List<FieldError> refused = UnitLookup.refusals(units, "unitCode",
                    List.of(UnitCode.parse("unitCode", responsibility.unitCode())));
            if (!refused.isEmpty()) {
                throw new RuleViolationException("The responsibility names a unit that does not exist or no longer"
                        + " acts", refused);
            }
        }
        store(campaign, campaign.addResponsibility(responsibility, clock));
        return campaign;
    }

    Campaign transition(CampaignId id, Phase to) {
        return transition(id, to, null);
    }

    Campaign transition(CampaignId id, Phase to, String summary) {
        Campaign campaign = get(id);
        store(campaign, campaign.transitionTo(to, summary, clock));
        return campaign;
    }

    Campaign get(CampaignId id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("No campaign " + id));
    }

    PageResponse<Campaign> list(UnitCode organiserUnitCode, Phase phase, PageQuery page) {
        return campaigns.findAll(organiserUnitCode, phase, page);
    }

    PageResponse<Campaign> search(CampaignRepository.CampaignFilter filter, PageQuery page) {
        return campaigns.search(filter, page);
    }

    /** The tree of campaigns implementing {@code id}, level by level, cut at {@link #MAX_CASCADE} campaigns. */
    CascadeView cascade(CampaignId id) {
        Campaign root = get(id);
        List<Cascade.Entry> descendants = new ArrayList<>();
        Set<CampaignId> seen = new HashSet<>(Set.of(id));
        List<CampaignId> level = List.of(id);
        boolean cut = false;
        for (int depth = 0; !level.isEmpty() && depth < UnitTree.MAX_DEPTH; depth++) {
            int room = MAX_CASCADE - descendants.size();
            List<Campaign> found = campaigns.implementing(level, room + 1);
            if (found.size() > room) {
                cut = true;
                found = found.subList(0, room);
            }
            List<CampaignId> next = new ArrayList<>();
            for (Campaign child : found) {
                if (seen.add(child.id())) {
                    descendants.add(Cascade.Entry.of(child));
                    next.add(child.id());
                }
            }
            level = cut ? List.of() : next;
        }
        Set<UnitCode> recipients = new java.util.LinkedHashSet<>(root.plan().recipientUnitCodes());
        descendants.forEach(entry -> entry.recipientUnitCodes().forEach(code -> recipients.add(new UnitCode(code))));
        Map<String, String> successors = new java.util.HashMap<>();
        UnitLookup.successors(units, recipients).forEach((unit, successor) ->
                successors.put(unit.value(), successor.value()));
        return new CascadeView(Cascade.of(Cascade.Entry.of(root), descendants, successors), descendants.size(), cut);
    }

    @Override
    public Optional<CampaignFacts> facts(String campaignId) {
        CampaignId id = CampaignId.orNull(campaignId);
        return id == null ? Optional.empty() : campaigns.find(id).map(campaign -> {
            Campaign.Plan plan = campaign.plan();
            Campaign.Details details = campaign.details();
            return new CampaignFacts(id.value(), plan.title(), plan.organiserUnitCode().value(),
                    campaign.phase().name(), plan.recipientUnitCodes().stream().map(UnitCode::value).toList(),
                    details.participants() == null ? null : details.participants().rootUnitCode(),
                    campaign.phase().acceptsRegistrations(), details.registrationDeadline(),
                    campaign.lastDayToRegister());
        });
    }

    private void store(Campaign campaign, List<CampaignEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        campaigns.update(campaign, events);
        relay.nudge();
    }

    private static void requireVersion(Campaign campaign, Long expected) {
        if (expected != null && expected.longValue() != campaign.version()) {
            throw new StaleVersionException(campaign.id(), campaign.version(), expected);
        }
    }

    /**
     * Everything a (valid) plan names must exist, and a campaign implements a higher one only where that
     * one reaches: its organiser is on the parent's distribution list (the plan was sent to it) or lies
     * within the parent's organiser's subtree (the organiser's own offices and lower units). Not the
     * subtrees of the recipients: a plan is often sent up "for report" (seed 000 sends it to the province),
     * which would let the whole province implement it. All that is wrong is reported at once.
     */
    private void checkReferences(Campaign campaign) {
        Campaign.Plan plan = campaign.plan();
        List<FieldError> errors = new ArrayList<>(UnitLookup.refusals(units, "organiserUnitCode",
                List.of(plan.organiserUnitCode())));
        if (plan.parentCampaignId() != null) {
            checkParent(campaign, errors);
        }
        errors.addAll(UnitLookup.refusals(units, "recipientUnitCodes", plan.recipientUnitCodes()));
        Campaign.Details details = campaign.details();
        if (details.participants() != null && details.participants().rootUnitCode() != null) {
            errors.addAll(UnitLookup.refusals(units, "participants.rootUnitCode",
                    List.of(new UnitCode(details.participants().rootUnitCode()))));
        }
        errors.addAll(UnitLookup.refusals(units, "responsibilities", details.responsibilities().stream()
                .map(r -> new UnitCode(r.unitCode())).distinct().toList()));
        if (!errors.isEmpty()) {
            throw new RuleViolationException("The campaign refers to units or campaigns that do not exist or cannot"
                    + " be referred to", errors);
        }
    }

    private void checkParent(Campaign campaign, List<FieldError> errors) {
        Campaign.Plan plan = campaign.plan();
        Optional<Campaign> parent = campaigns.find(plan.parentCampaignId());
        if (parent.isEmpty()) {
            errors.add(new FieldError("parentCampaignId", "no campaign " + plan.parentCampaignId()));
            return;
        }
        Campaign.Plan upper = parent.get().plan();
        String organiser = plan.organiserUnitCode().value();
        boolean reached = upper.recipientUnitCodes().contains(plan.organiserUnitCode())
                || UnitLookup.successors(units, upper.recipientUnitCodes()).containsValue(plan.organiserUnitCode())
                || tree.isWithin(organiser, upper.organiserUnitCode().value());
        if (!reached) {
            errors.add(new FieldError("parentCampaignId", "campaign " + plan.parentCampaignId() + " of "
                    + upper.organiserUnitCode() + " does not reach " + organiser
                    + ": the organiser must be on its distribution list (or succeed a unit on it) or within its"
                    + " organiser's subtree"));
        }
        if (parent.get().phase() == Phase.CANCELLED) {
            errors.add(new FieldError("parentCampaignId", "campaign " + plan.parentCampaignId()
                    + " was cancelled: there is nothing to implement"));
        }
        if (implementsItself(campaign.id(), parent.get())) {
            errors.add(new FieldError("parentCampaignId", "campaign " + plan.parentCampaignId()
                    + " already implements this one: the cascade would be a cycle"));
        }
    }

    /** Whether {@code id} is among the ancestors of {@code parent} (only a revised draft could make a cycle). */
    private boolean implementsItself(CampaignId id, Campaign parent) {
        Campaign current = parent;
        for (int depth = 0; current != null && depth < UnitTree.MAX_DEPTH; depth++) {
            CampaignId above = current.plan().parentCampaignId();
            if (above == null) {
                return false;
            }
            if (above.equals(id)) {
                return true;
            }
            current = campaigns.find(above).orElse(null);
        }
        return false;
    }

    /** The cascade and how many campaigns it holds under its root; {@code truncated} when it was cut. */
    record CascadeView(Cascade.Node root, int implementingCampaigns, boolean truncated) {
    }
}
