package vn.tdkt.notification.delivery;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.support.tracing.Traceparents;

/**
 * One email to one recipient because of one event. Unique on (eventId, recipient, channel), so that a
 * redelivered event creates nothing new. {@code claimToken}/{@code claimExpiresAt} are set while one
 * dispatcher instance holds it; a claim that expires (crashed instance) makes it claimable again.
 *
 * @param channel     EMAIL (the only channel so far); part of the unique key, so that another channel to the same
 *                    address for the same event is a delivery of its own
 * @param kind        the template it was rendered from (the metrics' {@code kind} tag); null for plain text
 * @param occurredAt  when the causing event happened (or the delivery was stored): the latency metric's start
 * @param html        the HTML part, sent with {@code body} as its plain-text alternative; null for text only
 * @param unitPath    the unit the email was sent for and its ancestors, for reading by unit subtree
 * @param attempts    sends started so far (counted when claimed, so a send that crashes its instance counts too;
 *                    taken back when the send could not reach the SMTP server)
 * @param traceId     the trace of the event's handling, which continues the trace of the request that caused
 *                    the event (so one id leads from a REST call to its emails); null if it was not traced
 * @param traceparent the W3C traceparent of the consumer span that created the delivery: the dispatcher's
 *                    send, which runs later on another thread, is a child of it
 * @param dueAt       when the dispatcher may claim it next: creation (PENDING), {@code nextAttemptAt} (FAILED),
 *                    {@code claimExpiresAt} (SENDING); absent once SENT or DEAD, so that the claim's sparse index
 *                    holds only the deliveries still to send and never grows with the history
 */
@Document(Delivery.COLLECTION)
record Delivery(@Id String id, String eventId, String eventType, String campaignId, List<String> unitPath,
                String recipient, Channel channel, String kind, Instant occurredAt, String subject, String body,
                String html, DeliveryStatus status, int attempts, String lastError,
                Instant nextAttemptAt, Instant sentAt, Instant createdAt, String claimToken, Instant claimExpiresAt,
                String traceId, String traceparent, Instant dueAt) {

    static final String COLLECTION = "deliveries";

    static Delivery pending(String id, OutgoingEmail email, Instant now, String traceparent) {
        return new Delivery(id, email.eventId().toString(), email.eventType(), email.campaignId(), email.unitPath(),
                email.recipient(), Channel.EMAIL, email.kind(),
                email.occurredAt() == null ? now : email.occurredAt(), email.subject(), email.body(), email.html(), DeliveryStatus.PENDING, 0, null, now, null, now,
                null, null, Traceparents.traceId(traceparent), traceparent, now);
    }
}
