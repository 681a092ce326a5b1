package vn.tdkt.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tdkt.events.Topics;

class InfrastructureTest {

    static Infrastructure infra;

    @BeforeAll
    static void start() {
        infra = Infrastructure.builder().proxied("proxied-service").build().start();
    }

    @AfterAll
    static void stop() {
        if (infra != null) {
            infra.close();
        }
    }

    @Test
    void aProxiedServiceReachesKafkaAndMongoOnlyThroughItsOwnProxies() throws Exception {
        Map<String, String> env = infra.environment("tdkt_proxied", "proxied-service");
        TcpProxy toKafka = infra.kafkaProxy("proxied-service");
        assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("127.0.0.1:" + toKafka.port());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, env.get("KAFKA_BOOTSTRAP_SERVERS")))) {
            // The broker advertises the proxy on this listener, so the client's every connection goes through it.
            assertThat(admin.describeCluster().nodes().get()).singleElement()
                    .satisfies(n -> assertThat(n.port()).isEqualTo(toKafka.port()));
        }
        try (MongoClient client = MongoClients.create(env.get("MONGODB_URI"))) {
            client.getDatabase("tdkt_proxied").getCollection("c").insertOne(new Document("through", "proxy"));
        }
        try (MongoClient direct = MongoClients.create(infra.mongoConnectionString())) {
            assertThat(direct.getDatabase("tdkt_proxied").getCollection("c").countDocuments()).isEqualTo(1);
        }
        assertThat(infra.environment("tdkt_x").get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(infra.kafkaBootstrapServers());
    }

    @Test
    void createsEveryTopicWithSixPartitionsAndALeaderEach() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()))) {
            Set<String> names = admin.listTopics().names().get();
            assertThat(names).containsAll(Topics.ALL).contains("tdkt.campaign.events.notification-service.dlq");
            Map<String, TopicDescription> described = admin.describeTopics(Infrastructure.topics()).allTopicNames().get();
            assertThat(described.values()).allSatisfy(d -> {
                assertThat(d.partitions()).hasSize(Topics.DEFAULT_PARTITIONS);
                assertThat(d.partitions()).allSatisfy(p -> assertThat(p.leader()).isNotNull());
            });
        }
    }

    @Test
    void stateTopicsAreCompactedSoThatALateConsumerStillLearnsEveryAggregate() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()))) {
            Map<String, String> unit = topicConfig(admin, Topics.UNIT_EVENTS);
            Map<String, String> campaign = topicConfig(admin, Topics.CAMPAIGN_EVENTS);
            Map<String, String> nomination = topicConfig(admin, Topics.NOMINATION_EVENTS);

            // Full-state events keyed by aggregate id: the newest of each key must outlive any retention.
            assertThat(unit).containsEntry("cleanup.policy", "compact");
            assertThat(campaign).containsEntry("cleanup.policy", "compact");
            assertThat(Long.parseLong(unit.get("min.compaction.lag.ms"))).as("every event kept a week")
                    .isGreaterThanOrEqualTo(Duration.ofDays(7).toMillis());
            assertThat(nomination).as("not a state topic (yet)").containsEntry("cleanup.policy", "delete");
        }
    }

    @Test
    void aTopicCreatedBeforeCompactionIsBroughtToTheContractConfiguration() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()))) {
            // A durable data directory from before the state topics were compacted.
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.CAMPAIGN_EVENTS);
            admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                    new ConfigEntry("cleanup.policy", "delete"), AlterConfigOp.OpType.SET)))).all().get();
            // Topic configuration reaches the broker's metadata a moment after the alter returns.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(topicConfig(admin, Topics.CAMPAIGN_EVENTS)).containsEntry("cleanup.policy", "delete"));

            KafkaNode.createTopics(infra.kafkaBootstrapServers(), Infrastructure.topics(), Topics.DEFAULT_PARTITIONS);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(topicConfig(admin, Topics.CAMPAIGN_EVENTS)).containsEntry("cleanup.policy", "compact"));
        }
    }

    private static Map<String, String> topicConfig(Admin admin, String topic) throws Exception {
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
        Map<String, String> values = new java.util.HashMap<>();
        config.entries().forEach(e -> values.put(e.name(), e.value()));
        return values;
    }

    @Test
    void producesAndConsumesARecord() throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.UNIT_EVENTS, "HN", "Thành phố Hà Nội")).get();
        }
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "infrastructure-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.UNIT_EVENTS));
            ConsumerRecord<String, String> received = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (received == null && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    received = r;
                }
            }
            assertThat(received).isNotNull();
            assertThat(received.key()).isEqualTo("HN");
            assertThat(received.value()).isEqualTo("Thành phố Hà Nội");
        }
    }

    @Test
    void listsAMailSentOverSmtpWithVietnameseIntact() throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(infra.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("thiduakhenthuong@hanoi.gov.vn", "Ban Thi đua – Khen thưởng", "UTF-8"));
        message.setRecipients(Message.RecipientType.TO, "vanphong@soyte.hanoi.gov.vn, thidua@sogd.hanoi.gov.vn");
        message.setSubject("Phát động phong trào thi đua \"Đổi mới, sáng tạo\"", "UTF-8");
        message.setText("Kính gửi các đơn vị: phong trào đã chuyển sang giai đoạn PHÁT ĐỘNG.", "UTF-8");
        message.setHeader("Content-Transfer-Encoding", "quoted-printable");
        Transport.send(message);

        ReceivedMail mail = infra.receivedMails().stream()
                .filter(m -> m.subject().startsWith("Phát động"))
                .findFirst().orElseThrow();
        assertThat(mail.subject()).isEqualTo("Phát động phong trào thi đua \"Đổi mới, sáng tạo\"");
        assertThat(mail.body()).isEqualTo("Kính gửi các đơn vị: phong trào đã chuyển sang giai đoạn PHÁT ĐỘNG.");
        assertThat(mail.from()).contains("Ban Thi đua – Khen thưởng").contains("thiduakhenthuong@hanoi.gov.vn");
        assertThat(mail.to()).containsExactlyInAnyOrder("vanphong@soyte.hanoi.gov.vn", "thidua@sogd.hanoi.gov.vn");
        assertThat(mail.receivedAt()).isNotNull();
        assertThat(new String(mail.subject().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).contains("Đổi");
    }

    @Test
    void controlEndpointListsMailsAsUtf8JsonAndClearsThem() throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(infra.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom("noreply@tdkt.local");
        message.setRecipients(Message.RecipientType.TO, "uyban@xa.gov.vn");
        message.setSubject("Tổng kết \"phong trào\"", "UTF-8");
        message.setText("Đã chuyển sang TỔNG KẾT", "UTF-8");
        message.setHeader("Content-Transfer-Encoding", "base64");
        Transport.send(message);

        try (ControlServer control = ControlServer.start(0, infra, null, () -> { }, () -> { })) {
            HttpClient http = HttpClient.newHttpClient();
            URI mails = URI.create("http://127.0.0.1:" + control.port() + "/mails");
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(mails).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
            assertThat(list.body()).contains("\"subject\":\"Tổng kết \\\"phong trào\\\"\"")
                    .contains("\"body\":\"Đã chuyển sang TỔNG KẾT\"")
                    .contains("\"to\":[\"uyban@xa.gov.vn\"]");

            HttpResponse<String> cleared = http.send(HttpRequest.newBuilder(mails).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(cleared.statusCode()).isEqualTo(204);
            assertThat(infra.receivedMails()).isEmpty();
        }
    }

    @Test
    void mongoAnswersAPing() {
        try (MongoClient client = MongoClients.create(infra.mongoUri("tdkt_test"))) {
            Document pong = client.getDatabase("tdkt_test").runCommand(new Document("ping", 1));
            assertThat(pong.get("ok", Number.class).doubleValue()).isEqualTo(1.0);
        }
    }

    @Test
    void environmentNamesEveryAddressAServiceNeeds() {
        assertThat(infra.environment("tdkt_campaign"))
                .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:" + infra.mongoPort() + "/tdkt_campaign")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers())
                .containsEntry("SMTP_HOST", "127.0.0.1")
                .containsEntry("SMTP_PORT", String.valueOf(infra.smtpPort()));
    }
}
