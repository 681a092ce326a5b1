package vn.tdkt.campaign.statistics;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.support.security.UnitTree;
import vn.tdkt.support.statistics.ReportPeriod;

/**
 * The reads behind the statistics, over the collections of the registry, the campaigns, the registrations and the
 * blocs (their names and fields are named here, once): a report crosses every feature, and counting is done on the
 * server or over projections of a few fields, never by loading the aggregates.
 */
@Repository
class StatisticsRepository {

    static final String UNITS = "units";
    static final String CAMPAIGNS = "campaigns";
    static final String REGISTRATIONS = "registrations";
    static final String BLOCS = "blocs";
    /** A campaign that was never launched, or was called off, asks nobody to act. */
    static final List<String> NOT_LAUNCHED = List.of("DRAFT", "CANCELLED");

    private final MongoOperations mongo;

    StatisticsRepository(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * {@code root} and every unit below it in the registry today, a merged unit under its successor (as for
     * authorization); empty when the registry has no such unit.
     */
    Set<String> subtree(String root) {
        if (mongo.count(Query.query(where("_id").is(root)), UNITS) == 0) {
            return Set.of();
        }
        Set<String> found = new LinkedHashSet<>(List.of(root));
        Set<String> frontier = Set.of(root);
        for (int depth = 0; !frontier.isEmpty() && depth < UnitTree.MAX_DEPTH; depth++) {
            Set<String> parents = frontier;
            Set<String> next = new LinkedHashSet<>();
            Query children = Query.query(new Criteria().orOperator(where("parentCode").in(parents),
                    where("successorCode").in(parents))).with(Sort.by("_id"));
            children.fields().include("_id", "parentCode", "successorCode", "status");
            for (Document unit : mongo.find(children, Document.class, UNITS)) {
                boolean merged = "MERGED".equals(unit.getString("status")) && unit.getString("successorCode") != null;
                String treeParent = merged ? unit.getString("successorCode") : unit.getString("parentCode");
                if (parents.contains(treeParent) && found.add(unit.getString("_id"))) {
                    next.add(unit.getString("_id"));
                }
            }
            frontier = next;
        }
        return found;
    }

    /** Successors of the merged units among {@code codes}: code → successor code. */
    java.util.Map<String, String> successors(Collection<String> codes) {
        Query merged = Query.query(where("_id").in(codes).and("status").is("MERGED"));
        merged.fields().include("_id", "successorCode");
        java.util.Map<String, String> successors = new java.util.HashMap<>();
        mongo.find(merged, Document.class, UNITS).forEach(u -> {
            if (u.getString("successorCode") != null) {
                successors.put(u.getString("_id"), u.getString("successorCode"));
            }
        });
        return successors;
    }

    /** A count of campaigns by kind and phase. */
    record KindPhase(String kind, String phase, long count) {
    }

    /** Campaigns organised by the unit or below it (their organiser path names it) whose period meets this one. */
    List<KindPhase> organised(String unit, ReportPeriod period) {
        return mongo.aggregate(Aggregation.newAggregation(
                        Aggregation.match(where("organiserPath").is(unit).andOperator(overlapping(period))),
                        Aggregation.group("kind", "phase").count().as("n")), CAMPAIGNS, Document.class)
                .getMappedResults().stream().map(d -> {
                    Document id = d.get("_id", Document.class);
                    return new KindPhase(id.getString("kind"), id.getString("phase"), ((Number) d.get("n")).longValue());
                }).toList();
    }

    /** A launched campaign addressed to units, reduced to what the cascade figures need. */
    record Addressed(String id, String title, String organiserUnitCode, List<String> recipientUnitCodes) {
    }

    /** Launched campaigns whose period meets this one and that ask one of {@code units} to act. */
    List<Addressed> addressedTo(Collection<String> units, ReportPeriod period) {
        Query query = Query.query(where("recipientUnitCodes").in(units).and("phase").nin(NOT_LAUNCHED)
                .andOperator(overlapping(period))).with(Sort.by("startDate", "_id"));
        query.fields().include("_id", "title", "organiserUnitCode", "recipientUnitCodes");
        return mongo.find(query, Document.class, CAMPAIGNS).stream().map(d -> new Addressed(d.getString("_id"),
                d.getString("title"), d.getString("organiserUnitCode"),
                d.getList("recipientUnitCodes", String.class, List.of()))).toList();
    }

    /** parent campaign id → the organisers that launched a campaign implementing it. */
    record Implementation(String parentCampaignId, String organiserUnitCode) {
    }

    List<Implementation> launchedImplementations(Collection<String> parentIds) {
        Query query = Query.query(where("parentCampaignId").in(parentIds).and("phase").nin(NOT_LAUNCHED));
        query.fields().include("parentCampaignId", "organiserUnitCode");
        return mongo.find(query, Document.class, CAMPAIGNS).stream()
                .map(d -> new Implementation(d.getString("parentCampaignId"), d.getString("organiserUnitCode")))
                .toList();
    }

    /** (campaign id, unit code) of the registrations the units filed for the campaigns. */
    List<List<String>> registrations(Collection<String> campaignIds, Collection<String> units) {
        Query query = Query.query(where("campaignId").in(campaignIds).and("unitCode").in(units));
        query.fields().include("campaignId", "unitCode");
        return mongo.find(query, Document.class, REGISTRATIONS).stream()
                .map(d -> List.of(d.getString("campaignId"), d.getString("unitCode"))).toList();
    }

    /** A bloc year reduced to its phase and the number of scorecards it holds. */
    record BlocYear(String id, String phase, int scorecards) {
    }

    /** Blocs organised by the subtree's units for the years the period touches. */
    List<BlocYear> blocs(Collection<String> units, ReportPeriod period) {
        Query query = Query.query(where("organiserUnitCode").in(units).and("year")
                .gte(period.from().getYear()).lte(period.to().getYear()));
        query.fields().include("_id", "phase", "scorecards.kind");
        return mongo.find(query, Document.class, BLOCS).stream().map(d -> new BlocYear(d.getString("_id"),
                d.getString("phase"), d.getList("scorecards", Document.class, new ArrayList<>()).size())).toList();
    }

    /** Stored dates are the driver's (useNativeDriverJavaTimeCodecs), so LocalDate compares as stored. */
    private static Criteria overlapping(ReportPeriod period) {
        return new Criteria().andOperator(where("startDate").lte(period.to()), where("endDate").gte(period.from()));
    }
}
