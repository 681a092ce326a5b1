package vn.tdkt.notification.subscription;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.tdkt.notification.template.MailTemplates;

/** The units' subscriptions ({@code unit_subscriptions}, one document per unit, replaced whole by a PUT). */
@Service
class Subscriptions {

    /** The digest itself and the escalations are not subscribable: one is the subscription, the other is owed. */
    static final Set<String> NOT_SUBSCRIBABLE = Set.of(DigestJob.KIND, "deadline-escalation");

    private final MongoOperations mongo;
    private final Clock clock;

    Subscriptions(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The kinds a unit may choose for, sorted. */
    static Set<String> kinds() {
        return MailTemplates.KINDS.stream().filter(kind -> !NOT_SUBSCRIBABLE.contains(kind))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    DeliveryMode modeOf(String unitCode, String kind) {
        if (kind == null || NOT_SUBSCRIBABLE.contains(kind)) {
            return DeliveryMode.IMMEDIATE;
        }
        return Optional.ofNullable(mongo.findById(unitCode, Subscription.class))
                .map(subscription -> subscription.modeOf(kind)).orElse(DeliveryMode.IMMEDIATE);
    }

    /** The stored choices of these units (a unit without a document chooses IMMEDIATE for everything). */
    Map<String, Subscription> of(Collection<String> unitCodes) {
        Map<String, Subscription> found = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(unitCodes)), Subscription.class)
                .forEach(subscription -> found.put(subscription.unitCode(), subscription));
        return found;
    }

    /** Every subscribable kind with its mode (IMMEDIATE unless chosen otherwise). */
    Map<String, DeliveryMode> of(String unitCode) {
        Subscription stored = mongo.findById(unitCode, Subscription.class);
        Map<String, DeliveryMode> all = new TreeMap<>();
        kinds().forEach(kind -> all.put(kind, stored == null ? DeliveryMode.IMMEDIATE : stored.modeOf(kind)));
        return all;
    }

    /** Replaces the unit's choices; kinds not given go back to IMMEDIATE. */
    void replace(String unitCode, Map<String, DeliveryMode> kinds, String by) {
        mongo.save(new Subscription(unitCode, kinds, clock.instant(), by));
    }
}
