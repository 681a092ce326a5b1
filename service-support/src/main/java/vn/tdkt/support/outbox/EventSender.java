package vn.tdkt.support.outbox;

import java.util.concurrent.CompletableFuture;

/** Sends one pending event; the future completes when the broker has acknowledged it (acks=all). */
interface EventSender extends AutoCloseable {

    CompletableFuture<Void> send(PendingEvent event, String source, String traceparent);

    /** Drops the connection after a failure, so that the next pass starts from a clean producer. */
    void reset();

    @Override
    void close();
}
