package vn.tdkt.support.deadletter;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param topics  the dead-letter topics to show; by default derived from the service's consumer
 *                bindings ({@code dlq-name}, or {@code <destination>.<group>.dlq})
 * @param timeout how long one listing or replay may wait on Kafka
 * @param limit   at most this many dead letters in one listing
 */
@ConfigurationProperties("tdkt.dead-letters")
record DeadLetterProperties(List<String> topics, Duration timeout, Integer limit) {

    DeadLetterProperties {
        topics = topics == null ? List.of() : List.copyOf(topics);
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        limit = limit == null ? 1000 : limit;
    }
}
