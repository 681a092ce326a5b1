package vn.tdkt.notification.congress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.tdkt.events.EventCatalog;
import vn.tdkt.events.congress.CongressDocumentReminder;
import vn.tdkt.events.congress.CongressEvent;
import vn.tdkt.notification.delivery.Deliveries;
import vn.tdkt.notification.delivery.OutgoingEmail;
import vn.tdkt.notification.template.MailTemplates;
import vn.tdkt.notification.template.RenderedMail;
import vn.tdkt.notification.unit.RecipientResolver;

/**
 * Mails a congress's organiser (a merged unit's successor) each document reminder delegate-service publishes, once
 * per contact, as deliveries. Other congress events are not mailed. A unit not in the projection yet fails the
 * handling, so the binder retries and then dead-letters the event for an operator to replay.
 */
@Service
class CongressReminderNotifier {

    private static final Logger log = LoggerFactory.getLogger(CongressReminderNotifier.class);

    private final RecipientResolver recipients;
    private final Deliveries deliveries;
    private final MailTemplates templates;

    CongressReminderNotifier(RecipientResolver recipients, Deliveries deliveries, MailTemplates templates) {
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.templates = templates;
    }

    void on(CongressEvent event) {
        if (event instanceof CongressDocumentReminder reminder) {
            remind(reminder);
        }
    }

    private void remind(CongressDocumentReminder reminder) {
        String organiser = reminder.organiserUnitCode();
        Map<String, String> current = recipients.currentCodes(List.of(organiser));
        String unit = current.getOrDefault(organiser, organiser);
        List<String> named = new ArrayList<>(List.of(organiser, unit));
        if (reminder.upperOrganiserUnitCode() != null) {
            named.add(reminder.upperOrganiserUnitCode());
        }
        Map<String, String> names = recipients.namesOf(named);
        RenderedMail email = CongressReminderEmail.compose(templates, reminder, unit, names);
        String sender = reminder.upperOrganiserUnitCode() != null ? reminder.upperOrganiserUnitCode() : organiser;
        String type = EventCatalog.of(reminder).name();
        List<OutgoingEmail> emails = new ArrayList<>();
        recipients.resolveOnly(sender, List.of(unit)).emails().forEach((address, unitPath) -> emails.add(
                new OutgoingEmail(reminder.eventId(), type, null, unitPath, address, email).at(reminder.occurredAt())));
        if ("LATE".equals(reminder.step())) {
            // Ignored until late: the organiser's leader (or, with none named, its parent unit) reads it too.
            recipients.escalationOf(unit).forEach((address, unitPath) -> emails.add(new OutgoingEmail(
                    reminder.eventId(), type, null, unitPath, address, email).at(reminder.occurredAt())));
        }
        int created = deliveries.enqueue(emails);
        log.info("Congress {} document {} {}: {} deliveries queued", reminder.aggregateId(), reminder.document(),
                reminder.step(), created);
    }
}
