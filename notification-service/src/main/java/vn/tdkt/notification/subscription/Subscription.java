package vn.tdkt.notification.subscription;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one unit's people chose: a mode per email kind (template kind); a kind not listed is IMMEDIATE.
 *
 * @param updatedBy the subject of the token that saved it (an account name, not an address)
 */
@Document(Subscription.COLLECTION)
record Subscription(@Id String unitCode, Map<String, DeliveryMode> kinds, Instant updatedAt, String updatedBy) {

    static final String COLLECTION = "unit_subscriptions";

    Subscription {
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
    }

    DeliveryMode modeOf(String kind) {
        return kinds.getOrDefault(kind, DeliveryMode.IMMEDIATE);
    }
}
