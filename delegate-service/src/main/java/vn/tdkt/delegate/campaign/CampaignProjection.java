package vn.tdkt.delegate.campaign;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.tdkt.events.campaign.CampaignCreated;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.events.campaign.CampaignPhaseChanged;

/**
 * Keeps the newest version of each campaign: one conditional upsert on {@code version < v}; a stale
 * or repeated event matches nothing and its upsert hits the {@code _id} unique key, which means "ignore".
 */
@Service
class CampaignProjection {

    static final String COLLECTION = "campaigns";
    private static final Logger log = LoggerFactory.getLogger(CampaignProjection.class);

    private final MongoOperations mongo;
    private final Clock clock;

    CampaignProjection(MongoOperations mongo, Optional<Clock> clock) {
        this.mongo = mongo;
        this.clock = clock.orElseGet(Clock::systemUTC);
    }

    boolean apply(CampaignEvent event) {
        String phase = switch (event) {
            case CampaignCreated created -> created.phase();
            case CampaignPhaseChanged changed -> changed.to();
        };
        Query newerThanStored = Query.query(Criteria.where("_id").is(event.aggregateId())
                .and("version").lt(event.aggregateVersion()));
        Update state = new Update()
                .set("title", event.title())
                .set("organiserUnitCode", event.organiserUnitCode())
                .set("phase", phase)
                .set("version", event.aggregateVersion())
                .set("updatedAt", clock.instant());
        try {
            mongo.upsert(newerThanStored, state, CampaignView.class);
            return true;
        } catch (DuplicateKeyException stale) {
            log.debug("Ignoring campaign {} version {}: not newer than stored", event.aggregateId(),
                    event.aggregateVersion());
            return false;
        }
    }

    Optional<CampaignView> find(String id) {
        return Optional.ofNullable(mongo.findById(id, CampaignView.class));
    }

    List<CampaignView> list() {
        return mongo.find(new Query().with(Sort.by("_id")), CampaignView.class);
    }
}
