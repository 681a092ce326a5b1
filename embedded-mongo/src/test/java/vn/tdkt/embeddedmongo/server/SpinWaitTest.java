package vn.tdkt.embeddedmongo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import vn.tdkt.embeddedmongo.EmbeddedMongoServer;

/** When a connection polls for its next request, and that it always stops; no timing is asserted. */
class SpinWaitTest {

    private static final long BUSY = 10_000;           // a client that came back within 10 µs
    private static final Duration LONG = Duration.ofMinutes(1); // a window no test waits out

    /** An input stream whose available() answers from a function of how often it was asked. */
    static final class Probe extends InputStream {
        final AtomicInteger calls = new AtomicInteger();
        private final IntUnaryOperator available;

        Probe(IntUnaryOperator available) {
            this.available = available;
        }

        @Override
        public int available() {
            return available.applyAsInt(calls.incrementAndGet());
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("polling never reads");
        }
    }

    @Test
    void aRequestAlreadyThereEndsTheWaitAtOnce() throws Exception {
        SpinWait spin = new SpinWait(LONG, 1);
        Probe in = new Probe(call -> 42);
        spin.awaitInput(in, 1, BUSY);
        assertThat(in.calls).hasValue(1);
        assertThat(spin.freeSlots()).isEqualTo(1);
    }

    @Test
    void aBusyClientIsPolledUntilItsRequestArrives() throws Exception {
        SpinWait spin = new SpinWait(LONG, 1);
        Probe in = new Probe(call -> call < 50 ? 0 : 1);
        spin.awaitInput(in, 1, BUSY);
        assertThat(in.calls).hasValue(50);
        assertThat(spin.freeSlots()).isEqualTo(1);
    }

    @Test
    void aClientIdleLongerThanAMillisecondIsNotPolled() throws Exception {
        SpinWait spin = new SpinWait(LONG, 1);
        Probe in = new Probe(call -> 0);
        spin.awaitInput(in, 1, SpinWait.BUSY_GAP_NANOS + 1);
        spin.awaitInput(in, 1, Long.MAX_VALUE); // a new connection
        assertThat(in.calls).hasValue(0);
    }

    @Test
    void aZeroWindowNeverPolls() throws Exception {
        Probe in = new Probe(call -> 0);
        SpinWait.of(Duration.ZERO).awaitInput(in, 1, BUSY);
        assertThat(in.calls).hasValue(0);
    }

    @Test
    void theWindowEndsPolling() throws Exception {
        SpinWait spin = new SpinWait(Duration.ofNanos(1), 1);
        Probe in = new Probe(call -> 0);
        spin.awaitInput(in, 1, BUSY); // returns although no request ever comes
        assertThat(spin.freeSlots()).isEqualTo(1);
    }

    @Test
    void noPollingWhileAnotherRequestIsServed() throws Exception {
        SpinWait spin = new SpinWait(LONG, 1);
        Probe in = new Probe(call -> 0);
        spin.serving();
        spin.awaitInput(in, 1, BUSY);
        assertThat(in.calls).hasValue(0);
        spin.served();
    }

    @Test
    void pollingGivesWayAsSoonAsAnotherRequestStarts() throws Exception {
        SpinWait spin = new SpinWait(LONG, 1);
        Probe in = new Probe(call -> {
            if (call == 5) {
                spin.serving(); // another connection got a request
            }
            return 0;
        });
        spin.awaitInput(in, 1, BUSY);
        assertThat(in.calls).hasValue(5);
        assertThat(spin.freeSlots()).isEqualTo(1);
    }

    @Test
    void atMostTheSlotsPollAtOnce() throws Exception {
        SpinWait spin = new SpinWait(LONG, 1);
        CountDownLatch polling = new CountDownLatch(1);
        CountDownLatch arrive = new CountDownLatch(1);
        Probe first = new Probe(call -> {
            if (call > 1) { // the first look comes before the slot is taken
                polling.countDown();
            }
            return arrive.getCount() == 0 ? 1 : 0;
        });
        Thread poller = Thread.ofPlatform().start(() -> {
            try {
                spin.awaitInput(first, 1, BUSY);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(polling.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(spin.freeSlots()).isZero();

        Probe second = new Probe(call -> 0);
        spin.awaitInput(second, 2, BUSY); // no slot: returns after its one look
        assertThat(second.calls).hasValue(1);

        arrive.countDown();
        poller.join(10_000);
        assertThat(poller.isAlive()).isFalse();
        assertThat(spin.freeSlots()).isEqualTo(1);
    }

    @Test
    void noPollingWhileAnotherClientIsBusy() throws Exception {
        SpinWait spin = new SpinWait(LONG, 1, TimeUnit.HOURS.toNanos(1)); // "recent" however slow the machine
        spin.arrived(2); // another connection sent a request just now
        spin.arrived(1);
        Probe in = new Probe(call -> 0);
        spin.awaitInput(in, 1, BUSY);
        assertThat(in.calls).hasValue(0);
    }

    @Test
    void theOnlyBusyClientIsPolled() throws Exception {
        SpinWait spin = new SpinWait(LONG, 1);
        spin.arrived(1);
        spin.arrived(1);
        Probe in = new Probe(call -> call < 3 ? 0 : 1);
        spin.awaitInput(in, 1, BUSY);
        assertThat(in.calls).hasValue(3);
    }

    @Test
    void aNegativeWindowIsRefused() {
        assertThatThrownBy(() -> SpinWait.of(Duration.ofNanos(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmbeddedMongoServer.builder().spinWait(Duration.ofNanos(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
