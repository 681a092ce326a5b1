package vn.tdkt.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class SmtpCircuitBreakerTest {

    private final Instant now = Instant.parse("2026-11-24T05:00:00Z");
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SmtpCircuitBreaker circuit = new SmtpCircuitBreaker(new NotificationProperties(null, 0, null, null,
            null, null, null, 0, null, new NotificationProperties.Circuit(3, Duration.ofSeconds(30)), null, 0), registry);

    private double gauge() {
        return registry.get("tdkt.notification.smtp.circuit").gauge().value();
    }

    @Test
    void opensAtTheThresholdOfConsecutiveFailuresOnly() {
        circuit.onUnreachable(now);
        circuit.onUnreachable(now);
        circuit.onReached();
        circuit.onUnreachable(now);
        circuit.onUnreachable(now);
        assertThat(circuit.tryAcquire(now)).as("an answer in between reset the count").isTrue();

        circuit.onUnreachable(now);

        assertThat(circuit.state()).isEqualTo(SmtpCircuitBreaker.State.OPEN);
        assertThat(gauge()).isEqualTo(1);
        assertThat(circuit.tryAcquire(now.plusSeconds(29))).isFalse();
    }

    @Test
    void afterTheCoolDownOneProbeDecides() {
        for (int i = 0; i < 3; i++) {
            circuit.onUnreachable(now);
        }
        Instant later = now.plusSeconds(30);
        assertThat(circuit.tryAcquire(later)).as("the probe").isTrue();
        assertThat(gauge()).isEqualTo(2);
        assertThat(circuit.tryAcquire(later)).as("nobody else while it runs").isFalse();

        circuit.onUnreachable(later);
        assertThat(circuit.state()).as("a failed probe reopens").isEqualTo(SmtpCircuitBreaker.State.OPEN);
        assertThat(circuit.tryAcquire(later.plusSeconds(29))).isFalse();

        assertThat(circuit.tryAcquire(later.plusSeconds(30))).isTrue();
        circuit.onReached();
        assertThat(circuit.state()).isEqualTo(SmtpCircuitBreaker.State.CLOSED);
        assertThat(gauge()).isZero();
        assertThat(circuit.tryAcquire(later.plusSeconds(30))).isTrue();
    }

    @Test
    void aProbeWhoseOutcomeIsLostDoesNotStopSendingForGood() {
        for (int i = 0; i < 3; i++) {
            circuit.onUnreachable(now);
        }
        assertThat(circuit.tryAcquire(now.plusSeconds(30))).isTrue();
        // nothing reported: the probe's thread failed outside the send

        assertThat(circuit.tryAcquire(now.plusSeconds(59))).isFalse();
        assertThat(circuit.tryAcquire(now.plusSeconds(60))).isTrue();
    }

    @Test
    void onlyFailuresToReachTheServerCount() {
        assertThat(SmtpCircuitBreaker.isUnreachable(new MailSendException("Mail server connection failed",
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused"))))).isTrue();
        assertThat(SmtpCircuitBreaker.isUnreachable(new MessagingException("Read timed out",
                new SocketTimeoutException()))).isTrue();
        assertThat(SmtpCircuitBreaker.isUnreachable(new MailSendException("Mail server connection failed",
                new MessagingException("Got bad greeting from SMTP host: 554")))).isFalse();
        assertThat(SmtpCircuitBreaker.isUnreachable(new MessagingException("550 no such user"))).isFalse();
    }
}
