package vn.tdkt.notification.campaign;

import java.util.Set;
import java.util.HashSet;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.tdkt.events.registration.CampaignRegistrationSubmitted;

/**
 * Which units have registered for which campaign (collection {@code campaign_registrations}, {@code _id} =
 * the registration's id {@code <campaignId>:<unitCode>}), so the deadline reminder skips them. Only the
 * fact is kept: a registration's titles and people's names are none of this service's business.
 */
@Component
class CampaignRegistrations {

    static final String COLLECTION = "campaign_registrations";

    private final MongoOperations mongo;

    CampaignRegistrations(MongoOperations mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("campaignId", Sort.Direction.ASC));
    }

    /** Idempotent: registering again (a replaced registration) is the same fact. */
    void record(CampaignRegistrationSubmitted event) {
        mongo.upsert(Query.query(Criteria.where("_id").is(event.aggregateId())),
                new Update().set("campaignId", event.campaignId()).set("unitCode", event.unitCode()), COLLECTION);
    }

    Set<String> unitsRegisteredFor(String campaignId) {
        Set<String> units = new HashSet<>();
        mongo.find(Query.query(Criteria.where("campaignId").is(campaignId)), Document.class, COLLECTION)
                .forEach(doc -> units.add(doc.getString("unitCode")));
        return units;
    }
}
