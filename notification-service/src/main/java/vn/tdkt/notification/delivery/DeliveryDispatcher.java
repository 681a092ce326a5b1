package vn.tdkt.notification.delivery;

import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.tdkt.support.security.PersonalData;
import vn.tdkt.support.tracing.Traceparents;

/**
 * Sends due deliveries. Runs on a fast fixed-delay poll and, to cut latency, when nudged after new
 * deliveries are created. Every instance may run it at once: each delivery is claimed atomically by
 * exactly one of them (see {@link DeliveryStore#claim}). A send whose instance dies before marking
 * it is retried after the claim expires — SMTP gives no exactly-once, so that rare case is a duplicate
 * email rather than a lost one. While the SMTP server is unreachable the {@link SmtpCircuitBreaker} stops
 * the claiming, and a send that could not reach the server does not count as an attempt. A {@link TokenBucket}
 * per instance keeps the sends under {@code rate-limit.per-second}; a round without a token ends, the next poll
 * resumes.
 */
@Component
class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
    /**
     * Deliveries one claim takes at most (one conditional update for all of them, see {@link DeliveryStore#claim}):
     * enough to save most round trips of a fan-out, few enough that the senders of a burst share it out evenly and
     * a crashed instance holds little until its claims expire.
     */
    static final int CLAIM_SIZE = 10;

    private final DeliveryStore store;
    private final MailGateway mail;
    private final NotificationProperties properties;
    private final RetryPolicy retryPolicy;
    private final DeliveryMetrics metrics;
    private final SmtpCircuitBreaker circuit;
    private final ObservationRegistry observations;
    private final Clock clock;
    private final TokenBucket rateLimit;
    // senders workers running and as many queued: further nudges would find nothing more to do.
    private final ThreadPoolExecutor nudges;

    DeliveryDispatcher(DeliveryStore store, MailGateway mail, NotificationProperties properties,
                       DeliveryMetrics metrics, SmtpCircuitBreaker circuit, ObservationRegistry observations,
                       Clock clock) {
        this.store = store;
        this.mail = mail;
        this.properties = properties;
        this.retryPolicy = RetryPolicy.of(properties);
        this.metrics = metrics;
        this.circuit = circuit;
        this.observations = observations;
        this.clock = clock;
        this.nudges = new ThreadPoolExecutor(properties.senders(), properties.senders(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(properties.senders()),
                Thread.ofPlatform().name("delivery-sender-", 0).daemon().factory(),
                new ThreadPoolExecutor.DiscardPolicy());
        this.rateLimit = new TokenBucket(properties.rateLimit().perSecond(), properties.rateLimit().burst(),
                clock.instant());
    }

    /**
     * Asks for dispatch rounds soon, off the caller's thread (a Kafka consumer must not wait for SMTP): one per
     * sender, so that a fan-out goes out over {@code senders} SMTP sessions at once.
     */
    void nudge() {
        for (int i = 0; i < properties.senders(); i++) {
            nudges.execute(this::dispatchDueSafely);
        }
    }

    void dispatchDueSafely() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            // The database may be briefly unreachable; the next poll tries again.
            log.warn("Dispatch round failed: {}", e.toString());
        }
    }

    /**
     * One round: claims due deliveries a few at a time ({@link #CLAIM_SIZE}, one per rate-limit token) and sends
     * them over this thread's SMTP connection, until none is due, a batch is done, a send could not reach the
     * server or the circuit is open; then closes the connection. Returns how many were processed. Nothing is
     * claimed while the circuit is open, so no attempt is counted then; a half-open circuit claims one delivery,
     * the probe.
     */
    int dispatchDue() {
        int processed = 0;
        try {
            while (processed < properties.batchSize()) {
                Instant now = clock.instant();
                int wanted = Math.min(CLAIM_SIZE, properties.batchSize() - processed);
                // The rate limit first: a half-open circuit's single probe must not be taken and then held back.
                int tokens = 0;
                while (tokens < wanted && rateLimit.tryTake(now)) {
                    tokens++;
                }
                if (tokens == 0) {
                    break;
                }
                if (!circuit.tryAcquire(now)) {
                    giveBack(tokens);
                    break;
                }
                if (circuit.state() != SmtpCircuitBreaker.State.CLOSED) {
                    giveBack(tokens - 1);
                    tokens = 1;
                }
                List<Delivery> claimed;
                try {
                    claimed = store.claim(now, properties.claimTimeout(), tokens, properties.senders());
                } catch (RuntimeException e) {
                    circuit.release();
                    giveBack(tokens);
                    throw e;
                }
                giveBack(tokens - claimed.size());
                if (claimed.isEmpty()) {
                    circuit.release();
                    break;
                }
                boolean reachable = true;
                for (Delivery delivery : claimed) {
                    if (!reachable) {
                        // Not tried: the server did not answer for the email before it. Due again now, no attempt
                        // used; the next round (or the open circuit) decides.
                        store.releaseUncounted(delivery, now, "not tried: the SMTP server was unreachable");
                        continue;
                    }
                    // A child of the consumer span that created the delivery: the send joins the request's trace.
                    reachable = Traceparents.continuing("tdkt.notification.dispatch", delivery.traceparent(),
                                    Kind.CLIENT, observations)
                            .contextualName("smtp send")
                            .observe(() -> process(delivery));
                    processed++;
                }
                if (!reachable) {
                    break;
                }
            }
        } finally {
            mail.closeConnection();
        }
        return processed;
    }

    private void giveBack(int tokens) {
        for (int i = 0; i < tokens; i++) {
            rateLimit.giveBack();
        }
    }

    /** Sends one claimed delivery and records the outcome; false when the SMTP server could not be reached. */
    private boolean process(Delivery delivery) {
        if (delivery.attempts() > properties.maxAttempts()) {
            // Only reachable when an instance died mid-send on the last attempt and its claim expired.
            circuit.release();
            finishFailed(delivery, "gave up after " + properties.maxAttempts() + " attempts; last: "
                    + delivery.lastError(), DeliveryStatus.DEAD, null);
            return true;
        }
        Timer.Sample sample = metrics.startSend();
        Exception failure = null;
        try {
            mail.send(delivery.recipient(), delivery.subject(), delivery.body(), delivery.html());
        } catch (Exception e) {
            failure = e;
        }
        metrics.stopSend(sample, failure == null);
        Instant now = clock.instant();
        boolean unreachable = failure != null && SmtpCircuitBreaker.isUnreachable(failure);
        if (unreachable) {
            circuit.onUnreachable(now);
        } else {
            circuit.onReached();
        }
        if (failure == null) {
            if (store.markSent(delivery, now)) {
                metrics.count(DeliveryStatus.SENT);
                metrics.outcome(delivery.kind(), DeliveryMetrics.Outcome.SENT);
                metrics.accepted(delivery.kind(), delivery.occurredAt(), now);
            } else {
                log.warn("Delivery {} was sent but its claim had expired meanwhile", delivery.id());
            }
            return true;
        }
        if (unreachable) {
            // The email never reached a server: retried soon, without using up one of its attempts.
            log.warn("Sending delivery {} to {} failed: SMTP server unreachable, not counted as an attempt: {}",
                    delivery.id(), PersonalData.maskEmail(delivery.recipient()), failure.toString());
            if (store.releaseUncounted(delivery, retryPolicy.retryUncounted(now, random()), failure.toString())) {
                metrics.count(DeliveryStatus.FAILED);
                metrics.outcome(delivery.kind(), DeliveryMetrics.Outcome.RETRIED);
            }
            return false;
        }
        RetryPolicy.Outcome outcome = retryPolicy.afterFailure(delivery.attempts(), now, random());
        log.warn("Sending delivery {} to {} failed (attempt {}/{}), now {}: {}", delivery.id(), PersonalData.maskEmail(delivery.recipient()),
                delivery.attempts(), properties.maxAttempts(), outcome.status(), failure.toString());
        finishFailed(delivery, failure.toString(), outcome.status(), outcome.nextAttemptAt());
        return true;
    }

    private void finishFailed(Delivery delivery, String error, DeliveryStatus status, Instant nextAttemptAt) {
        if (store.markFailed(delivery, status, nextAttemptAt, error)) {
            metrics.count(status);
            metrics.outcome(delivery.kind(), status == DeliveryStatus.DEAD ? DeliveryMetrics.Outcome.DEAD
                    : DeliveryMetrics.Outcome.RETRIED);
        }
    }

    private static double random() {
        return ThreadLocalRandom.current().nextDouble();
    }

    @PreDestroy
    void stop() {
        nudges.shutdownNow();
    }
}
