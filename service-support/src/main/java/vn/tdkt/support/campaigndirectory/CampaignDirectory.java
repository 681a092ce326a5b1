package vn.tdkt.support.campaigndirectory;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;

/**
 * The projection of campaigns that consuming services keep in their own database.
 *
 * <p>Campaign events carry the state this projection keeps, so applying one is "keep the newest
 * version", exactly as in {@code UnitDirectory}: one conditional upsert on
 * {@code {_id: id, version: {$lt: v}}}; a stale or repeated event matches nothing and its upsert hits
 * the {@code _id} unique key, which means "ignore". Redelivered, concurrent and out-of-order events are
 * safe without a lock or a transaction.
 */
public class CampaignDirectory {

    public static final String COLLECTION = "campaigns";

    private static final Logger log = LoggerFactory.getLogger(CampaignDirectory.class);

    private final MongoOperations mongo;
    private final Clock clock;

    public CampaignDirectory(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Applies a campaign's state; returns whether it was newer than what was stored. */
    public boolean apply(CampaignEvent event) {
        String phase = event.currentPhase();
        Query newerThanStored = Query.query(Criteria.where("_id").is(event.aggregateId())
                .and("version").lt(event.aggregateVersion()));
        Update state = new Update()
                .set("title", event.title())
                .set("organiserUnitCode", event.organiserUnitCode())
                .set("parentCampaignId", event.parentCampaignId())
                .set("phase", phase)
                .set("version", event.aggregateVersion())
                .set("updatedAt", clock.instant());
        try {
            mongo.upsert(newerThanStored, state, DirectoryCampaign.class);
            return true;
        } catch (DuplicateKeyException stale) {
            log.debug("Ignoring campaign {} version {}: not newer than stored", event.aggregateId(),
                    event.aggregateVersion());
            return false;
        }
    }

    public Optional<DirectoryCampaign> find(String id) {
        return Optional.ofNullable(mongo.findById(id, DirectoryCampaign.class));
    }

    /** One page of the known campaigns, in a stable order (by id). */
    public PageResponse<DirectoryCampaign> page(PageQuery page) {
        long total = mongo.count(new Query(), DirectoryCampaign.class);
        return PageResponse.of(page, mongo.find(new Query().with(Sort.by("_id")).skip(page.offset())
                .limit(page.size()), DirectoryCampaign.class), total);
    }

}
