package vn.tdkt.campaign.campaign;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static vn.tdkt.support.outbox.OutboxWrites.pending;
import static vn.tdkt.support.outbox.OutboxWrites.stateOnly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.security.UnitTree;

/** Campaigns in MongoDB, each stored with the events of its last changes until the relay publishes them. */
@Repository
class CampaignRepository {

    private final MongoOperations mongo;
    private final OutboxWrites outbox;
    private final UnitTree units;

    CampaignRepository(MongoOperations mongo, OutboxWrites outbox, UnitTree units) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.units = units;
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
        return search(new CampaignFilter(organiserUnitCode, false, null, phase, null, List.of()), page);
    }

    /**
     * One page of the campaigns matching every filter given, oldest first (then by id). The organiser
     * with its subtree is one equality on the indexed {@code organiserPath}; the words of a text
     * search must all be among the campaign's indexed {@code searchTerms}; a year keeps the campaigns
     * whose period overlaps it.
     */
    PageResponse<Campaign> search(CampaignFilter filter, PageQuery page) {
        Query query = stateOnly(null);
        if (filter.organiser() != null) {
            query.addCriteria(where(filter.subtree() ? "organiserPath" : "organiserUnitCode")
                    .is(filter.organiser().value()));
        }
        if (filter.phase() != null) {
            query.addCriteria(where("phase").is(filter.phase().name()));
        }
        if (filter.kind() != null) {
            query.addCriteria(where("kind").is(filter.kind().name()));
        }
        if (filter.year() != null) {
            query.addCriteria(where("startDate").lte(LocalDate.of(filter.year(), 12, 31)));
            query.addCriteria(where("endDate").gte(LocalDate.of(filter.year(), 1, 1)));
        }
        if (!filter.terms().isEmpty()) {
            query.addCriteria(where("searchTerms").all(filter.terms()));
        }
        long total = mongo.count(query, CampaignDocument.class);
        List<Campaign> items = mongo.find(query.with(Sort.by("createdAt", "_id")).skip(page.offset())
                .limit(page.size()), CampaignDocument.class).stream().map(CampaignDocument::toCampaign).toList();
        return PageResponse.of(page, items, total);
    }

    /** The campaigns that implement any of {@code parents}, oldest first, at most {@code limit}. */
    List<Campaign> implementing(Collection<CampaignId> parents, int limit) {
        Query query = stateOnly(where("parentCampaignId").in(parents.stream().map(CampaignId::value).toList()));
        return mongo.find(query.with(Sort.by("createdAt", "_id")).limit(limit), CampaignDocument.class).stream()
                .map(CampaignDocument::toCampaign).toList();
    }

    void insert(Campaign campaign, List<CampaignEvent> events) {
        CampaignDocument stored = outbox.insert(CampaignDocument.of(campaign, pathOf(campaign.plan().organiserUnitCode()),
                pending(events)));
        campaign.stored(stored.version());
    }

    void update(Campaign campaign, List<CampaignEvent> events) {
        campaign.stored(outbox.update(CampaignDocument.of(campaign, pathOf(campaign.plan().organiserUnitCode()),
                pending(events))));
    }

    /**
     * Writes the organiser path afresh on every campaign whose path names one of {@code units}: they moved
     * or were merged, so their campaigns (and those of the units below them) sit elsewhere in the tree now.
     * A path depends on its organiser alone, so it is computed once per organiser and written with one
     * {@code updateMulti} per organiser, all in one bulk write. The version is left alone and no event is
     * stored: the path is search data derived from the registry, not part of the published campaign, so
     * consumers have nothing to learn and a concurrent plan change is not refused for it.
     *
     * @return how many organisers' campaigns were rewritten
     */
    int refreshPaths(Collection<UnitCode> units) {
        List<String> organisers = mongo.findDistinct(new Query(where("organiserPath")
                        .in(units.stream().map(UnitCode::value).toList())), "organiserUnitCode",
                CampaignDocument.class, String.class);
        if (organisers.isEmpty()) {
            return 0;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CampaignDocument.class);
        for (String organiser : organisers) {
            bulk.updateMulti(new Query(where("organiserUnitCode").is(organiser)),
                    new Update().set("organiserPath", pathOf(new UnitCode(organiser))));
        }
        bulk.execute();
        return organisers.size();
    }

    /**
     * The organiser and its ancestors, so that a subtree is one indexed equality (refreshed at every write
     * and by {@link #refreshPaths}). A merged unit's parent is its successor (the registry's tree says so),
     * so a merged organiser's campaigns are found under the successor too.
     */
    private List<String> pathOf(UnitCode organiser) {
        List<String> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = organiser.value();
        while (current != null && path.size() < UnitTree.MAX_DEPTH && seen.add(current)) {
            path.add(current);
            current = units.parentOf(current).orElse(null);
        }
        return path;
    }

    /** The list filters; null (or empty terms) means "any". */
    record CampaignFilter(UnitCode organiser, boolean subtree, Integer year, Phase phase, CampaignKind kind,
                          List<String> terms) {
    }
}
