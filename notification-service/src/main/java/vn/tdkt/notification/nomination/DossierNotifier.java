package vn.tdkt.notification.nomination;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.tdkt.events.EventCatalog;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.events.nomination.NominationSubmitted;
import vn.tdkt.notification.delivery.Deliveries;
import vn.tdkt.notification.delivery.OutgoingEmail;
import vn.tdkt.notification.template.MailTemplates;
import vn.tdkt.notification.template.RenderedMail;
import vn.tdkt.notification.unit.RecipientResolver;

/**
 * Tells the units concerned of every step of a nomination dossier: the nominating unit and the nominee's
 * unit (a merged one's successor), each once; a submission also the unit whose council now has the dossier.
 * A unit not in the projection yet fails the handling, so the binder retries and then dead-letters the event
 * for an operator to replay, as bloc results are: a dossier's units were registered long before it.
 * The monthly exemplar register's reminders go to the office (and, once missed, to the unit keeping the book).
 */
@Service
class DossierNotifier {

    private static final Logger log = LoggerFactory.getLogger(DossierNotifier.class);

    private final RecipientResolver recipients;
    private final Deliveries deliveries;
    private final MailTemplates templates;

    DossierNotifier(RecipientResolver recipients, Deliveries deliveries, MailTemplates templates) {
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.templates = templates;
    }

    void on(NominationEvent event) {
        DossierStep.of(event).ifPresent(this::notify);
        ExemplarReminder.of(event).ifPresent(this::remind);
    }

    /** The office, and after a missed deadline also the unit that keeps the register book, each once. */
    private void remind(ExemplarReminder reminder) {
        List<String> concerned = new ArrayList<>(List.of(reminder.unitCode()));
        if (reminder.missed() && reminder.parentUnitCode() != null) {
            concerned.add(reminder.parentUnitCode());
        }
        int created = mail(reminder.event(), reminder.unitCode(), concerned,
                (unit, names) -> reminder.compose(templates, unit, names));
        if (reminder.missed()) {
            created += escalate(reminder);
        }
        log.info("Exemplar register {} {}: {} deliveries queued", reminder.month(), EventCatalog.of(reminder.event())
                .name(), created);
    }

    /** A missed register also goes to the office's leader, when its unit events name one (its parent has a copy). */
    private int escalate(ExemplarReminder reminder) {
        String office = recipients.currentCodes(List.of(reminder.unitCode())).get(reminder.unitCode());
        RenderedMail email = reminder.compose(templates, office, recipients.namesOf(List.of(reminder.unitCode(), office)));
        String type = EventCatalog.of(reminder.event()).name();
        List<OutgoingEmail> emails = new ArrayList<>();
        recipients.leaderOf(office).forEach((address, unitPath) -> emails.add(new OutgoingEmail(
                reminder.event().eventId(), type, null, unitPath, address, email).at(reminder.event().occurredAt())));
        return deliveries.enqueue(emails);
    }

    private void notify(DossierStep step) {
        int created = mail(step.event(), step.nominatingUnitCode(), concerned(step),
                (unit, names) -> DossierEmail.compose(templates, step, unit, names));
        log.info("Nomination {} {}: {} deliveries queued", step.nominationId(), EventCatalog.of(step.event()).name(),
                created);
    }

    /**
     * One email to the contacts of each unit concerned, or of the unit acting for it now, each unit once; the
     * email is composed for the unit it goes to. {@code sender} is the unit the email speaks for.
     *
     * @return how many deliveries were queued
     */
    private int mail(NominationEvent event, String sender, List<String> concerned,
                     BiFunction<String, Map<String, String>, RenderedMail> compose) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(concerned));
        Map<String, String> current = recipients.currentCodes(distinct);
        List<String> named = new ArrayList<>(distinct);
        named.addAll(current.values());
        Map<String, String> names = recipients.namesOf(named);
        String type = EventCatalog.of(event).name();
        List<OutgoingEmail> emails = new ArrayList<>();
        for (String unit : new LinkedHashSet<>(current.values())) {
            RecipientResolver.Recipients resolved = recipients.resolveOnly(sender, List.of(unit));
            RenderedMail email = compose.apply(unit, names);
            resolved.emails().forEach((address, unitPath) -> emails.add(new OutgoingEmail(event.eventId(), type, null,
                    unitPath, address, email).at(event.occurredAt())));
        }
        return deliveries.enqueue(emails);
    }

    private static List<String> concerned(DossierStep step) {
        List<String> units = new ArrayList<>();
        units.add(step.nominatingUnitCode());
        if (step.nomineeUnitCode() != null) {
            units.add(step.nomineeUnitCode());
        }
        if (step.event() instanceof NominationSubmitted && step.addressedTo() != null) {
            units.add(step.addressedTo());
        }
        return units;
    }
}
