package vn.tdkt.embeddedmongo.server;

import java.util.concurrent.atomic.AtomicLong;

/** Counters that serverStatus reports: connections, operation counts, documents and keys examined. */
public final class ServerStats {

    public final AtomicLong currentConnections = new AtomicLong();
    public final AtomicLong totalConnections = new AtomicLong();
    public final AtomicLong inserts = new AtomicLong();
    public final AtomicLong queries = new AtomicLong();
    public final AtomicLong updates = new AtomicLong();
    public final AtomicLong deletes = new AtomicLong();
    public final AtomicLong getMores = new AtomicLong();
    public final AtomicLong commands = new AtomicLong();
    public final AtomicLong keysExamined = new AtomicLong();
    public final AtomicLong docsExamined = new AtomicLong();
    public final AtomicLong bytesIn = new AtomicLong();
    public final AtomicLong bytesOut = new AtomicLong();
    public final AtomicLong requests = new AtomicLong();
    public final long startMillis = System.currentTimeMillis();
    public final long startNanos = System.nanoTime();
}
