package vn.tdkt.embeddedmongo.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.embeddedmongo.index.IndexSpec;
import vn.tdkt.embeddedmongo.index.KeyEncoder;
import vn.tdkt.embeddedmongo.index.KeyRange;
import vn.tdkt.embeddedmongo.index.QueryPlan;

/**
 * Deletes documents whose TTL-indexed date is older than {@code expireAfterSeconds}, like MongoDB's
 * TTL monitor but every {@code intervalSeconds} (MongoDB: 60 s) so that tests need not wait a minute.
 * It reads the expired range of the TTL index itself, so it costs nothing while nothing expires.
 */
public final class TtlReaper implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TtlReaper.class);

    private final Catalog catalog;
    private final ScheduledExecutorService scheduler;
    private final AtomicLong deleted = new AtomicLong();
    private final AtomicLong passes = new AtomicLong();

    public TtlReaper(Catalog catalog, long intervalMillis) {
        this.catalog = catalog;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "embedded-mongo-ttl");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::reapSafely, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    public long deletedDocuments() {
        return deleted.get();
    }

    public long passes() {
        return passes.get();
    }

    private void reapSafely() {
        try {
            reap(System.currentTimeMillis());
            passes.incrementAndGet();
        } catch (RuntimeException e) {
            LOG.warn("TTL pass failed: {}", e.toString());
        }
    }

    void reap(long now) {
        for (CollectionStore collection : catalog.all()) {
            for (IndexSpec index : collection.indexes()) {
                if (index.expireAfterSeconds() != null && index.fields().size() == 1) {
                    reap(collection, index, now - index.expireAfterSeconds() * 1000);
                }
            }
        }
    }

    private void reap(CollectionStore collection, IndexSpec index, long cutoff) {
        int direction = index.fields().get(0).direction();
        byte[] lowest = KeyEncoder.encode(new BsonDateTime(Long.MIN_VALUE), direction);
        byte[] limit = KeyEncoder.encode(new BsonDateTime(cutoff), direction);
        KeyRange range = direction > 0 ? new KeyRange(lowest, limit, false)
                : new KeyRange(limit, Keys.successor(lowest), false);
        List<RawBsonDocument> expired = new ArrayList<>();
        try (DocumentScan scan = collection.scan(new QueryPlan(index, List.of(range), false, false), new ScanStats())) {
            while (scan.hasNext() && expired.size() < 10_000) {
                expired.add(scan.next());
            }
        }
        String path = index.fields().get(0).path();
        collection.lock().lock();
        try {
            for (RawBsonDocument doc : expired) {
                RawBsonDocument current = collection.findById(doc.get("_id"));
                if (current != null && isExpired(current, path, cutoff)) {
                    collection.delete(current);
                    deleted.incrementAndGet();
                }
            }
        } finally {
            collection.lock().unlock();
        }
    }

    /** MongoDB expires on the earliest date when the field holds an array of dates. */
    private static boolean isExpired(BsonDocument doc, String path, long cutoff) {
        BsonValue value = doc;
        for (String part : path.split("\\.")) {
            if (!(value instanceof BsonDocument d) || (value = d.get(part)) == null) {
                return false;
            }
        }
        if (value.isDateTime()) {
            return value.asDateTime().getValue() < cutoff;
        }
        if (value.isArray()) {
            return value.asArray().stream().anyMatch(v -> v.isDateTime() && v.asDateTime().getValue() < cutoff);
        }
        return false;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
