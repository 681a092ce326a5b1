package vn.tdkt.delegate.exemplary;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * How many exemplary people and collectives each unit's subtree has: the one read the congress feature makes of
 * this projection, to allocate seats by honours. Counts only, no personal data.
 */
@Component
public class ExemplaryCounts {

    private final ExemplaryPeopleRepository people;
    private final MongoOperations mongo;

    ExemplaryCounts(ExemplaryPeopleRepository people, MongoOperations mongo) {
        this.people = people;
        this.mongo = mongo;
    }

    /** Per unit (in the order asked), the exemplary lines of that unit and every unit below it. */
    public Map<String, Long> inSubtrees(List<String> unitCodes) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String unit : unitCodes) {
            counts.put(unit, mongo.count(new Query(where("unitCode").in(people.subtree(unit))), ExemplaryPerson.class));
        }
        return counts;
    }
}
