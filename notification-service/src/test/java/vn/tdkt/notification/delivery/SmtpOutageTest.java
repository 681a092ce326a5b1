package vn.tdkt.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.MailSendException;
import vn.tdkt.embeddedmongo.EmbeddedMongoServer;
import vn.tdkt.support.paging.PageQuery;

/**
 * An SMTP server unreachable for a minute, with the production settings, on embedded-mongo and a clock
 * the test moves: every delivery in flight is still sent, once each.
 */
class SmtpOutageTest {

    private static EmbeddedMongoServer server;
    private static MongoClient client;

    @BeforeAll
    static void startServer() {
        server = EmbeddedMongoServer.builder().bindAddress("127.0.0.1").port(0).build().start();
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    @Test
    void aMinuteWithoutSmtpLosesNoDelivery() throws Exception {
        Instant start = Instant.parse("2026-11-24T05:00:00Z");
        Instant outageEnds = start.plusSeconds(60);
        MutableClock clock = new MutableClock(start);
        NotificationProperties defaults = new NotificationProperties(null, 0, null, null, null, null, null, 0,
                null, null, null, 0);
        DeliveryStore store = new DeliveryStore(new MongoTemplate(client, "outage_" + UUID.randomUUID().toString().substring(0, 8)));
        store.createIndexes(defaults.sentRetention());
        UUID eventId = UUID.randomUUID();
        for (int i = 0; i < 20; i++) {
            store.insertIfAbsent(Delivery.pending(UUID.randomUUID().toString(), new OutgoingEmail(eventId,
                    "tdkt.campaign.phase-changed.v1", "c-1", List.of("SNV"), "r" + i + "@snv.gov.vn", "Chủ đề", "Nội dung"),
                    start, null));
        }
        Map<String, AtomicInteger> sent = new ConcurrentHashMap<>();
        MailGateway mail = mock(MailGateway.class);
        doAnswer(call -> {
            if (clock.instant().isBefore(outageEnds)) {
                // What JavaMailSenderImpl throws when nothing listens on the SMTP port.
                throw new MailSendException("Mail server connection failed",
                        new MessagingException("Couldn't connect to host, port: 127.0.0.1, 2525",
                                new ConnectException("Connection refused")));
            }
            return sent.computeIfAbsent(call.getArgument(0), k -> new AtomicInteger()).incrementAndGet();
        }).when(mail).send(anyString(), anyString(), anyString(), any());
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        SmtpCircuitBreaker circuit = new SmtpCircuitBreaker(defaults, registry);
        DeliveryDispatcher dispatcher = new DeliveryDispatcher(store, mail, defaults, new DeliveryMetrics(registry),
                circuit, ObservationRegistry.NOOP, clock);
        Set<SmtpCircuitBreaker.State> seen = EnumSet.noneOf(SmtpCircuitBreaker.State.class);

        // Polls every simulated second until nothing is left to send, for at most a simulated day.
        for (int second = 0; second < 24 * 3600 && stillToSend(store) > 0; second++) {
            dispatcher.dispatchDue();
            seen.add(circuit.state());
            clock.advance(Duration.ofSeconds(1));
        }

        List<Delivery> deliveries = all(store);
        assertThat(deliveries).extracting(Delivery::status).containsOnly(DeliveryStatus.SENT);
        assertThat(sent).hasSize(20);
        assertThat(sent.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(deliveries).as("the outage used up no attempt").extracting(Delivery::attempts).containsOnly(1);
        assertThat(seen).as("the circuit opened, probed and closed").contains(SmtpCircuitBreaker.State.OPEN);
        assertThat(circuit.state()).isEqualTo(SmtpCircuitBreaker.State.CLOSED);
        assertThat(registry.get("tdkt.notification.smtp.circuit").gauge().value()).isZero();
        // 5 failures open the circuit; then one probe each 30 s until the server is back at 60 s.
        assertThat(Mockito.mockingDetails(mail).getInvocations()).filteredOn(call -> call.getMethod().getName()
                .equals("send")).hasSizeLessThanOrEqualTo(5 + 2 + 20);
        assertThat(clock.instant()).as("all sent soon after the outage").isBefore(outageEnds.plus(Duration.ofMinutes(3)));
    }

    private static long stillToSend(DeliveryStore store) {
        return all(store).stream().filter(d -> d.status() != DeliveryStatus.SENT && d.status() != DeliveryStatus.DEAD)
                .count();
    }

    private static List<Delivery> all(DeliveryStore store) {
        return store.find(new DeliveryFilter(Optional.empty(), Optional.empty(), Optional.empty()),
                new PageQuery(0, PageQuery.MAX_SIZE)).items();
    }
}
