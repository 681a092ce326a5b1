package vn.tdkt.notification.unit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.tdkt.events.unit.UnitContact;
import vn.tdkt.events.unit.UnitEvent;

/**
 * The named people of each unit as its unit events carry them (issue 11): the emulation officer (cán bộ thi đua),
 * who is mailed with the unit's contacts, and the leader (lãnh đạo), to whom ignored deadlines escalate. Only the
 * e-mail addresses are kept ({@code unit_people}: {@code _id} unit code, {@code officer}, {@code leader},
 * {@code version}), lower-case; the newest {@code aggregateVersion} wins, as in the unit projection.
 */
@Component
public class UnitPeople {

    static final String COLLECTION = "unit_people";

    private final MongoOperations mongo;

    public UnitPeople(MongoOperations mongo) {
        this.mongo = mongo;
    }

    void apply(UnitEvent event) {
        Update update = new Update().set("officer", email(event.officer())).set("leader", email(event.leader()))
                .set("version", event.aggregateVersion());
        Query olderOrAbsent = Query.query(Criteria.where("_id").is(event.code())
                .orOperator(Criteria.where("version").lt(event.aggregateVersion()),
                        Criteria.where("version").exists(false)));
        try {
            mongo.upsert(olderOrAbsent, update, COLLECTION);
        } catch (DuplicateKeyException newerAlreadyThere) {
            // a newer version is stored: this older event changes nothing
        }
    }

    /** The leader's address of each unit that has one named. */
    public Map<String, String> leadersOf(Collection<String> unitCodes) {
        return field(unitCodes, "leader");
    }

    /** The officer's address of each unit that has one named. */
    public Map<String, String> officersOf(Collection<String> unitCodes) {
        return field(unitCodes, "officer");
    }

    private Map<String, String> field(Collection<String> unitCodes, String field) {
        Map<String, String> found = new LinkedHashMap<>();
        if (unitCodes.isEmpty()) {
            return found;
        }
        mongo.find(Query.query(Criteria.where("_id").in(unitCodes)), Document.class, COLLECTION)
                .forEach(doc -> Optional.ofNullable(doc.getString(field)).ifPresent(email ->
                        found.put(doc.getString("_id"), email)));
        return found;
    }

    private static String email(UnitContact contact) {
        if (contact == null || contact.email() == null || contact.email().isBlank()) {
            return null;
        }
        return contact.email().strip().toLowerCase(Locale.ROOT);
    }
}
