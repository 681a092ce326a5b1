package vn.tdkt.campaign.campaign;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.campaign.outbox.OutboxWrites;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.support.outbox.PendingEvent;

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

    /** Campaigns matching the filters that are given, oldest first. */
    List<Campaign> findAll(UnitCode organiserUnitCode, Phase phase) {
        Query query = stateOnly(null).with(Sort.by("createdAt", "_id"));
        if (organiserUnitCode != null) {
            query.addCriteria(where("organiserUnitCode").is(organiserUnitCode.value()));
        }
        if (phase != null) {
            query.addCriteria(where("phase").is(phase.name()));
        }
        return mongo.find(query, CampaignDocument.class).stream().map(CampaignDocument::toCampaign).toList();
    }

    void insert(Campaign campaign, List<CampaignEvent> events) {
        CampaignDocument stored = outbox.insert(CampaignDocument.of(campaign, pending(events)));
        campaign.stored(stored.version());
    }

    void update(Campaign campaign, List<CampaignEvent> events) {
        campaign.stored(outbox.update(CampaignDocument.of(campaign, pending(events))));
    }

    private static List<PendingEvent> pending(List<CampaignEvent> events) {
        return events.stream().map(PendingEvent::of).toList();
    }

    /** Reads leave the outbox out: it is the relay's business. */
    private static Query stateOnly(Criteria criteria) {
        Query query = criteria == null ? new Query() : new Query(criteria);
        query.fields().exclude(PendingEvent.FIELD);
        return query;
    }
}
