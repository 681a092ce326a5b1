package vn.tdkt.notification.subscription;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;
import vn.tdkt.notification.delivery.DigestRouter;
import vn.tdkt.notification.delivery.OutgoingEmail;

/**
 * Applies the subscription of the unit an email is for (the first of its unit path): IMMEDIATE lets it through,
 * DAILY_DIGEST holds it in {@code digest_items} for {@link DigestJob}, OFF drops it.
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
    public boolean divert(OutgoingEmail email) {
        if (email.unitPath().isEmpty()) {
            return false;
        }
        String unit = email.unitPath().getFirst();
        return switch (subscriptions.modeOf(unit, email.kind())) {
            case IMMEDIATE -> false;
            case OFF -> true;
            case DAILY_DIGEST -> {
                hold(unit, email);
                yield true;
            }
        };
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
