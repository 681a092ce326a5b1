package vn.tdkt.notification.subscription;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;
import vn.tdkt.notification.delivery.DigestRouter;
import vn.tdkt.notification.delivery.OutgoingEmail;

/**
 * Applies the subscription of the unit an email is for (the first of its unit path): IMMEDIATE lets it through,
 * DAILY_DIGEST holds it in {@code digest_items} for {@link DigestJob}, OFF drops it. The subscriptions of a
 * batch's units are read in one query.
 */
@Component
class SubscriptionRouter implements DigestRouter {

    private final Subscriptions subscriptions;
    private final MongoOperations mongo;
    private final Clock clock;

    SubscriptionRouter(Subscriptions subscriptions, MongoOperations mongo, Clock clock) {
        this.subscriptions = subscriptions;
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public List<OutgoingEmail> route(List<OutgoingEmail> emails) {
        Map<String, Subscription> chosen = subscriptions.of(emails.stream().filter(email -> !email.unitPath().isEmpty())
                .map(email -> email.unitPath().getFirst()).distinct().toList());
        List<OutgoingEmail> now = new ArrayList<>();
        for (OutgoingEmail email : emails) {
            switch (mode(chosen, email)) {
                case IMMEDIATE -> now.add(email);
                case DAILY_DIGEST -> hold(email.unitPath().getFirst(), email);
                case OFF -> {
                    // the unit does not want this kind
                }
            }
        }
        return now;
    }

    private static DeliveryMode mode(Map<String, Subscription> chosen, OutgoingEmail email) {
        if (email.unitPath().isEmpty() || email.kind() == null || Subscriptions.NOT_SUBSCRIBABLE.contains(email.kind())) {
            return DeliveryMode.IMMEDIATE;
        }
        Subscription subscription = chosen.get(email.unitPath().getFirst());
        return subscription == null ? DeliveryMode.IMMEDIATE : subscription.modeOf(email.kind());
    }

    private void hold(String unit, OutgoingEmail email) {
        String day = LocalDate.ofInstant(clock.instant(), DigestJob.VIETNAM).toString();
        try {
            mongo.insert(new DigestItem(email.eventId() + "|" + email.recipient(), unit, email.recipient(), day,
                    email.kind(), email.eventType(), email.subject(), email.link(), clock.instant()));
        } catch (DuplicateKeyException alreadyHeld) {
            // the same event handled again: held once
        }
    }
}
