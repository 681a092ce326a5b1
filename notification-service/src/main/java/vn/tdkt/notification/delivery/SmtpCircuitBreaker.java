package vn.tdkt.notification.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stops the dispatcher from claiming deliveries while the SMTP server cannot be reached, so that an outage
 * does not burn their attempts. CLOSED: send. After {@code failureThreshold} consecutive connection failures
 * OPEN: claim nothing for {@code openFor}. Then HALF_OPEN: exactly one delivery probes the server; success
 * closes the circuit, another connection failure opens it again. Any answer from the server (even a refusal
 * of one recipient) shows that it is reachable. One per instance: each instance finds out for itself.
 * Gauge {@code tdkt.notification.smtp.circuit}: 0 closed, 1 open, 2 half-open.
 */
@Component
class SmtpCircuitBreaker {

    private static final Logger log = LoggerFactory.getLogger(SmtpCircuitBreaker.class);

    enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final Duration openFor;
    private State state = State.CLOSED;
    private int consecutiveFailures;
    private Instant openUntil = Instant.MIN;
    private Instant probeDeadline = Instant.MIN;

    SmtpCircuitBreaker(NotificationProperties properties, MeterRegistry registry) {
        this.failureThreshold = properties.circuit().failureThreshold();
        this.openFor = properties.circuit().openFor();
        Gauge.builder("tdkt.notification.smtp.circuit", this, breaker -> breaker.state().ordinal())
                .description("SMTP circuit: 0 closed, 1 open (sending paused), 2 half-open (one probe)")
                .register(registry);
    }

    /**
     * Whether the caller may claim and send one delivery now. In HALF_OPEN only one caller may (the probe); should
     * its outcome never be reported (a failure outside the send), another probe may go after {@code openFor}.
     */
    synchronized boolean tryAcquire(Instant now) {
        boolean probe = switch (state) {
            case CLOSED -> false;
            case OPEN -> !now.isBefore(openUntil);
            case HALF_OPEN -> !now.isBefore(probeDeadline);
        };
        if (probe) {
            state = State.HALF_OPEN;
            probeDeadline = now.plus(openFor);
        }
        return state == State.CLOSED || probe;
    }

    /** The server answered (accepted the mail, or refused it for a reason of its own). */
    synchronized void onReached() {
        if (state != State.CLOSED) {
            log.info("SMTP server reachable again: circuit closed");
        }
        state = State.CLOSED;
        consecutiveFailures = 0;
    }

    /** The server could not be reached; opens the circuit at the threshold or when the probe fails. */
    synchronized void onUnreachable(Instant now) {
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            if (state != State.OPEN) {
                log.warn("SMTP server unreachable ({} consecutive failures): circuit open, no delivery claimed for {}",
                        consecutiveFailures, openFor);
            }
            state = State.OPEN;
            openUntil = now.plus(openFor);
        }
    }

    /** A claimed delivery was not sent at all (e.g. its claim was lost): a probe must not stay in flight forever. */
    synchronized void release() {
        if (state == State.HALF_OPEN) {
            state = State.OPEN;
        }
    }

    synchronized State state() {
        return state;
    }

    /**
     * Connection refused or reset, unknown host, timeout: the failure is the server's reachability, not this
     * email. Jakarta Mail wraps them (MailConnectException, MessagingException) in Spring's MailSendException.
     */
    static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketException || cause instanceof SocketTimeoutException
                    || cause instanceof UnknownHostException
                    || cause.getClass().getSimpleName().equals("MailConnectException")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
