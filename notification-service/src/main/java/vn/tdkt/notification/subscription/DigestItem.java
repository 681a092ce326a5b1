package vn.tdkt.notification.subscription;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One email held for a unit's daily digest: {@code _id} = eventId|recipient, so that a redelivered event holds
 * nothing twice. {@code day} is the Vietnamese calendar day (Asia/Ho_Chi_Minh) it was held on.
 */
@Document(DigestItem.COLLECTION)
record DigestItem(@Id String id, String unitCode, String recipient, String day, String kind, String eventType,
                  String subject, String link, Instant heldAt) {

    static final String COLLECTION = "digest_items";
}
