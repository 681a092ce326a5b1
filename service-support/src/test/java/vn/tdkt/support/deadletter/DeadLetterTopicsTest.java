package vn.tdkt.support.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import vn.tdkt.support.kafka.KafkaConnection;

class DeadLetterTopicsTest {

    private final DeadLetterProperties defaults = new DeadLetterProperties(null, null, null);

    @Test
    void readmeStyleDefaultsGiveOneDeadLetterTopicPerConsumerBinding() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.cloud.stream.default.group", "notification-service")
                .withProperty("spring.cloud.stream.kafka.default.consumer.enable-dlq", "true")
                .withProperty("spring.cloud.stream.bindings.unitEvents-in-0.destination", "tdkt.unit.events")
                .withProperty("spring.cloud.stream.bindings.campaignEvents-in-0.destination", "tdkt.campaign.events")
                .withProperty("spring.cloud.stream.kafka.bindings.campaignEvents-in-0.consumer.dlq-name",
                        "tdkt.campaign.events.notification-service.dlq");

        DeadLetterTopics topics = DeadLetterTopics.from(env, defaults);

        assertThat(topics.names()).containsExactlyInAnyOrder("tdkt.unit.events.notification-service.dlq",
                "tdkt.campaign.events.notification-service.dlq");
        assertThat(topics.originalOf("tdkt.unit.events.notification-service.dlq")).isEqualTo("tdkt.unit.events");
    }

    @Test
    void perBindingGroupAndDlqSettingsWinAndBindingsWithoutDlqAreLeftOut() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.cloud.stream.bindings.unitEvents-in-0.destination", "tdkt.unit.events")
                .withProperty("spring.cloud.stream.bindings.unitEvents-in-0.group", "delegate-service")
                .withProperty("spring.cloud.stream.kafka.bindings.unitEvents-in-0.consumer.enable-dlq", "true")
                .withProperty("spring.cloud.stream.bindings.campaignEvents-in-0.destination", "tdkt.campaign.events")
                .withProperty("spring.cloud.stream.bindings.campaignEvents-in-0.group", "delegate-service")
                .withProperty("spring.cloud.stream.bindings.audit-out-0.destination", "tdkt.audit");

        DeadLetterTopics topics = DeadLetterTopics.from(env, new DeadLetterProperties(List.of("extra.dlq"), null, null));

        assertThat(topics.names()).containsExactly("tdkt.unit.events.delegate-service.dlq", "extra.dlq");
        assertThat(topics.originalOf("extra.dlq")).isNull();
    }

    @Test
    void aServiceWithoutConsumersHasNoDeadLetters() {
        assertThat(DeadLetterTopics.from(new MockEnvironment(), defaults).names()).isEmpty();
    }

    @Test
    void kafkaDownIsAKafkaErrorNotAHang() {
        DeadLetterStore store = new DeadLetterStore(new KafkaConnection("127.0.0.1:1", Map.of()),
                DeadLetterTopics.of(Map.of("a.dlq", "a")), new DeadLetterProperties(null, Duration.ofSeconds(1), null));

        assertThatThrownBy(store::list).isInstanceOf(KafkaException.class);
    }
}
