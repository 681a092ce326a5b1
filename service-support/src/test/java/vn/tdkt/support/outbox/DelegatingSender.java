package vn.tdkt.support.outbox;

import java.util.concurrent.CompletableFuture;

/** A real sender with hooks: tests override the step they break or count, the rest goes through. */
class DelegatingSender implements EventSender {

    private final EventSender real;

    DelegatingSender(EventSender real) {
        this.real = real;
    }

    @Override
    public void init() {
        real.init();
    }

    @Override
    public void begin() {
        real.begin();
    }

    @Override
    public CompletableFuture<Void> send(PendingEvent event, String source, String traceparent) {
        return real.send(event, source, traceparent);
    }

    @Override
    public void commit() {
        real.commit();
    }

    @Override
    public void abort() {
        real.abort();
    }

    @Override
    public void reset() {
        real.reset();
    }

    @Override
    public void close() {
        real.close();
    }
}
