package vn.tdkt.support.outbox;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;

/**
 * Events the broker can never take, set aside in {@value #COLLECTION} with the reason, so that the rest of
 * their outbox flows. Keyed by event id: parking the same event again (a crash between parking and the
 * removal from {@code pendingEvents}) replaces the record instead of doubling it.
 */
final class ParkedEvents {

    static final String COLLECTION = "outbox_parked";

    private final MongoOperations mongo;

    ParkedEvents(MongoOperations mongo) {
        this.mongo = mongo;
    }

    void park(String collection, Object aggregateId, PendingEvent event, String reason, Instant at) {
        Document parked = new Document("_id", event.eventId())
                .append("collection", collection)
                .append("aggregateId", aggregateId)
                .append("type", event.type())
                .append("topic", event.topic())
                .append("key", event.key())
                .append("subject", event.subject())
                .append("occurredAt", event.occurredAt() == null ? null : Date.from(event.occurredAt()))
                .append("payload", event.payload())
                .append("payloadBytes", event.payload() == null ? 0
                        : event.payload().getBytes(StandardCharsets.UTF_8).length)
                .append("traceparent", event.traceparent())
                .append("reason", reason)
                .append("parkedAt", Date.from(at));
        mongo.getCollection(COLLECTION).replaceOne(Filters.eq("_id", event.eventId()), parked,
                new ReplaceOptions().upsert(true));
    }

    /** Oldest first, without the payloads (up to the broker's limit each; they stay in the collection). */
    PageResponse<ParkedEvent> page(PageQuery query) {
        var parked = mongo.getCollection(COLLECTION);
        List<ParkedEvent> items = new ArrayList<>();
        for (Document d : parked.find().projection(Projections.exclude("payload"))
                .sort(Sorts.ascending("parkedAt", "_id")).skip((int) query.offset()).limit(query.size())) {
            items.add(new ParkedEvent(d.getString("_id"), d.getString("collection"), String.valueOf(d.get("aggregateId")),
                    d.getString("type"), d.getString("topic"), instant(d.getDate("occurredAt")),
                    d.get("payloadBytes", Number.class) == null ? 0 : d.get("payloadBytes", Number.class).longValue(),
                    d.getString("reason"), instant(d.getDate("parkedAt"))));
        }
        return PageResponse.of(query, items, parked.countDocuments());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** One parked event as an operator sees it: what, from where, why, when; the payload stays stored. */
    record ParkedEvent(String eventId, String collection, String aggregateId, String type, String topic,
                       Instant occurredAt, long payloadBytes, String reason, Instant parkedAt) {
    }
}
