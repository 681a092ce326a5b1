package vn.tdkt.campaign;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tdkt.localstack.Infrastructure;

/** The first flow on a real Kafka broker (KRaft, topics pre-created) and embedded-mongo, in this JVM. */
@DirtiesContext
class CampaignServiceIntegrationTest extends FirstFlowScenario {

    static Infrastructure infrastructure;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure = Infrastructure.builder().build().start();
        registry.add("spring.mongodb.uri", () -> infrastructure.mongoUri("tdkt_campaign"));
        registry.add("spring.cloud.stream.kafka.binder.brokers", infrastructure::kafkaBootstrapServers);
    }

    @AfterAll
    static void stop() {
        if (infrastructure != null) {
            infrastructure.close();
        }
    }
}
