package vn.tdkt.notification.campaign;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import vn.tdkt.events.EventCatalog;
import vn.tdkt.events.campaign.CampaignCreated;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.events.campaign.CampaignMilestoneAdded;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.events.campaign.CampaignResponsibilityAdded;
import vn.tdkt.events.campaign.CampaignUpdated;
import vn.tdkt.events.unit.UnitEvent;
import vn.tdkt.notification.delivery.Deliveries;
import vn.tdkt.notification.delivery.OutgoingEmail;
import vn.tdkt.notification.template.MailTemplates;
import vn.tdkt.notification.template.RenderedMail;
import vn.tdkt.notification.unit.RecipientResolver;
import vn.tdkt.notification.unit.UnitsNotYetKnownException;
import vn.tdkt.support.inbox.Inbox;
import vn.tdkt.support.tracing.Traceparents;

/**
 * Turns campaign events into deliveries: every phase change, and a milestone added after launch, is emailed
 * to the organiser's and recipients' contacts; a responsibility added after launch to the responsible
 * unit's contacts. In the campaign's order and never backwards. An event naming units not known yet is
 * parked ({@link ParkedEvents}) instead of failing, so its partition moves on; so is every newer event of
 * the same campaign behind it. A unit's arrival re-drives the campaigns waiting for it. An event older than
 * one already emailed for its campaign ({@link PhaseLedger}) is dropped.
 */
@Service
class CampaignNotifier {

    private static final Logger log = LoggerFactory.getLogger(CampaignNotifier.class);

    /** The phases in which the plans allow additions after launch (campaign-service's {@code acceptsAdditions}). */
    private static final Set<String> UNDERWAY = Set.of("LAUNCHED", "MIDTERM_REVIEW");

    private final RecipientResolver recipients;
    private final Deliveries deliveries;
    private final ParkedEvents parked;
    private final PhaseLedger ledger;
    private final ObservationRegistry observations;
    private final MailTemplates templates;

    CampaignNotifier(RecipientResolver recipients, Deliveries deliveries, ParkedEvents parked, PhaseLedger ledger,
                     ObservationRegistry observations, MailTemplates templates) {
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.parked = parked;
        this.ledger = ledger;
        this.observations = observations;
        this.templates = templates;
    }

    void on(CampaignEvent event) {
        if (isMailed(event)) {
            notifyInOrder(event);
        }
    }

    /**
     * Which campaign events people are told of. A draft concerns nobody yet (people hear of a campaign when
     * it is launched), so creation, draft changes and additions to a draft are not mailed; what the launch
     * email does not say, the reminders ({@link ReminderJob}) bring up when its date comes.
     */
    static boolean isMailed(CampaignEvent event) {
        return switch (event) {
            case CampaignPhaseChanged ignored -> true;
            case CampaignMilestoneAdded added -> UNDERWAY.contains(added.phase()) && added.milestone() != null;
            case CampaignResponsibilityAdded added -> UNDERWAY.contains(added.phase())
                    && added.responsibility() != null;
            case CampaignCreated ignored -> false;
            case CampaignUpdated ignored -> false;
        };
    }

    /** The unit projection has applied a unit event (published by the unit feature): re-drive who waits for it. */
    @EventListener
    void unitArrived(UnitEvent unit) {
        parked.campaignsWaitingFor(unit.aggregateId()).forEach(this::redrive);
    }

    private void notifyInOrder(CampaignEvent event) {
        if (isStale(event)) {
            return;
        }
        if (parked.hasOlder(event.aggregateId(), event.aggregateVersion())) {
            log.info("Campaign {} event {} (version {}) parked behind an older one that waits", event.aggregateId(),
                    event.eventId(), event.aggregateVersion());
            parked.park(event, List.of(), Inbox.receivedTraceparent());
        } else if (notifyOrPark(event)) {
            return;
        }
        // Parked: its units may have arrived meanwhile, with nobody left to re-drive it.
        redrive(event.aggregateId());
    }

    /**
     * The campaign's parked events in version order, up to the first that still waits. Each attempt is
     * a consumer span continuing the trace its record arrived with, so the e-mails keep the request's
     * trace id whichever thread (campaign or unit consumer) finally sends them.
     */
    private void redrive(String campaignId) {
        for (ParkedEvents.Parked waiting : parked.of(campaignId)) {
            CampaignEvent event = waiting.event();
            if (isStale(event)) {
                parked.remove(event.eventId());
                continue;
            }
            boolean sent = Traceparents.continuing("tdkt.events.redrive", waiting.traceparent(), Kind.CONSUMER,
                            observations)
                    .contextualName("campaign event redrive")
                    .observe(() -> notifyOrPark(event));
            if (!sent) {
                return;
            }
        }
    }

    private boolean isStale(CampaignEvent event) {
        if (!ledger.actedOnNewerThan(event.aggregateId(), event.aggregateVersion())) {
            return false;
        }
        log.info("Campaign {} event {} ({}, version {}) is older than what was already sent: ignored",
                event.aggregateId(), event.eventId(), EventCatalog.of(event).name(), event.aggregateVersion());
        return true;
    }

    /** Enqueues the emails and returns true, or parks the event while its units are unknown and returns false. */
    private boolean notifyOrPark(CampaignEvent event) {
        List<OutgoingEmail> emails;
        try {
            emails = compose(event);
        } catch (UnitsNotYetKnownException e) {
            // Expected now and then: the unit events are on another topic.
            log.info("Campaign {} event {} parked until units {} arrive", event.aggregateId(), event.eventId(),
                    e.unitCodes());
            parked.park(event, e.unitCodes(), Inbox.receivedTraceparent());
            return false;
        }
        int created = deliveries.enqueue(emails);
        ledger.acted(event.aggregateId(), event.aggregateVersion());
        parked.remove(event.eventId());
        if (created > 0) { // a re-drive racing the first attempt finds them queued: one log line, by whoever queued
            log.info("Campaign {} {} (version {}): {} deliveries queued ({} recipients)", event.aggregateId(),
                    EventCatalog.of(event).name(), event.aggregateVersion(), created, emails.size());
        }
        return true;
    }

    /** One email per contact, in Vietnamese. @throws UnitsNotYetKnownException while a unit is not projected */
    private List<OutgoingEmail> compose(CampaignEvent event) {
        RecipientResolver.Recipients resolved;
        RenderedMail email;
        switch (event) {
            case CampaignPhaseChanged changed -> {
                resolved = recipients.resolve(changed.organiserUnitCode(), changed.recipientUnitCodes());
                email = PhaseChangeEmail.compose(templates, changed, resolved.organiser().name());
            }
            case CampaignMilestoneAdded added -> {
                resolved = recipients.resolve(added.organiserUnitCode(), added.recipientUnitCodes());
                email = PlanAdditionEmail.milestone(templates, added, resolved.organiser().name());
            }
            case CampaignResponsibilityAdded added -> {
                String unit = added.responsibility().unitCode();
                resolved = recipients.resolveOnly(added.organiserUnitCode(), List.of(unit));
                // Addressed by the name of whoever acts for the unit now (its successor, if it was merged).
                String current = recipients.currentCodes(List.of(unit)).get(unit);
                email = PlanAdditionEmail.responsibility(templates, added, resolved.organiser().name(),
                        recipients.namesOf(List.of(current)).getOrDefault(current, current));
            }
            default -> throw new IllegalArgumentException("Not mailed: " + EventCatalog.of(event).name());
        }
        String type = EventCatalog.of(event).name();
        return resolved.emails().entrySet().stream()
                .map(to -> new OutgoingEmail(event.eventId(), type, event.aggregateId(), to.getValue(), to.getKey(),
                        email).at(event.occurredAt()))
                .toList();
    }
}
