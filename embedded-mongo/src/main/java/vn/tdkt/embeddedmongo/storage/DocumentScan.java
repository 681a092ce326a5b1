package vn.tdkt.embeddedmongo.storage;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.bson.RawBsonDocument;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;
import org.rocksdb.Snapshot;
import org.rocksdb.Status;
import vn.tdkt.embeddedmongo.error.MongoError;
import vn.tdkt.embeddedmongo.index.KeyRange;
import vn.tdkt.embeddedmongo.index.QueryPlan;

/**
 * Lazily yields the documents a plan's key ranges reach, one RocksDB iterator at a time, so a
 * cursor over millions of documents holds only its current position on the heap. The iterator
 * reads a consistent snapshot taken when its first range opens (one iterator bounded to a range, or to the span of
 * a forward scan's ranges, all on that snapshot); documents fetched through a secondary
 * index are read at their latest version, and callers re-check the filter on every one.
 */
public final class DocumentScan implements Iterator<RawBsonDocument>, AutoCloseable {

    private final CollectionStore collection;
    private final QueryPlan plan;
    private final ScanStats stats;
    private final byte[] keyspace;
    private final boolean documents;
    private final Set<BytesKey> seen;
    private RocksIterator iterator;
    private ReadOptions options;
    private Slice lowerBound;
    private Slice upperBound;
    private Snapshot snapshot;
    private int rangeIndex = -1;
    private byte[] rangeStart;
    private byte[] rangeEnd;
    private RawBsonDocument next;
    private boolean closed;

    DocumentScan(CollectionStore collection, QueryPlan plan, ScanStats stats) {
        this.collection = collection;
        this.plan = plan;
        this.stats = stats;
        this.documents = plan.index().isId();
        this.keyspace = documents ? collection.docPrefix() : Keys.prefix(Keys.INDEX, plan.index().id());
        // A multikey index yields a document once per matching element; report it once.
        this.seen = !documents && plan.index().multikey() ? new HashSet<>() : null;
    }

    public QueryPlan plan() {
        return plan;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !closed) {
            next = advance();
            if (next == null && !nextRange()) {
                close();
            }
        }
        return next != null;
    }

    @Override
    public RawBsonDocument next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawBsonDocument doc = next;
        next = null;
        return doc;
    }

    /** Moves to the next key range; false when there is none. */
    private boolean nextRange() {
        List<KeyRange> ranges = plan.ranges();
        rangeIndex++;
        if (rangeIndex >= ranges.size()) {
            return false;
        }
        KeyRange range = ranges.get(plan.reverse() ? ranges.size() - 1 - rangeIndex : rangeIndex);
        if (range.point()) {
            rangeStart = null;
            pointKey = Keys.concat(keyspace, range.start());
            return true;
        }
        pointKey = null;
        byte[] previousEnd = rangeEnd;
        rangeStart = Keys.concat(keyspace, range.start());
        rangeEnd = range.end() == null ? Keys.successor(keyspace) : Keys.concat(keyspace, range.end());
        if (sharing()) {
            seekShared(ranges, previousEnd);
            return true;
        }
        openBounded(rangeStart, rangeEnd, 0);
        if (plan.reverse()) {
            iterator.seekForPrev(rangeEnd);
            if (iterator.isValid() && java.util.Arrays.equals(iterator.key(), rangeEnd)) {
                iterator.prev();
            }
        } else {
            iterator.seek(rangeStart);
        }
        return true;
    }

    private byte[] pointKey;

    /**
     * Entries a shared iterator may skip in one move (RocksDB counts every internal entry: deleted keys, older
     * versions) before the scan falls back to an iterator per range: the shared one's bound is the whole span, so a
     * seek into an empty range walks the deleted keys in the gap after it, which an iterator bounded to the range
     * never saw.
     */
    static final long SHARED_SKIP_LIMIT = 10_000;

    /** Set once a shared iterator met too many deleted keys: the rest of the scan opens one iterator a range. */
    private boolean perRange;

    /** Whether the ranges are read through one shared iterator: forward over several, until it stopped short. */
    private boolean sharing() {
        return !plan.reverse() && plan.ranges().size() > 1 && !perRange;
    }

    /**
     * Forward over several ranges (an {@code $in}), one iterator bounded to their whole span serves them all: a fresh
     * iterator a range cost more than the seek itself. Ranges come in key order, so the iterator is already where a
     * range begins whenever the last one ended past its start (no seek), and a seek's walk over deleted keys ends at
     * a live key that every later seek lies beyond: the span's deleted keys are walked at most once. Those in the
     * gaps between ranges are walked too, so a move skipping more than {@link #SHARED_SKIP_LIMIT} of them stops
     * (RocksDB's {@code Incomplete}) and the scan goes on with an iterator per range. Once the iterator has left the
     * span, every later range is empty.
     */
    private void seekShared(List<KeyRange> ranges, byte[] previousEnd) {
        if (iterator == null) {
            byte[] spanStart = rangeStart;
            byte[] spanEnd = rangeEnd;
            for (KeyRange r : ranges) {
                byte[] start = Keys.concat(keyspace, r.start());
                byte[] end = r.end() == null ? Keys.successor(keyspace) : Keys.concat(keyspace, r.end());
                spanStart = java.util.Arrays.compareUnsigned(start, spanStart) < 0 ? start : spanStart;
                spanEnd = java.util.Arrays.compareUnsigned(end, spanEnd) > 0 ? end : spanEnd;
            }
            openBounded(spanStart, spanEnd, SHARED_SKIP_LIMIT);
            iterator.seek(rangeStart);
        } else {
            boolean inOrder = previousEnd != null && java.util.Arrays.compareUnsigned(previousEnd, rangeStart) <= 0;
            if (!inOrder || iterator.isValid() && java.util.Arrays.compareUnsigned(iterator.key(), rangeStart) < 0) {
                iterator.seek(rangeStart);
            }
        }
        if (stoppedShort()) {
            continueAlone(rangeStart);
        }
    }

    /** Whether the shared iterator stopped on its skip limit rather than at the span's end. */
    private boolean stoppedShort() {
        if (!sharing() || iterator.isValid()) {
            return false;
        }
        try {
            iterator.status();
            return false;
        } catch (RocksDBException e) {
            if (e.getStatus() != null && e.getStatus().getCode() == Status.Code.Incomplete) {
                return true;
            }
            throw new MongoError(1, "InternalError", e.getMessage());
        }
    }

    /** The rest of the current range, from {@code from}, on an iterator bounded to it; every later range likewise. */
    private void continueAlone(byte[] from) {
        perRange = true;
        openBounded(from, rangeEnd, 0);
        iterator.seek(from);
    }

    /**
     * A fresh iterator bounded to the range: a seek never steps past its end. Unbounded, a seek whose range holds no
     * live key walked every deleted key (tombstone) after it up to the next live one anywhere in the database, so an
     * {@code $in} of 1,000 keys over an emptied index cost 1,000 walks over everything deleted since the last
     * compaction (a test deleting its collection between cases took minutes).
     */
    private void openBounded(byte[] lower, byte[] upper, long skipLimit) {
        closeIterator();
        if (snapshot == null) {
            // One view for every range of the scan, as one iterator gave: an update moving a document's key into a
            // later range ($in [1, 2] with $inc) must not meet it again there.
            snapshot = collection.engine().db().getSnapshot();
        }
        lowerBound = new Slice(lower);
        upperBound = new Slice(upper);
        options = new ReadOptions(collection.engine().readOptions()).setSnapshot(snapshot)
                .setIterateLowerBound(lowerBound).setIterateUpperBound(upperBound);
        if (skipLimit > 0) {
            options.setMaxSkippableInternalKeys(skipLimit);
        }
        iterator = collection.engine().db().newIterator(options);
    }

    private void closeIterator() {
        if (iterator != null) {
            iterator.close();
            iterator = null;
        }
        if (options != null) {
            options.close();
            options = null;
        }
        if (lowerBound != null) {
            lowerBound.close();
            upperBound.close();
            lowerBound = null;
            upperBound = null;
        }
    }

    /** The next document within the current range, or null when the range is exhausted. */
    private RawBsonDocument advance() {
        if (rangeIndex < 0) {
            return null;
        }
        if (pointKey != null) {
            byte[] key = pointKey;
            pointKey = null;
            stats.keysExamined++;
            byte[] value = collection.engine().get(key);
            if (value == null) {
                return null;
            }
            stats.docsExamined++;
            return new RawBsonDocument(value);
        }
        while (rangeStart != null && iterator.isValid()) {
            byte[] key = iterator.key();
            boolean inRange = plan.reverse()
                    ? java.util.Arrays.compareUnsigned(key, rangeStart) >= 0
                    : java.util.Arrays.compareUnsigned(key, rangeEnd) < 0;
            if (!inRange) {
                rangeStart = null;
                return null;
            }
            byte[] value = iterator.value();
            if (plan.reverse()) {
                iterator.prev();
            } else {
                iterator.next();
                if (stoppedShort()) {
                    continueAlone(Keys.concat(key, new byte[] {0})); // the least key after this one
                }
            }
            stats.keysExamined++;
            if (documents) {
                stats.docsExamined++;
                return new RawBsonDocument(value);
            }
            if (seen != null && !seen.add(new BytesKey(value))) {
                continue;
            }
            byte[] doc = collection.engine().get(Keys.concat(collection.docPrefix(), value));
            if (doc != null) {
                stats.docsExamined++;
                return new RawBsonDocument(doc);
            }
        }
        rangeStart = null;
        return null;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            closeIterator();
            if (snapshot != null) {
                collection.engine().db().releaseSnapshot(snapshot);
                snapshot = null;
            }
        }
    }
}
