package vn.tdkt.delegate.statistics;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.support.statistics.ReportPeriod;

/**
 * The reads behind the statistics over the congresses and delegate lists (collection and field names named here,
 * once), each reduced at once to what is counted: a delegate leaves this class as a category, a gender and an
 * ethnicity, never with a name or a birth year.
 */
@Repository
class StatisticsRepository {

    static final String CONGRESSES = "congresses";
    static final String LISTS = "delegate_lists";

    private final MongoOperations mongo;

    StatisticsRepository(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** A congress as the figures need it; {@code seatsAllocated} from its current (newest) allocation, or null. */
    record CongressRow(String id, String title, String organiserUnitCode, String level, String form, String status,
                       String date, int maxDelegates, Long seatsAllocated) {
    }

    /** Congresses the subtree's units organise, dated in the period (dates are ISO text: they compare as dates). */
    List<CongressRow> congresses(Collection<String> units, ReportPeriod period) {
        Query query = Query.query(where("organiserUnitCode").in(units).and("date").gte(period.from().toString())
                .lte(period.to().toString())).with(Sort.by("date", "_id"));
        query.fields().include("_id", "title", "organiserUnitCode", "level", "form", "status", "date", "maxDelegates",
                "allocations.seats");
        return mongo.find(query, Document.class, CONGRESSES).stream().map(d -> {
            List<Document> allocations = d.getList("allocations", Document.class, List.of());
            Object seats = allocations.isEmpty() ? null : allocations.getLast().get("seats");
            Object max = d.get("maxDelegates");
            return new CongressRow(d.getString("_id"), d.getString("title"), d.getString("organiserUnitCode"),
                    d.getString("level"), d.getString("form"), d.getString("status"), d.getString("date"),
                    max == null ? 0 : ((Number) max).intValue(), seats == null ? null : ((Number) seats).longValue());
        }).toList();
    }

    /** A delegate as counted: the list's congress and status, the delegate's category, gender and ethnicity. */
    record DelegateRow(String congressId, String listStatus, String category, String gender, String ethnicity) {
    }

    List<DelegateRow> delegates(Collection<String> congressIds) {
        Query query = Query.query(where("congressId").in(congressIds));
        query.fields().include("congressId", "status", "delegates.category", "delegates.gender",
                "delegates.ethnicity");
        return mongo.find(query, Document.class, LISTS).stream().flatMap(list -> list
                .getList("delegates", Document.class, List.of()).stream()
                .map(d -> new DelegateRow(list.getString("congressId"), list.getString("status"),
                        d.getString("category"), d.getString("gender"), d.getString("ethnicity")))).toList();
    }
}
