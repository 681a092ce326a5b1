package vn.tdkt.embeddedmongo.commands;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.bson.BsonDocument;
import vn.tdkt.embeddedmongo.error.MongoError;

/**
 * The open cursors of the whole server (any connection may getMore any cursor, as in MongoDB), and
 * a sweeper that kills cursors idle longer than the timeout (MongoDB's default: 10 minutes).
 */
public final class CursorRegistry implements AutoCloseable {

    private final Map<Long, Cursor> cursors = new ConcurrentHashMap<>();
    private final long timeoutNanos;
    private final ScheduledExecutorService sweeper;
    private volatile long timedOut;

    public CursorRegistry(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "embedded-mongo-cursor-sweeper");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(50, Math.min(timeout.toMillis() / 2, 5_000));
        sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    Cursor open(String namespace, ResultIterator source) {
        long id;
        do {
            id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        } while (cursors.containsKey(id));
        Cursor cursor = new Cursor(id, namespace, source);
        cursors.put(id, cursor);
        return cursor;
    }

    Cursor get(long id) {
        Cursor cursor = cursors.get(id);
        if (cursor == null) {
            throw new MongoError(43, "CursorNotFound", "cursor id " + id + " not found");
        }
        return cursor;
    }

    boolean kill(long id) {
        Cursor cursor = cursors.remove(id);
        if (cursor != null) {
            cursor.close();
            return true;
        }
        return false;
    }

    public int open() {
        return cursors.size();
    }

    public long timedOut() {
        return timedOut;
    }

    BsonDocument metrics() {
        return new BsonDocument("timedOut", new org.bson.BsonInt64(timedOut))
                .append("open", new BsonDocument("total", new org.bson.BsonInt64(cursors.size())));
    }

    private void sweep() {
        long now = System.nanoTime();
        for (Cursor cursor : List.copyOf(cursors.values())) {
            if (now - cursor.lastUsedNanos() > timeoutNanos && kill(cursor.id())) {
                timedOut++;
            }
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        for (Long id : List.copyOf(cursors.keySet())) {
            kill(id);
        }
    }
}
