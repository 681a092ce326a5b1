package vn.tdkt.notification.delivery;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * What a feature asks to be sent: one composed email to one recipient, caused by one event.
 *
 * @param unitPath the unit the email is sent for and every unit above it: who may read the delivery
 *                 (an officer of any of these units) is decided from it
 */
public record OutgoingEmail(UUID eventId, String eventType, String campaignId, List<String> unitPath,
                            String recipient, String subject, String body) {

    public OutgoingEmail {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(recipient, "recipient");
        unitPath = List.copyOf(unitPath);
        // Addresses are compared and de-duplicated lower-case everywhere.
        recipient = recipient.strip().toLowerCase(Locale.ROOT);
    }
}
