package vn.tdkt.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class DeliveryDispatcherTest {

    private final Instant now = Instant.parse("2026-11-24T05:00:00Z");
    private final DeliveryStore store = mock(DeliveryStore.class);
    private final MailGateway mail = mock(MailGateway.class);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final NotificationProperties properties = new NotificationProperties("from@tdkt.local", 3,
            Duration.ofSeconds(2), Duration.ofMinutes(1), 0.0, Duration.ofMillis(200), Duration.ofMinutes(2), 10, null,
            new NotificationProperties.Circuit(2, Duration.ofSeconds(30)), null, 0);
    private final SmtpCircuitBreaker circuit = new SmtpCircuitBreaker(properties, registry);
    private final DeliveryDispatcher dispatcher = new DeliveryDispatcher(store, mail, properties,
            new DeliveryMetrics(registry), circuit, ObservationRegistry.NOOP, Clock.fixed(now, ZoneOffset.UTC));

    private Delivery claimed(int attempts) {
        return new Delivery("d-1", UUID.randomUUID().toString(), "tdkt.campaign.phase-changed.v1", "c-1",
                List.of("SNV", "UBT"), "a@snv.gov.vn", Channel.EMAIL, "campaign-phase-changed", now.minusSeconds(3), "Chủ đề", "Nội dung", null, DeliveryStatus.SENDING, attempts, "earlier", now, null, now,
                "token", now.plusSeconds(120), null, null, now.plusSeconds(120));
    }

    /** As many claimed deliveries as the claim asks for. */
    private List<Delivery> asMany(org.mockito.invocation.InvocationOnMock call) {
        return java.util.stream.IntStream.range(0, call.<Integer>getArgument(2)).mapToObj(i -> claimed(1)).toList();
    }

    private void claims(Delivery delivery) {
        when(store.claim(eq(now), eq(properties.claimTimeout()), anyInt(), anyInt())).thenReturn(List.of(delivery),
                List.of());
    }

    @Test
    void aSuccessfulSendIsMarkedSent() throws Exception {
        Delivery delivery = claimed(1);
        claims(delivery);
        when(store.markSent(delivery, now)).thenReturn(true);

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        verify(mail).send("a@snv.gov.vn", "Chủ đề", "Nội dung", null);
        verify(store).markSent(delivery, now);
        assertThat(registry.counter("tdkt.notification.deliveries", "status", "sent").count()).isEqualTo(1);
        assertThat(registry.timer("tdkt.notification.send", "outcome", "success").count()).isEqualTo(1);
        assertThat(registry.counter("tdkt.notification.emails", "kind", "campaign-phase-changed", "outcome", "sent")
                .count()).isEqualTo(1);
        var latency = registry.get("tdkt.notification.latency").tag("kind", "campaign-phase-changed").timer();
        assertThat(latency.count()).isEqualTo(1);
        assertThat(latency.totalTime(java.util.concurrent.TimeUnit.SECONDS)).as("from the event's time").isEqualTo(3);
    }

    @Test
    void aFailedSendIsRetriedWithBackoff() throws Exception {
        Delivery delivery = claimed(2);
        claims(delivery);
        doThrow(new MessagingException("421 try later")).when(mail).send(anyString(), anyString(), anyString(), any());
        when(store.markFailed(any(), any(), any(), any())).thenReturn(true);

        dispatcher.dispatchDue();

        verify(store).markFailed(delivery, DeliveryStatus.FAILED, now.plusSeconds(4),
                "jakarta.mail.MessagingException: 421 try later");
        verify(store, never()).markSent(any(), any());
        assertThat(registry.counter("tdkt.notification.deliveries", "status", "failed").count()).isEqualTo(1);
        assertThat(registry.timer("tdkt.notification.send", "outcome", "failure").count()).isEqualTo(1);
        assertThat(registry.counter("tdkt.notification.emails", "kind", "campaign-phase-changed", "outcome", "retried")
                .count()).isEqualTo(1);
    }

    @Test
    void theLastFailedAttemptIsDead() throws Exception {
        Delivery delivery = claimed(3);
        claims(delivery);
        doThrow(new MessagingException("550 no such user")).when(mail).send(anyString(), anyString(), anyString(), any());
        when(store.markFailed(any(), any(), any(), any())).thenReturn(true);

        dispatcher.dispatchDue();

        verify(store).markFailed(delivery, DeliveryStatus.DEAD, null, "jakarta.mail.MessagingException: 550 no such user");
        assertThat(registry.counter("tdkt.notification.deliveries", "status", "dead").count()).isEqualTo(1);
        assertThat(registry.counter("tdkt.notification.emails", "kind", "campaign-phase-changed", "outcome", "dead")
                .count()).isEqualTo(1);
    }

    @Test
    void anExpiredClaimBeyondTheLastAttemptIsDeadWithoutSending() throws Exception {
        Delivery delivery = claimed(4);
        claims(delivery);
        when(store.markFailed(any(), any(), any(), any())).thenReturn(true);

        dispatcher.dispatchDue();

        verify(mail, never()).send(anyString(), anyString(), anyString(), any());
        verify(store).markFailed(any(), any(), any(), any());
        assertThat(registry.counter("tdkt.notification.deliveries", "status", "dead").count()).isEqualTo(1);
    }

    @Test
    void aRoundStopsAtTheBatchSize() throws Exception {
        when(store.claim(eq(now), eq(properties.claimTimeout()), anyInt(), anyInt())).thenAnswer(this::asMany);
        when(store.markSent(any(), any())).thenReturn(true);

        assertThat(dispatcher.dispatchDue()).isEqualTo(10);
        verify(mail, times(10)).send(anyString(), anyString(), anyString(), any());
        verify(mail).closeConnection();
    }

    @Test
    void nothingDueNothingSent() throws Exception {
        when(store.claim(any(), any(), anyInt(), anyInt())).thenReturn(List.of());

        assertThat(dispatcher.dispatchDue()).isZero();
        verify(mail, never()).send(anyString(), anyString(), anyString(), any());
    }

    private static MailSendException refused() {
        return new MailSendException("Mail server connection failed",
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")));
    }

    @Test
    void anUnreachableServerCostsNoAttemptAndOpensTheCircuitAtTheThreshold() throws Exception {
        when(store.claim(eq(now), eq(properties.claimTimeout()), anyInt(), anyInt())).thenAnswer(this::asMany);
        doThrow(refused()).when(mail).send(anyString(), anyString(), anyString(), any());
        when(store.releaseUncounted(any(), any(), any())).thenReturn(true);

        assertThat(dispatcher.dispatchDue()).as("a round ends at the first connection failure").isEqualTo(1);
        verify(store, times(9)).releaseUncounted(any(), eq(now), eq("not tried: the SMTP server was unreachable"));
        assertThat(circuit.state()).isEqualTo(SmtpCircuitBreaker.State.CLOSED);
        assertThat(dispatcher.dispatchDue()).as("the second failure in a row opens the circuit").isEqualTo(1);

        verify(store, times(2)).releaseUncounted(any(), eq(now.plusSeconds(2)), anyString());
        verify(store, never()).markFailed(any(), any(), any(), any());
        assertThat(circuit.state()).isEqualTo(SmtpCircuitBreaker.State.OPEN);
        assertThat(registry.get("tdkt.notification.smtp.circuit").gauge().value()).isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).as("an open circuit claims nothing").isZero();
    }

    @Test
    void aRefusalByAReachableServerIsCountedAndKeepsTheCircuitClosed() throws Exception {
        when(store.claim(eq(now), eq(properties.claimTimeout()), anyInt(), anyInt())).thenAnswer(this::asMany);
        doThrow(new MessagingException("550 no such user")).when(mail).send(anyString(), anyString(), anyString(), any());
        when(store.markFailed(any(), any(), any(), any())).thenReturn(true);

        assertThat(dispatcher.dispatchDue()).isEqualTo(10);

        assertThat(circuit.state()).isEqualTo(SmtpCircuitBreaker.State.CLOSED);
        verify(store, never()).releaseUncounted(any(), any(), any());
    }
}
