package vn.tdkt.nomination.exemplar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.support.outbox.PendingEvent;

/**
 * A reminder published once: {@code _id} = {@code DUE|MISSED:<unitCode>:<yyyy-MM>}, so a second instance or
 * a second pass of the reminder job collides on the id and publishes nothing twice.
 */
@Document(ReminderDocument.COLLECTION)
record ReminderDocument(@Id String id, String kind, String unitCode, String month, LocalDate deadline,
                        Instant createdAt, @Version Long version, List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "exemplar_reminders";
}
