package vn.tdkt.campaign.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.tdkt.campaign.campaign.CampaignFacts;
import vn.tdkt.campaign.campaign.CampaignLookup;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.campaign.unit.UnitLookup;
import vn.tdkt.events.registration.RegistrationEvent;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.ConflictException;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.problem.RuleViolationException;
import vn.tdkt.support.security.UnitTree;

/** Registration use cases: each loads, runs one command, stores state and events in one write. */
@Service
class RegistrationService {

    /** Deadlines are days of the Vietnamese calendar: a deadline of 31 March ends at midnight in Hà Nội. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int LOAD_BATCH = 200;

    private final RegistrationRepository registrations;
    private final CampaignLookup campaigns;
    private final UnitLookup units;
    private final UnitTree tree;
    private final OutboxRelay relay;
    private final Clock clock;

    RegistrationService(RegistrationRepository registrations, CampaignLookup campaigns, UnitLookup units,
                        UnitTree tree, OutboxRelay relay, Clock clock) {
        this.registrations = registrations;
        this.campaigns = campaigns;
        this.units = units;
        this.tree = tree;
        this.relay = relay;
        this.clock = clock;
    }

    CampaignFacts campaign(String campaignId) {
        return campaigns.facts(campaignId).orElseThrow(() -> new NotFoundException("No campaign " + campaignId));
    }

    /**
     * Registers a unit for a campaign, or replaces its registration. {@code expectedVersion} (from
     * {@code If-Match}), when given, must be the stored version: a registration changed meanwhile is
     * not silently overwritten.
     */
    Submitted submit(String campaignId, UnitCode unit, Registration.Form form, Long expectedVersion) {
        CampaignFacts campaign = campaign(campaignId);
        List<FieldError> refused = UnitLookup.refusals(units, "unitCode", List.of(unit));
        if (!refused.isEmpty()) {
            // a merged unit's registration is its successor's to make: the message names it
            throw new RuleViolationException("Unit " + unit + " is not registered or no longer acts", refused);
        }
        boolean addressed = campaign.recipientUnitCodes().contains(unit.value())
                || succeedsARecipient(campaign, unit)
                || (campaign.participantsRootUnitCode() != null
                && tree.isWithin(unit.value(), campaign.participantsRootUnitCode()));
        List<FieldError> reasons = RegistrationRules.reasonsToRefuse(campaign, addressed, unit.value(),
                LocalDate.now(clock.withZone(VIETNAM)));
        if (!reasons.isEmpty()) {
            throw new RuleViolationException("Unit " + unit + " cannot register for campaign " + campaign.id()
                    + " now", reasons);
        }
        RegistrationId id = new RegistrationId(campaign.id(), unit.value());
        var existing = registrations.find(id);
        if (existing.isEmpty()) {
            if (expectedVersion != null) {
                throw new ConflictException("Unit " + unit + " has not registered yet, so there is no version "
                        + expectedVersion + " to replace");
            }
            Registration.Submission submission = Registration.submit(id, campaign.organiserUnitCode(), form, clock);
            registrations.insert(submission.registration(), submission.events());
            relay.nudge();
            return new Submitted(submission.registration(), true, null);
        }
        Registration registration = existing.get();
        if (expectedVersion != null && expectedVersion.longValue() != registration.version()) {
            throw new ConflictException("The registration of %s was changed meanwhile: it is at version %d, not %d."
                    .formatted(unit, registration.version(), expectedVersion) + " Read it again and retry.");
        }
        long before = registration.version();
        List<RegistrationEvent> events = registration.resubmit(form, clock);
        if (!events.isEmpty()) {
            registrations.update(registration, events);
            relay.nudge();
        }
        return new Submitted(registration, false, before);
    }

    /** Whether {@code unit} took over a unit of the distribution list that was merged since the plan was sent. */
    private boolean succeedsARecipient(CampaignFacts campaign, UnitCode unit) {
        return UnitLookup.successors(units, campaign.recipientUnitCodes().stream().map(UnitCode::new).toList())
                .containsValue(unit);
    }

    Registration get(CampaignFacts campaign, UnitCode unit) {
        return registrations.find(new RegistrationId(campaign.id(), unit.value())).orElseThrow(
                () -> new NotFoundException("Unit " + unit + " has not registered for campaign " + campaign.id()));
    }

    /** One page of who has and has not registered, by unit code; registrations loaded for that page only. */
    PageResponse<Entry> overview(CampaignFacts campaign, RegistrationStatus status, PageQuery page) {
        List<RegistrationOverview.Row> rows = rows(campaign, status);
        int from = (int) Math.min(page.offset(), rows.size());
        int to = Math.min(from + page.size(), rows.size());
        return PageResponse.of(page, entries(campaign, rows.subList(from, to)), rows.size());
    }

    /** Every row of the overview, with registrations, for the export (loaded a batch at a time). */
    List<Entry> all(CampaignFacts campaign, RegistrationStatus status) {
        List<RegistrationOverview.Row> rows = rows(campaign, status);
        List<Entry> entries = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i += LOAD_BATCH) {
            entries.addAll(entries(campaign, rows.subList(i, Math.min(i + LOAD_BATCH, rows.size()))));
        }
        return entries;
    }

    private List<RegistrationOverview.Row> rows(CampaignFacts campaign, RegistrationStatus status) {
        Map<String, String> successors = new java.util.HashMap<>();
        UnitLookup.successors(units, campaign.recipientUnitCodes().stream().map(UnitCode::new).toList())
                .forEach((unit, successor) -> successors.put(unit.value(), successor.value()));
        return RegistrationOverview.rows(campaign.recipientUnitCodes(), registrations.registeredUnits(campaign.id()),
                successors, status);
    }

    private List<Entry> entries(CampaignFacts campaign, List<RegistrationOverview.Row> rows) {
        List<String> candidates = rows.stream().filter(r -> r.status() == RegistrationStatus.REGISTERED)
                .flatMap(r -> r.successorCode() == null ? java.util.stream.Stream.of(r.unitCode())
                        : java.util.stream.Stream.of(r.unitCode(), r.successorCode()))
                .distinct().toList();
        Map<String, Registration> byUnit = candidates.isEmpty() ? Map.of()
                : registrations.findAll(campaign.id(), candidates).stream()
                .collect(Collectors.toMap(r -> r.id().unitCode(), Function.identity()));
        return rows.stream().map(row -> new Entry(row, row.status() == RegistrationStatus.REGISTERED
                ? byUnit.get(row.registrant(byUnit.keySet())) : null)).toList();
    }

    /** A registration, whether it was the unit's first, and the version it replaced (null for a first). */
    record Submitted(Registration registration, boolean created, Long versionBefore) {
    }

    /** One row of the overview and, if the unit registered, its registration. */
    record Entry(RegistrationOverview.Row row, Registration registration) {
    }
}
