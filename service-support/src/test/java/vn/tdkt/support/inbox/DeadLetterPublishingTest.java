package vn.tdkt.support.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.support.GenericMessage;
import vn.tdkt.support.kafka.KafkaConnection;

class DeadLetterPublishingTest {

    private final DeadLetterPublishing publishing = new DeadLetterPublishing(
            new KafkaConnection("127.0.0.1:1", Map.of()), Duration.ofSeconds(30), new SimpleMeterRegistry());

    @Test
    void theBinderNeverRetriesNorDeadLettersItself() {
        assertThat(publishing.retryAndDlqInBinding("tdkt.campaign.events", "g")).isFalse();
        publishing.destroy();
    }

    @Test
    void aBindingWithASingleAttemptIsRefusedAtStartUp() {
        // With max-attempts 1 the binder would route failures through its own, lossy dead-letter sender.
        assertThatThrownBy(() -> publishing.configure(null, "tdkt.unit.events", "g",
                (record, e) -> new TopicPartition("dlq", 0), null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("max-attempts");
        publishing.destroy();
    }

    @Test
    void theDeadLetterNamesTheHandlersOwnExceptionUnderTheBindersHeaderNames() {
        IllegalStateException own = new IllegalStateException("Handler failed for c-1");
        Exception wrapped = new ListenerExecutionFailedException("Listener failed",
                new MessageHandlingException(new GenericMessage<>("x"), own));

        assertThat(DeadLetterPublishing.cause(wrapped)).isSameAs(own);
        assertThat(DeadLetterPublishing.binderHeaderNames().getOriginal().getTopicHeader()).isEqualTo("x-original-topic");
        assertThat(DeadLetterPublishing.binderHeaderNames().getExceptionInfo().getExceptionMessage())
                .isEqualTo("x-exception-message");
        publishing.destroy();
    }
}
