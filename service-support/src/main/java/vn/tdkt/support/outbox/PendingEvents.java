package vn.tdkt.support.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** Reads {@code pendingEvents} from a raw document, whatever entity class wrote it. */
final class PendingEvents {

    private PendingEvents() {
    }

    static List<PendingEvent> from(Document document) {
        List<?> raw = document.get(PendingEvent.FIELD, List.class);
        List<PendingEvent> events = new ArrayList<>();
        if (raw == null) {
            return events;
        }
        for (Object entry : raw) {
            if (entry instanceof Document d) {
                events.add(new PendingEvent(string(d, "eventId"), string(d, "type"), string(d, "topic"),
                        string(d, "key"), string(d, "subject"), instant(d.get("occurredAt")), string(d, "payload"),
                        string(d, "traceparent")));
            }
        }
        return events;
    }

    private static String string(Document d, String field) {
        Object value = d.get(field);
        return value == null ? null : value.toString();
    }

    private static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        return value == null ? null : Instant.parse(value.toString());
    }
}
