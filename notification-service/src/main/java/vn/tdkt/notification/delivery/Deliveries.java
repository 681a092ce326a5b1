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
    /** Deliveries per bulk insert: a few round trips for a fan-out, and the first slice out early. */
    static final int INSERT_SLICE = 200;

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
        List<Delivery> pending = router.route(emails).stream()
                .map(email -> Delivery.pending(UUID.randomUUID().toString(), email, clock.instant(), traceparent))
                .toList();
        int created = 0;
        // In slices, the senders nudged after the first: a launch to thousands of contacts starts going out while
        // the rest is still being stored (each delivery is stored before it can be claimed, as before).
        for (int from = 0; from < pending.size(); from += INSERT_SLICE) {
            int inserted = store.insertAllIfAbsent(pending.subList(from, Math.min(pending.size(), from + INSERT_SLICE)));
            for (int i = 0; i < inserted; i++) {
                metrics.created();
            }
            created += inserted;
            if (inserted > 0) {
                dispatcher.nudge();
            }
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
