package vn.tdkt.notification.campaign;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import java.util.List;
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
import vn.tdkt.support.inbox.Inbox;
import vn.tdkt.support.tracing.Traceparents;

/**
 * Turns campaign events into deliveries: every phase change is emailed to the organiser's and recipients'
 * contacts, in the campaign's order and never backwards. An event naming units not known yet is parked
 * ({@link ParkedEvents}) instead of failing, so its partition moves on; so is every newer event of the same
 * campaign behind it. A unit's arrival re-drives the campaigns waiting for it. An event older than one
 * already emailed for its campaign ({@link PhaseLedger}) is dropped.
 */
@Service
class CampaignNotifier {

    private static final Logger log = LoggerFactory.getLogger(CampaignNotifier.class);

    private final RecipientResolver recipients;
    private final Deliveries deliveries;
    private final ParkedEvents parked;
    private final PhaseLedger ledger;
    private final ObservationRegistry observations;

    CampaignNotifier(RecipientResolver recipients, Deliveries deliveries, ParkedEvents parked, PhaseLedger ledger,
                     ObservationRegistry observations) {
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.parked = parked;
        this.ledger = ledger;
        this.observations = observations;
    }

    void on(CampaignEvent event) {
        switch (event) {
            case CampaignPhaseChanged changed -> onPhaseChange(changed);
            // A draft concerns nobody yet: people hear of a campaign when it is launched.
            case CampaignCreated ignored -> { }
            // Plan changes and additions are not mailed (yet): the phase moves are what people are told of.
            case CampaignUpdated ignored -> { }
            case CampaignMilestoneAdded ignored -> { }
            case CampaignResponsibilityAdded ignored -> { }
        }
    }

    /** The unit projection has applied a unit event (published by the unit feature): re-drive who waits for it. */
    @EventListener
    void unitArrived(UnitEvent unit) {
        parked.campaignsWaitingFor(unit.aggregateId()).forEach(this::redrive);
    }

    private void onPhaseChange(CampaignPhaseChanged event) {
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
            CampaignPhaseChanged event = waiting.event();
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

    private boolean isStale(CampaignPhaseChanged event) {
        if (!ledger.actedOnNewerThan(event.aggregateId(), event.aggregateVersion())) {
            return false;
        }
        log.info("Campaign {} event {} (version {}, {} → {}) is older than what was already sent: ignored",
                event.aggregateId(), event.eventId(), event.aggregateVersion(), event.from(), event.to());
        return true;
    }

    /** Enqueues the emails and returns true, or parks the event while its units are unknown and returns false. */
    private boolean notifyOrPark(CampaignPhaseChanged event) {
        RecipientResolver.Recipients resolved;
        try {
            resolved = recipients.resolve(event.organiserUnitCode(), event.recipientUnitCodes());
        } catch (UnitsNotYetKnownException e) {
            // Expected now and then: the unit events are on another topic.
            log.info("Campaign {} event {} parked until units {} arrive", event.aggregateId(), event.eventId(),
                    e.unitCodes());
            parked.park(event, e.unitCodes(), Inbox.receivedTraceparent());
            return false;
        }
        PhaseChangeEmail.Composed email = PhaseChangeEmail.compose(event, resolved.organiser().name());
        String type = EventCatalog.of(event).name();
        List<OutgoingEmail> emails = resolved.emails().entrySet().stream()
                .map(to -> new OutgoingEmail(event.eventId(), type, event.aggregateId(), to.getValue(), to.getKey(),
                        email.subject(), email.body()))
                .toList();
        int created = deliveries.enqueue(emails);
        ledger.acted(event.aggregateId(), event.aggregateVersion());
        parked.remove(event.eventId());
        if (created > 0) { // a re-drive racing the first attempt finds them queued: one log line, by whoever queued
            log.info("Campaign {} {} → {}: {} deliveries queued ({} recipients)", event.aggregateId(), event.from(),
                    event.to(), created, emails.size());
        }
        return true;
    }
}
