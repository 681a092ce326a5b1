package vn.tdkt.support.outbox;

import java.util.concurrent.CompletableFuture;

/**
 * Sends pending events in transactions: {@link #init()} once per lease term, then per document
 * {@link #begin()}, {@link #send}s and {@link #commit()}. Only committed events are visible to consumers
 * ({@code isolation.level=read_committed}); a transaction left open is aborted by the next {@link #init()}.
 */
interface EventSender extends AutoCloseable {

    /**
     * Starts a new producer and initialises its transactions, which fences every earlier producer with the same
     * transactional id (their next send or commit fails with {@link OutboxFencedException}). Called when the
     * relay takes the lease, before it reads anything it will send.
     */
    void init();

    /** Opens a transaction for the sends that follow. */
    void begin();

    /** Sends one pending event; the future completes when the broker has acknowledged it (acks=all). */
    CompletableFuture<Void> send(PendingEvent event, String source, String traceparent);

    /**
     * Commits the transaction: all its events become visible, or none.
     *
     * @throws OutboxFencedException if a newer lease term's producer has been initialised meanwhile
     */
    void commit();

    /**
     * Aborts the open transaction, keeping the producer: none of its events becomes visible, and the next
     * {@link #begin()} starts afresh (the relay does so after a poison event in a transaction of many).
     */
    void abort();

    /** Drops the producer (and with it an open transaction) after a failure; {@link #init()} starts over. */
    void reset();

    @Override
    void close();
}
