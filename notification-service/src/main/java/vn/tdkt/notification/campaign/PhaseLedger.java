package vn.tdkt.notification.campaign;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The newest {@code aggregateVersion} of each campaign that emails were sent for (collection
 * {@code campaign_notifications}), so that phase emails never go backwards: a replayed dead letter or a
 * late re-drive older than what people were already told sends nothing. The same version again is
 * allowed (a crash between enqueue and this record; the deliveries' (event, recipient) index makes it
 * harmless).
 */
@Component
class PhaseLedger {

    static final String COLLECTION = "campaign_notifications";

    private final MongoOperations mongo;

    PhaseLedger(MongoOperations mongo) {
        this.mongo = mongo;
    }

    boolean actedOnNewerThan(String campaignId, long version) {
        return mongo.exists(Query.query(Criteria.where("_id").is(campaignId).and("version").gt(version)), COLLECTION);
    }

    void acted(String campaignId, long version) {
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(campaignId).and("version").lt(version)),
                    Update.update("version", version), COLLECTION);
        } catch (DuplicateKeyException newerOrSameAlreadyRecorded) {
            // {_id, version >= this} exists: the ledger already says as much or more.
        }
    }
}
