package vn.tdkt.notification.delivery;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One email to one recipient because of one event. Unique on (eventId, recipient), so that a
 * redelivered event creates nothing new. {@code claimToken}/{@code claimExpiresAt} are set while one
 * dispatcher instance holds it; a claim that expires (crashed instance) makes it claimable again.
 *
 * @param unitPath the unit the email was sent for and its ancestors, for reading by unit subtree
 * @param attempts sends started so far (counted when claimed, so a send that crashes its instance counts too)
 */
@Document(Delivery.COLLECTION)
record Delivery(@Id String id, String eventId, String eventType, String campaignId, List<String> unitPath, String recipient,
                String subject, String body, DeliveryStatus status, int attempts, String lastError,
                Instant nextAttemptAt, Instant sentAt, Instant createdAt, String claimToken, Instant claimExpiresAt) {

    static final String COLLECTION = "deliveries";

    static Delivery pending(String id, OutgoingEmail email, Instant now) {
        return new Delivery(id, email.eventId().toString(), email.eventType(), email.campaignId(), email.unitPath(),
                email.recipient(),
                email.subject(), email.body(), DeliveryStatus.PENDING, 0, null, now, null, now, null, null);
    }
}
