package vn.tdkt.support.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * {@code processed_events}: one document per (consumer group, event), {@code _id = group:eventId},
 * expired by a TTL index on {@code processedAt} after the retention (longer than any redelivery).
 */
final class ProcessedEvents {

    static final String COLLECTION = "processed_events";
    private static final Logger log = LoggerFactory.getLogger(ProcessedEvents.class);

    private final MongoOperations mongo;
    private final Clock clock;

    ProcessedEvents(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    void createIndexes(Duration retention) {
        try {
            mongo.indexOps(COLLECTION).createIndex(
                    new Index().on("processedAt", Sort.Direction.ASC).named("processedAt_ttl").expire(retention));
        } catch (RuntimeException e) {
            // An index of the same name with another expiry: keep it rather than fail the start.
            log.warn("Could not create the TTL index of {}: {}", COLLECTION, e.getMessage());
        }
    }

    boolean contains(String group, String eventId) {
        return mongo.exists(new Query(Criteria.where("_id").is(id(group, eventId))), COLLECTION);
    }

    void record(String group, String eventId, String type) {
        Document document = new Document("_id", id(group, eventId))
                .append("consumerGroup", group)
                .append("eventId", eventId)
                .append("type", type)
                .append("processedAt", Date.from(clock.instant()));
        try {
            mongo.insert(document, COLLECTION);
        } catch (DuplicateKeyException alreadyThere) {
            // Another instance of the group handled it too (e.g. across a rebalance): already recorded.
            log.debug("Event {} was recorded by another consumer of {}", eventId, group);
        }
    }

    static String id(String group, String eventId) {
        return group + ":" + eventId;
    }
}
