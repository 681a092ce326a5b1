package vn.tdkt.campaign.campaign;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static vn.tdkt.support.outbox.OutboxWrites.pending;
import static vn.tdkt.support.outbox.OutboxWrites.stateOnly;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.events.campaign.CampaignEvent;

/** Campaigns in MongoDB, each stored with the events of its last changes until the relay publishes them. */
@Repository
class CampaignRepository {

    private final MongoOperations mongo;
    private final OutboxWrites outbox;

    CampaignRepository(MongoOperations mongo, OutboxWrites outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    Optional<Campaign> find(CampaignId id) {
        return Optional.ofNullable(mongo.findOne(stateOnly(where("_id").is(id.value())), CampaignDocument.class))
                .map(CampaignDocument::toCampaign);
    }

    boolean exists(CampaignId id) {
        return mongo.exists(new Query(where("_id").is(id.value())), CampaignDocument.class);
    }

    /** One page of the campaigns matching the filters that are given, oldest first. */
    PageResponse<Campaign> findAll(UnitCode organiserUnitCode, Phase phase, PageQuery page) {
        Query query = stateOnly(null);
        if (organiserUnitCode != null) {
            query.addCriteria(where("organiserUnitCode").is(organiserUnitCode.value()));
        }
        if (phase != null) {
            query.addCriteria(where("phase").is(phase.name()));
        }
        long total = mongo.count(query, CampaignDocument.class);
        List<Campaign> items = mongo.find(query.with(Sort.by("createdAt", "_id")).skip(page.offset())
                .limit(page.size()), CampaignDocument.class).stream().map(CampaignDocument::toCampaign).toList();
        return PageResponse.of(page, items, total);
    }

    void insert(Campaign campaign, List<CampaignEvent> events) {
        CampaignDocument stored = outbox.insert(CampaignDocument.of(campaign, pending(events)));
        campaign.stored(stored.version());
    }

    void update(Campaign campaign, List<CampaignEvent> events) {
        campaign.stored(outbox.update(CampaignDocument.of(campaign, pending(events))));
    }
}
