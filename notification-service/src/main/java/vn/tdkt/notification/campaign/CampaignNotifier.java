package vn.tdkt.notification.campaign;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.tdkt.events.EventCatalog;
import vn.tdkt.events.campaign.CampaignCreated;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.notification.delivery.Deliveries;
import vn.tdkt.notification.delivery.OutgoingEmail;

/** Turns campaign events into deliveries: every phase change is emailed to the organiser's and recipients' contacts. */
@Service
class CampaignNotifier {

    private static final Logger log = LoggerFactory.getLogger(CampaignNotifier.class);

    private final RecipientResolver recipients;
    private final Deliveries deliveries;

    CampaignNotifier(RecipientResolver recipients, Deliveries deliveries) {
        this.recipients = recipients;
        this.deliveries = deliveries;
    }

    void on(CampaignEvent event) {
        switch (event) {
            case CampaignPhaseChanged changed -> notifyPhaseChange(changed);
            // A draft concerns nobody yet: people hear of a campaign when it is launched.
            case CampaignCreated ignored -> { }
        }
    }

    private void notifyPhaseChange(CampaignPhaseChanged event) {
        RecipientResolver.Recipients resolved;
        try {
            resolved = recipients.resolve(event.organiserUnitCode(), event.recipientUnitCodes());
        } catch (UnitsNotYetKnownException e) {
            // Expected now and then (the unit events are on another topic); the binder retries, then dead-letters.
            log.info("Campaign {} event {} waits for units {}: will be retried", event.aggregateId(),
                    event.eventId(), e.unitCodes());
            throw e;
        }
        PhaseChangeEmail.Composed email = PhaseChangeEmail.compose(event, resolved.organiser().name());
        String type = EventCatalog.of(event).name();
        List<OutgoingEmail> emails = resolved.emails().entrySet().stream()
                .map(to -> new OutgoingEmail(event.eventId(), type, event.aggregateId(), to.getValue(), to.getKey(),
                        email.subject(), email.body()))
                .toList();
        int created = deliveries.enqueue(emails);
        log.info("Campaign {} {} → {}: {} deliveries queued ({} recipients)", event.aggregateId(), event.from(),
                event.to(), created, emails.size());
    }
}
