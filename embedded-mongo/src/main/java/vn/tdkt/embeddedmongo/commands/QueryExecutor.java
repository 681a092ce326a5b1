package vn.tdkt.embeddedmongo.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.function.Function;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.index.QueryPlan;
import vn.tdkt.embeddedmongo.index.QueryPlanner;
import vn.tdkt.embeddedmongo.query.Filter;
import vn.tdkt.embeddedmongo.query.Projection;
import vn.tdkt.embeddedmongo.query.SortSpec;
import vn.tdkt.embeddedmongo.server.ServerStats;
import vn.tdkt.embeddedmongo.storage.CollectionStore;
import vn.tdkt.embeddedmongo.storage.DocumentScan;
import vn.tdkt.embeddedmongo.storage.ScanStats;

/**
 * Runs a query against one collection: plan, scan, re-check the filter, sort in memory unless the
 * index order already gives the sort (keeping only skip+limit documents when limited), skip, limit,
 * project. Everything but an in-memory sort streams.
 */
final class QueryExecutor {

    /** A parsed query; {@code filter} null means "everything". */
    record Query(Filter filter, SortSpec sort, long skip, long limit, Projection projection, BsonValue hint) {

        static Query of(BsonDocument filter) {
            return new Query(parseFilter(filter), null, 0, 0, null, null);
        }
    }

    /** The running query with what explain reports about it. */
    record Execution(QueryPlan plan, ScanStats stats, ResultIterator results) {
    }

    private QueryExecutor() {
    }

    static Filter parseFilter(BsonDocument filter) {
        return filter == null || filter.isEmpty() ? null : Filter.parse(filter);
    }

    static SortSpec parseSort(BsonDocument sort) {
        return sort == null || sort.isEmpty() ? null : SortSpec.parse(sort);
    }

    /** The filter resolves a positional {@code field.$} projection. */
    static Projection parseProjection(BsonDocument projection, Filter filter) {
        return projection == null || projection.isEmpty() ? null : Projection.parse(projection, filter);
    }

    static Execution execute(CollectionStore collection, Query query, ServerStats serverStats) {
        ScanStats stats = new ScanStats();
        QueryPlan plan = QueryPlanner.plan(collection.indexes(), query.filter(), query.sort(), query.hint());
        DocumentScan scan = collection.scan(plan, stats);
        AutoCloseable release = () -> {
            scan.close();
            if (serverStats != null) {
                serverStats.keysExamined.addAndGet(stats.keysExamined());
                serverStats.docsExamined.addAndGet(stats.docsExamined());
            }
        };
        Iterator<BsonDocument> it = filtered(scan, query.filter());
        boolean needsSort = query.sort() != null && !plan.providesSort();
        if (needsSort) {
            it = sorted(it, query.sort().comparator(), query.limit() > 0 ? query.skip() + query.limit() : 0);
            try {
                release.close();
            } catch (Exception ignored) {
                // scan already drained
            }
        }
        it = skipLimit(it, query.skip(), query.limit());
        if (query.projection() != null) {
            it = mapped(it, query.projection()::apply);
        }
        return new Execution(plan, stats, ResultIterator.of(it, release));
    }

    static ResultIterator find(CollectionStore collection, Query query, ServerStats serverStats) {
        return execute(collection, query, serverStats).results();
    }

    private static Iterator<BsonDocument> filtered(Iterator<? extends BsonDocument> source, Filter filter) {
        return new Iterator<>() {
            private BsonDocument next;

            @Override
            public boolean hasNext() {
                while (next == null && source.hasNext()) {
                    BsonDocument candidate = source.next();
                    if (filter == null || filter.matches(candidate)) {
                        next = candidate;
                    }
                }
                return next != null;
            }

            @Override
            public BsonDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                BsonDocument d = next;
                next = null;
                return d;
            }
        };
    }

    /** Sorts everything, or keeps only the first {@code keep} in order with a bounded heap. */
    private static Iterator<BsonDocument> sorted(Iterator<BsonDocument> source, Comparator<BsonDocument> order, long keep) {
        if (keep <= 0 || keep > 100_000) {
            List<BsonDocument> all = new ArrayList<>();
            source.forEachRemaining(all::add);
            all.sort(order);
            return all.iterator();
        }
        // Max-heap of the best `keep` so far; a sequence number keeps equal keys in scan order.
        record Entry(BsonDocument doc, long seq) {
        }
        Comparator<Entry> entryOrder = Comparator.<Entry, BsonDocument>comparing(Entry::doc, order)
                .thenComparingLong(Entry::seq);
        PriorityQueue<Entry> heap = new PriorityQueue<>(entryOrder.reversed());
        long seq = 0;
        while (source.hasNext()) {
            heap.add(new Entry(source.next(), seq++));
            if (heap.size() > keep) {
                heap.poll();
            }
        }
        List<Entry> entries = new ArrayList<>(heap);
        entries.sort(entryOrder);
        List<BsonDocument> docs = new ArrayList<>(entries.size());
        entries.forEach(e -> docs.add(e.doc()));
        return docs.iterator();
    }

    private static Iterator<BsonDocument> skipLimit(Iterator<BsonDocument> source, long skip, long limit) {
        if (skip <= 0 && limit <= 0) {
            return source;
        }
        return new Iterator<>() {
            private long skipped;
            private long returned;

            @Override
            public boolean hasNext() {
                while (skipped < skip && source.hasNext()) {
                    source.next();
                    skipped++;
                }
                return (limit <= 0 || returned < limit) && source.hasNext();
            }

            @Override
            public BsonDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                returned++;
                return source.next();
            }
        };
    }

    private static Iterator<BsonDocument> mapped(Iterator<BsonDocument> source, Function<BsonDocument, BsonDocument> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public BsonDocument next() {
                return f.apply(source.next());
            }
        };
    }
}
