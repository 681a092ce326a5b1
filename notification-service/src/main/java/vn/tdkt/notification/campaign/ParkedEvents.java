package vn.tdkt.notification.campaign;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.tdkt.events.EventJson;
import vn.tdkt.events.EventCatalog;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.events.campaign.CampaignPhaseChanged;

/**
 * Campaign events that wait for something this service does not know yet (collection
 * {@code parked_events}): units not in the projection, or an older event of the same campaign that
 * itself waits. Parking instead of failing lets the partition move on; the event is re-driven when a
 * missing unit arrives. One document per event ({@code _id} = event id), so parking again is harmless.
 * Any mailed campaign event may wait here (a phase change, an added milestone or responsibility); its
 * {@code type} says which, and an entry without one is a phase change (parked before others were mailed).
 */
@Component
class ParkedEvents {

    static final String COLLECTION = "parked_events";

    private final MongoOperations mongo;

    ParkedEvents(MongoOperations mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("missingUnits", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("campaignId", Sort.Direction.ASC)
                .on("version", Sort.Direction.ASC));
    }

    /**
     * Parks (or re-parks with what it now misses) one event, with the traceparent its record arrived
     * with, kept from the first parking so that a re-drive continues the producer's trace.
     */
    void park(CampaignEvent event, List<String> missingUnits, String traceparent) {
        Update update = new Update().set("campaignId", event.aggregateId())
                .set("type", EventCatalog.of(event).name())
                .set("version", event.aggregateVersion())
                .set("missingUnits", missingUnits)
                .set("event", EventJson.write(event))
                .setOnInsert("parkedAt", Instant.now());
        if (traceparent != null) {
            update.setOnInsert("traceparent", traceparent);
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(event.eventId().toString())), update, COLLECTION);
    }

    boolean hasOlder(String campaignId, long version) {
        return mongo.exists(Query.query(Criteria.where("campaignId").is(campaignId).and("version").lt(version)),
                COLLECTION);
    }

    /** The campaign's parked events, oldest version first. */
    List<Parked> of(String campaignId) {
        Query query = Query.query(Criteria.where("campaignId").is(campaignId))
                .with(Sort.by("version", "_id"));
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(doc -> new Parked(read(doc), doc.getString("traceparent")))
                .toList();
    }

    private static CampaignEvent read(Document doc) {
        String type = doc.getString("type");
        if (type == null) {
            return EventJson.read(doc.getString("event"), CampaignPhaseChanged.class);
        }
        return EventCatalog.byName(type)
                .map(known -> EventJson.read(doc.getString("event"), known.javaType().asSubclass(CampaignEvent.class)))
                .orElseThrow(() -> new IllegalStateException("Parked event of unknown type " + type));
    }

    /** A parked event and the traceparent its record arrived with (null if it had none). */
    record Parked(CampaignEvent event, String traceparent) {
    }

    /** Campaigns with an event waiting for this unit. */
    List<String> campaignsWaitingFor(String unitCode) {
        return mongo.findDistinct(Query.query(Criteria.where("missingUnits").is(unitCode)), "campaignId",
                COLLECTION, String.class);
    }

    void remove(UUID eventId) {
        mongo.remove(Query.query(Criteria.where("_id").is(eventId.toString())), COLLECTION);
    }
}
