package vn.tdkt.embeddedmongo.server;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Polls a connection briefly for its next request before the connection blocks in a read, when
 * nothing else wants the CPU.
 *
 * <p>A find by {@code _id} costs the server a few microseconds, but on a virtualised 2-core machine
 * a loopback round trip between threads that block in {@code read} costs 60–230 µs: most of it is
 * waking a parked thread (and its idle vCPU). A driver issuing requests back to back sends the next
 * one within tens of microseconds, so a connection that polls for that long is still running when it
 * arrives. Polling is bounded so that it cannot take the machine from real work:
 * <ul>
 *   <li>only a connection whose previous request came within a millisecond polls; one that was idle
 *       longer blocks at once, so sporadic traffic does not poll;</li>
 *   <li>a connection polls only while it is the only busy client (no other connection sent a
 *       request within a millisecond) and no other request is being served, and stops as soon as
 *       one is: under concurrent load every core goes to requests, as without polling;</li>
 *   <li>at most {@code cores - 1} connections poll at a time (none on a single core), each for at
 *       most the window, so a carrier thread is always free for the others.</li>
 * </ul>
 * A zero window turns polling off.
 */
public final class SpinWait {

    /** A client whose previous request came within this is busy; the gap includes our own wake-up. */
    static final long BUSY_GAP_NANOS = 1_000_000;
    private static final SpinWait OFF = new SpinWait(Duration.ZERO, 0);

    private final long windowNanos;
    private final long busyGapNanos;
    private final Semaphore pollers;
    private final AtomicInteger serving = new AtomicInteger();
    private final AtomicReference<Arrivals> arrivals = new AtomicReference<>(Arrivals.NONE);

    /** The latest request's connection and time, and the latest one from any other connection. */
    private record Arrivals(long lastConnection, long lastNanos, long otherNanos) {
        static final Arrivals NONE = new Arrivals(-1, 0, 0);

        Arrivals next(long connection, long now) {
            return new Arrivals(connection, now, connection == lastConnection ? otherNanos : lastNanos);
        }

        /** When a connection other than {@code connection} last sent a request. */
        long otherThan(long connection) {
            return connection == lastConnection ? otherNanos : lastNanos;
        }
    }

    SpinWait(Duration window, int maxPollers) {
        this(window, maxPollers, BUSY_GAP_NANOS);
    }

    SpinWait(Duration window, int maxPollers, long busyGapNanos) {
        this.windowNanos = window.toNanos();
        this.busyGapNanos = busyGapNanos;
        this.pollers = new Semaphore(maxPollers);
    }

    /** Polls for at most {@code window}, with one poller fewer than there are cores (none on one core). */
    public static SpinWait of(Duration window) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("spin window must not be negative: " + window);
        }
        return window.isZero() ? OFF : new SpinWait(window, Math.max(0, Runtime.getRuntime().availableProcessors() - 1));
    }

    /**
     * Returns once {@code in} has bytes, the window has passed, another request is being served, or
     * polling does not pay: the client took longer than {@link #BUSY_GAP_NANOS} for its previous
     * request ({@code previousGapNanos}), other clients are busy, or every polling slot is taken.
     */
    void awaitInput(InputStream in, long connection, long previousGapNanos) throws IOException {
        if (windowNanos == 0 || previousGapNanos > busyGapNanos || serving.get() > 0
                || otherClientsBusy(connection) || in.available() > 0 || !pollers.tryAcquire()) {
            return;
        }
        try {
            long deadline = System.nanoTime() + windowNanos;
            while (serving.get() == 0 && in.available() == 0 && System.nanoTime() - deadline < 0) {
                Thread.onSpinWait();
            }
        } finally {
            pollers.release();
        }
    }

    /** Notes that {@code connection} sent a request now. */
    void arrived(long connection) {
        if (windowNanos > 0) {
            long now = System.nanoTime();
            arrivals.updateAndGet(a -> a.next(connection, now));
        }
    }

    /**
     * Another client sent a request within {@link #BUSY_GAP_NANOS}: several clients keep the server
     * busy without polling, and a polling thread would take a core from their requests.
     */
    private boolean otherClientsBusy(long connection) {
        Arrivals a = arrivals.get();
        long other = a.otherThan(connection);
        return other != 0 && System.nanoTime() - other <= busyGapNanos;
    }

    /** Marks a request as being served until {@link #served()}; pollers give way meanwhile. */
    void serving() {
        serving.incrementAndGet();
    }

    void served() {
        serving.decrementAndGet();
    }

    /** Polling slots free now; all of them whenever no connection is polling. */
    int freeSlots() {
        return pollers.availablePermits();
    }
}
