package vn.tdkt.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import vn.tdkt.events.ConsumerGroups;
import vn.tdkt.events.Topics;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.localstack.EventPublisher;
import vn.tdkt.support.testing.TestTokens;

/**
 * The launch scenario of {@link NotificationFlowIntegrationTest} on real MongoDB and Kafka, where a Docker
 * engine exists (skipped otherwise), so that any divergence of embedded-mongo shows.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NotificationContainersIntegrationTest {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.0");

    static GreenMail smtp;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers()))) {
            List<String> topics = new java.util.ArrayList<>(Topics.ALL);
            topics.addAll(ConsumerGroups.deadLetterTopics());
            admin.createTopics(topics.stream().map(t -> new NewTopic(t, 2, (short) 1)).toList()).all().get();
        }
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("tdkt_notification"));
        registry.add("spring.cloud.stream.kafka.binder.brokers", KAFKA::getBootstrapServers);
        TestTokens.register(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aLaunchEmailsEveryContactExactlyOnce() throws Exception {
        try (EventPublisher events = new EventPublisher(KAFKA.getBootstrapServers())) {
            events.publish(new UnitRegistered(UUID.randomUUID(), Instant.now(), "SNV", 1, "SNV", "Sở Nội vụ",
                    "DEPARTMENT", null, 80, List.of("thidua@snv.gov.vn", "vanthu@snv.gov.vn")));
            events.publish(new UnitRegistered(UUID.randomUUID(), Instant.now(), "PGD", 1, "PGD", "Phòng Giáo dục",
                    "OFFICE", "SNV", 30, List.of("PGD@pgd.gov.vn", "thidua@snv.gov.vn")));
            String title = "Thi đua thực hiện thắng lợi nhiệm vụ năm 2026";
            events.publish(new CampaignPhaseChanged(UUID.randomUUID(), Instant.now(), "c-1", 2, title, null, "SNV",
                    List.of("PGD"), "DRAFT", "LAUNCHED", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 31)));

            await().atMost(Duration.ofSeconds(90)).until(() -> smtp.getReceivedMessages().length == 3);
            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(Arrays.stream(received).map(NotificationContainersIntegrationTest::to))
                    .containsExactlyInAnyOrder("thidua@snv.gov.vn", "vanthu@snv.gov.vn", "pgd@pgd.gov.vn");
            for (MimeMessage message : received) {
                assertThat(message.getSubject()).isEqualTo("[Thi đua – Khen thưởng] Phát động phong trào: " + title);
            }
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
