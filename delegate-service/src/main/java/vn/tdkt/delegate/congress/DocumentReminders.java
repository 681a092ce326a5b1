package vn.tdkt.delegate.congress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.tdkt.events.congress.CongressDocumentReminder;
import vn.tdkt.events.congress.CongressReminderStep;
import vn.tdkt.support.outbox.OutboxRelay;

/**
 * Reminds the organiser of a planned congress of each document its upper council has not received: once when
 * the due date is {@code reminderLeadDays} away or nearer ({@code DUE_SOON}), once when it has passed
 * ({@code LATE}), until the congress's day. Each (congress, document, step, due date) is published exactly once
 * however many instances run the job and however often: the mark and the event are one conditional write
 * ({@link CongressRepository#remind}). A rescheduled congress has a new due date, so its reminders start again.
 */
@Component
class DocumentReminders {

    private static final Logger log = LoggerFactory.getLogger(DocumentReminders.class);
    private static final int BATCH = 5000;

    private final CongressRepository congresses;
    private final CongressService service;
    private final OutboxRelay relay;
    private final CongressProperties properties;
    private final Clock clock;

    DocumentReminders(CongressRepository congresses, CongressService service, OutboxRelay relay,
                      CongressProperties properties, Clock clock) {
        this.congresses = congresses;
        this.service = service;
        this.relay = relay;
        this.properties = properties;
        this.clock = clock;
    }

    /** One pass; returns how many reminders this pass published. */
    int run() {
        LocalDate today = LocalDate.now(clock);
        LocalDate lastDate = today.plusDays(CongressRules.DOCUMENT_LEAD_DAYS + properties.reminderLeadDays());
        int sent = 0;
        for (Congress congress : congresses.plannedBetween(today, lastDate, BATCH)) {
            Optional<String> council = service.councilOf(congress);
            if (council.isEmpty()) {
                continue;
            }
            for (RequiredDocument document : RequiredDocument.values()) {
                CongressReminderStep step = step(congress, document, today, properties.reminderLeadDays());
                if (step == null) {
                    continue;
                }
                String key = document.name() + ":" + step.name() + ":" + congress.documentsDueOn();
                CongressDocumentReminder reminder = new CongressDocumentReminder(UUID.randomUUID(), clock.instant(),
                        congress.id().value(), congress.version(), congress.organiserUnitCode(), congress.title(),
                        congress.date(), council.get(), document.name(), congress.documentsDueOn(), step.name());
                if (congresses.remind(congress.id(), congress.version(), key, reminder)) {
                    sent++;
                }
            }
        }
        if (sent > 0) {
            log.info("Published {} congress document reminders", sent);
            relay.nudge();
        }
        return sent;
    }

    /** Which reminder a document not received calls for on {@code today}, if any. */
    static CongressReminderStep step(Congress congress, RequiredDocument document, LocalDate today, int leadDays) {
        if (congress.received().containsKey(document)) {
            return null;
        }
        LocalDate dueOn = congress.documentsDueOn();
        if (today.isAfter(dueOn)) {
            return CongressReminderStep.LATE;
        }
        return today.isBefore(dueOn.minusDays(leadDays)) ? null : CongressReminderStep.DUE_SOON;
    }
}
