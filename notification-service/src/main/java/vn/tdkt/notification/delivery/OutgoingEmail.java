package vn.tdkt.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import vn.tdkt.notification.template.RenderedMail;

/**
 * What a feature asks to be sent: one composed email to one recipient, caused by one event.
 *
 * @param kind     the template it was rendered from (subscriptions choose by it); null for plain text
 * @param link     the console address of the item, for a digest's list; may be null
 * @param occurredAt when the event that caused it happened (the latency metric runs from it to SMTP acceptance);
 *                 null for what no event caused (reminders, digests): then from when the delivery was stored
 * @param unitPath the unit the email is sent for and every unit above it: who may read the delivery
 *                 (an officer of any of these units) is decided from it
 */
public record OutgoingEmail(UUID eventId, String eventType, String campaignId, List<String> unitPath,
                            String recipient, String subject, String body, String html, String kind,
                            String link, Instant occurredAt) {

    /** A rendered template: subject, plain-text part and HTML part. */
    public OutgoingEmail(UUID eventId, String eventType, String campaignId, List<String> unitPath, String recipient,
                         RenderedMail mail) {
        this(eventId, eventType, campaignId, unitPath, recipient, mail.subject(), mail.text(), mail.html(), mail.kind(),
                mail.link(), null);
    }

    /** Plain text only. */
    public OutgoingEmail(UUID eventId, String eventType, String campaignId, List<String> unitPath, String recipient,
                         String subject, String body) {
        this(eventId, eventType, campaignId, unitPath, recipient, subject, body, null, null, null, null);
    }

    public OutgoingEmail {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(recipient, "recipient");
        unitPath = List.copyOf(unitPath);
        // Addresses are compared and de-duplicated lower-case everywhere.
        recipient = recipient.strip().toLowerCase(Locale.ROOT);
    }

    /** The same email, caused by an event that happened at {@code time}. */
    public OutgoingEmail at(Instant time) {
        return new OutgoingEmail(eventId, eventType, campaignId, unitPath, recipient, subject, body, html, kind, link,
                time);
    }
}
