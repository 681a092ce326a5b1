package vn.tdkt.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tdkt.events.Topics;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.localstack.EventPublisher;
import vn.tdkt.localstack.Infrastructure;
import vn.tdkt.localstack.ReceivedMail;
import vn.tdkt.support.testing.ServiceProbe;
import vn.tdkt.support.testing.TestTokens;

/**
 * Campaign events and the order of phase emails on a real broker: an event whose units are not known yet
 * is parked without holding up the topic and sent when they arrive; an event older than one already acted
 * on (a replayed dead letter, a late re-drive) sends nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// No @DirtiesContext: closing this context before NotificationFlowIntegrationTest starts its own leaves that
// one's console log in plain text instead of ECS JSON (which its trace test reads); it ends with the JVM.
class CampaignOrderingIntegrationTest {

    static final Infrastructure INFRA = Infrastructure.builder().build().start();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(INFRA::close, "infrastructure-stop"));
    }
    static final EventPublisher EVENTS = new EventPublisher(INFRA.kafkaBootstrapServers());
    static final Duration TIMEOUT = Duration.ofSeconds(120);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> INFRA.mongoUri("tdkt_notification"));
        registry.add("spring.cloud.stream.kafka.binder.brokers", INFRA::kafkaBootstrapServers);
        TestTokens.register(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", INFRA::smtpPort);
    }

    @AfterAll
    static void stopPublisher() {
        EVENTS.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoOperations mongo;

    @Test
    void aCampaignWaitingForItsUnitsHoldsUpNothingAndIsSentWhenTheyArrive() {
        EVENTS.publish(unit("ORD-ORG", "Sở Tư pháp", "thidua@stp.gov.vn"));
        String waitingTitle = "Phong trào chờ đơn vị mới";
        String otherTitle = "Phong trào không phải chờ";
        String waitingId = "c-waits-" + UUID.randomUUID();
        CampaignPhaseChanged waiting = phase(waitingId, 2, waitingTitle, "ORD-ORG", List.of("ORD-LATE"),
                "DRAFT", "LAUNCHED");
        // Another campaign behind it on the same partition, where a retrying record holds everything up.
        CampaignPhaseChanged other = phase(samePartitionAs(waitingId), 2, otherTitle, "ORD-ORG", List.of(),
                "DRAFT", "LAUNCHED");

        EVENTS.publish(waiting);
        EVENTS.publish(other);

        // Without parking, the first is retried for ≈ 30 s (then dead-lettered) while its partition waits.
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsAbout(otherTitle).size() == 1);
        assertThat(mailsAbout(waitingTitle)).isEmpty();

        EVENTS.publish(unit("ORD-LATE", "Phòng Tư pháp huyện", "tuphap@huyen.gov.vn"));

        await().atMost(TIMEOUT).until(() -> mailsAbout(waitingTitle).size() == 2);
        assertThat(mailsAbout(waitingTitle)).flatExtracting(ReceivedMail::to)
                .containsExactlyInAnyOrder("thidua@stp.gov.vn", "tuphap@huyen.gov.vn");
    }

    @Test
    void aPhaseEventOlderThanOneAlreadySentSendsNothing() throws Exception {
        EVENTS.publish(unit("ORD-OLD", "Sở Tài chính", "thidua@stc.gov.vn"));
        String id = "c-order-" + UUID.randomUUID();
        String title = "Phong trào không đi lùi";
        CampaignPhaseChanged review = phase(id, 3, title, "ORD-OLD", List.of(), "LAUNCHED", "MIDTERM_REVIEW");
        CampaignPhaseChanged launchedLate = phase(id, 2, title, "ORD-OLD", List.of(), "DRAFT", "LAUNCHED");

        EVENTS.publish(review);
        await().atMost(TIMEOUT).until(() -> mailsAbout(title).size() == 1);
        // As a replayed dead letter of the launch would arrive: after the newer phase.
        EVENTS.publish(launchedLate);
        new ServiceProbe(port, mongo, "notification-service").awaitHandled(launchedLate, TIMEOUT);
        Thread.sleep(2_000); // the dispatcher sends within a second of an enqueue

        assertThat(mailsAbout(title)).extracting(ReceivedMail::subject)
                .containsExactly("[Thi đua – Khen thưởng] Sơ kết phong trào: " + title);
    }

    /** A campaign id that the producer's default partitioner puts on the same partition as {@code id}. */
    private static String samePartitionAs(String id) {
        int partition = partition(id);
        String candidate;
        do {
            candidate = "c-flows-" + UUID.randomUUID();
        } while (partition(candidate) != partition);
        return candidate;
    }

    private static int partition(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % Topics.DEFAULT_PARTITIONS;
    }

    private static List<ReceivedMail> mailsAbout(String title) {
        return INFRA.receivedMails().stream().filter(mail -> mail.subject().endsWith(title)).toList();
    }

    private static UnitRegistered unit(String code, String name, String email) {
        return new UnitRegistered(UUID.randomUUID(), Instant.now(), code, 1, code, name, "DEPARTMENT", null, 50,
                List.of(email));
    }

    private static CampaignPhaseChanged phase(String campaignId, long version, String title, String organiser,
            List<String> recipients, String from, String to) {
        return new CampaignPhaseChanged(UUID.randomUUID(), Instant.now(), campaignId, version, title, null, organiser,
                recipients, from, to, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 31));
    }
}
