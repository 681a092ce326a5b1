package vn.tdkt.campaign;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import vn.tdkt.events.Topics;

/** The same flow on real MongoDB (a replica set) and Kafka images, where a Docker engine exists. */
@Testcontainers(disabledWithoutDocker = true)
@DirtiesContext
class CampaignServiceContainersTest extends FirstFlowScenario {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.0");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
        // as in production, topics exist before the service publishes (never auto-created)
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(Topics.UNIT_EVENTS, Topics.DEFAULT_PARTITIONS, (short) 1),
                    new NewTopic(Topics.CAMPAIGN_EVENTS, Topics.DEFAULT_PARTITIONS, (short) 1))).all().get();
        }
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("tdkt_campaign"));
        registry.add("spring.cloud.stream.kafka.binder.brokers", KAFKA::getBootstrapServers);
    }
}
