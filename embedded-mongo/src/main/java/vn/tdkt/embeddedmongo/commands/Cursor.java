package vn.tdkt.embeddedmongo.commands;

import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import vn.tdkt.embeddedmongo.storage.BsonBytes;

/** An open server-side cursor: the rest of a result, handed out in batches by getMore. */
final class Cursor {

    /** A reply batch must fit a 16 MiB reply document, as in MongoDB. */
    static final int MAX_BATCH_BYTES = 16 * 1024 * 1024 - 64 * 1024;
    static final int DEFAULT_FIRST_BATCH = 101;

    private final long id;
    private final String namespace;
    private final ResultIterator source;
    private volatile long lastUsedNanos = System.nanoTime();
    private BsonDocument carried; // a document that did not fit the previous batch

    Cursor(long id, String namespace, ResultIterator source) {
        this.id = id;
        this.namespace = namespace;
        this.source = source;
    }

    long id() {
        return id;
    }

    String namespace() {
        return namespace;
    }

    long lastUsedNanos() {
        return lastUsedNanos;
    }

    /** Up to {@code batchSize} documents (0 = no count limit) within the byte budget. */
    synchronized List<BsonDocument> nextBatch(int batchSize) {
        lastUsedNanos = System.nanoTime();
        List<BsonDocument> batch = new ArrayList<>();
        long bytes = 0;
        while (batchSize <= 0 || batch.size() < batchSize) {
            BsonDocument doc;
            if (carried != null) {
                doc = carried;
                carried = null;
            } else if (source.hasNext()) {
                doc = source.next();
            } else {
                break;
            }
            int size = BsonBytes.size(doc);
            if (!batch.isEmpty() && bytes + size > MAX_BATCH_BYTES) {
                carried = doc;
                break;
            }
            batch.add(doc);
            bytes += size;
        }
        lastUsedNanos = System.nanoTime();
        return batch;
    }

    synchronized boolean exhausted() {
        return carried == null && !source.hasNext();
    }

    synchronized void close() {
        source.close();
    }
}
