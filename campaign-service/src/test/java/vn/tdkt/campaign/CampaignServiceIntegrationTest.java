package vn.tdkt.campaign;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;
import vn.tdkt.localstack.Infrastructure;

/** The first flow on a real Kafka broker (KRaft, topics pre-created) and embedded-mongo, in this JVM. */
@DirtiesContext
@TestExecutionListeners(listeners = OwnInfrastructure.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class CampaignServiceIntegrationTest extends FirstFlowScenario {

    static Infrastructure infrastructure;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure = OwnInfrastructure.start(CampaignServiceIntegrationTest.class);
        registry.add("spring.mongodb.uri", () -> infrastructure.mongoUri("tdkt_campaign"));
        registry.add("spring.cloud.stream.kafka.binder.brokers", infrastructure::kafkaBootstrapServers);
    }

}
