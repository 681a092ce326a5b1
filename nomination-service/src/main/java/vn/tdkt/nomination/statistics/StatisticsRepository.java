package vn.tdkt.nomination.statistics;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.stereotype.Repository;
import vn.tdkt.support.statistics.ReportPeriod;

/**
 * The counts behind the statistics, each one aggregation over one feature's collection, grouped on the server so
 * that a province's year is a few dozen rows, not its documents. Reads the stored fields of the other features
 * (their collection and field names are named here, once): a report crosses every feature, and going through
 * each feature's objects would load every dossier to count it.
 */
@Repository
class StatisticsRepository {

    static final String NOMINATIONS = "nominations";
    static final String DECISIONS = "decisions";
    static final String EXEMPLARS = "exemplar_registrations";
    static final String SESSIONS = "council_sessions";

    private final MongoOperations mongo;

    StatisticsRepository(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** One group's key fields and how many it holds. */
    record Row(Document key, long count) {
        String text(String field) {
            Object value = key.get(field);
            return value == null ? null : value.toString();
        }
    }

    /** Dossiers the subtree's units nominated, created in the period, by award code and status. */
    List<Row> nominations(Collection<String> units, ReportPeriod period) {
        return group(NOMINATIONS, List.of(Aggregation.match(where("nominatingUnitCode").in(units)
                        .and("createdAt").gte(Date.from(period.start())).lt(Date.from(period.end())))),
                "awardCode", "status");
    }

    /**
     * Honours conferred on the subtree's people and collectives by decisions dated in the period (whoever granted
     * them), by award code and the grantor's level.
     */
    List<Row> honoursConferred(Collection<String> units, ReportPeriod period) {
        return group(DECISIONS, List.of(
                        Aggregation.match(where("date").gte(period.from()).lte(period.to())),
                        Aggregation.unwind("honours"),
                        Aggregation.match(where("honours.nomineeUnitCode").in(units)),
                        Aggregation.project("grantorLevel").and("honours.awardCode").as("awardCode")
                                .and("honours.recipientKind").as("recipientKind")),
                "awardCode", "grantorLevel", "recipientKind");
    }

    /** Exemplars the subtree's offices registered for the months of the period, by month and kind. */
    List<Row> exemplars(Collection<String> units, ReportPeriod period) {
        return group(EXEMPLARS, List.of(
                        Aggregation.match(where("unitCode").in(units).and("month")
                                .gte(period.firstMonth().toString()).lte(period.lastMonth().toString())),
                        Aggregation.unwind("entries"),
                        Aggregation.project("month", "unitCode").and("entries.recipientKind").as("recipientKind")),
                "month", "recipientKind");
    }

    /** Offices of the subtree that registered for each month of the period. */
    List<Row> registeringOffices(Collection<String> units, ReportPeriod period) {
        return group(EXEMPLARS, List.of(Aggregation.match(where("unitCode").in(units).and("month")
                .gte(period.firstMonth().toString()).lte(period.lastMonth().toString()))), "month");
    }

    /** Voting sessions of the subtree's councils opened in the period, by status. */
    List<Row> sessions(Collection<String> units, ReportPeriod period) {
        return group(SESSIONS, List.of(Aggregation.match(where("councilUnitCode").in(units)
                .and("openedAt").gte(Date.from(period.start())).lt(Date.from(period.end())))), "status");
    }

    /** Dossiers put to the vote in the subtree's closed sessions opened in the period. */
    long dossiersVoted(Collection<String> units, ReportPeriod period) {
        List<Row> rows = group(SESSIONS, List.of(
                Aggregation.match(where("councilUnitCode").in(units).and("status").is("CLOSED")
                        .and("openedAt").gte(Date.from(period.start())).lt(Date.from(period.end()))),
                Aggregation.unwind("items"),
                Aggregation.project("status")), "status");
        return rows.stream().mapToLong(Row::count).sum();
    }

    private List<Row> group(String collection, List<AggregationOperation> stages, String... keys) {
        List<AggregationOperation> pipeline = new java.util.ArrayList<>(stages);
        pipeline.add(Aggregation.group(keys).count().as("n"));
        return mongo.aggregate(Aggregation.newAggregation(pipeline), collection, Document.class).getMappedResults()
                .stream().map(d -> new Row(key(d, keys), ((Number) d.get("n")).longValue())).toList();
    }

    /** {@code _id} is the key document for several fields, the value itself for one. */
    private static Document key(Document grouped, String... keys) {
        Object id = grouped.get("_id");
        if (keys.length == 1) {
            return new Document(keys[0], id);
        }
        return id instanceof Document d ? d : new Document();
    }
}
