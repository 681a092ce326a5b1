package vn.tdkt.notification.delivery;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** What a feature asks to be sent: one composed email to one recipient, caused by one event. */
public record OutgoingEmail(UUID eventId, String eventType, String campaignId, String recipient, String subject,
                            String body) {

    public OutgoingEmail {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(recipient, "recipient");
        // Addresses are compared and de-duplicated lower-case everywhere.
        recipient = recipient.strip().toLowerCase(Locale.ROOT);
    }
}
