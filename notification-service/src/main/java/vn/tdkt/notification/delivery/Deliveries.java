package vn.tdkt.notification.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.tracing.Traceparents;

/** The delivery feature's entry point: features enqueue emails, people list what was sent. */
@Service
public class Deliveries implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final DeliveryStore store;
    private final DeliveryDispatcher dispatcher;
    private final DeliveryMetrics metrics;
    private final NotificationProperties properties;
    private final Clock clock;
    private final DigestRouter router;

    Deliveries(DeliveryStore store, DeliveryDispatcher dispatcher, DeliveryMetrics metrics,
               NotificationProperties properties, Clock clock, ObjectProvider<DigestRouter> router) {
        this.store = store;
        this.properties = properties;
        this.dispatcher = dispatcher;
        this.metrics = metrics;
        this.clock = clock;
        this.router = router.getIfAvailable(() -> emails -> emails);
    }

    /** Ensures the indexes before any consumer can insert (runs while the context starts, before bindings). */
    @Override
    public void afterPropertiesSet() {
        store.createIndexes(properties.sentRetention());
    }

    /**
     * Records one PENDING delivery per email that its unit's subscription wants now (see {@link DigestRouter});
     * an (eventId, recipient, channel) already recorded is skipped, so
     * handling the same event twice sends nothing more. Returns how many were new. Each delivery keeps the
     * trace current here (the consumer's span, which continues the request that caused the event).
     */
    public int enqueue(List<OutgoingEmail> emails) {
        String traceparent = Traceparents.current();
        int created = 0;
        for (OutgoingEmail email : router.route(emails)) {
            Delivery delivery = Delivery.pending(UUID.randomUUID().toString(), email, clock.instant(), traceparent);
            if (store.insertIfAbsent(delivery)) {
                metrics.created();
                created++;
            }
        }
        if (created > 0) {
            dispatcher.nudge();
        }
        return created;
    }

    /**
     * DEAD deliveries (all, or of one event, or with these ids; filters combine) back to PENDING with
     * attempts from zero, due now; returns how many. Nothing else is touched: a delivery that is not DEAD stays.
     */
    long requeueDead(Optional<UUID> eventId, List<String> ids) {
        long requeued = store.requeueDead(eventId, ids, clock.instant());
        log.info("Requeued {} DEAD deliveries (event {}, {} ids given)", requeued, eventId.map(UUID::toString)
                .orElse("any"), ids.size());
        if (requeued > 0) {
            dispatcher.nudge();
        }
        return requeued;
    }

    PageResponse<Delivery> find(DeliveryFilter filter, PageQuery page) {
        return store.find(filter, page);
    }
}
