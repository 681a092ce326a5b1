package vn.tdkt.support.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * How service-support's own Kafka clients (outbox producer, dead-letter reader) reach the broker:
 * the same brokers and client configuration as the Spring Cloud Stream Kafka binder
 * ({@code spring.cloud.stream.kafka.binder.brokers} and {@code .configuration.*}), so a service
 * configures Kafka once. Public only so that the auto-configurations of several packages share it.
 */
public record KafkaConnection(String bootstrapServers, Map<String, String> configuration) {

    static final String DEFAULT_BROKERS = "127.0.0.1:9092";

    public KafkaConnection {
        configuration = configuration == null ? Map.of() : Map.copyOf(configuration);
    }

    public static KafkaConnection from(Environment environment) {
        Binder binder = Binder.get(environment);
        String brokers = binder.bind("spring.cloud.stream.kafka.binder.brokers", Bindable.listOf(String.class))
                .map(list -> String.join(",", list))
                .orElseGet(() -> binder.bind("spring.kafka.bootstrap-servers", Bindable.listOf(String.class))
                        .map(list -> String.join(",", list))
                        .orElse(environment.getProperty("KAFKA_BOOTSTRAP_SERVERS", DEFAULT_BROKERS)));
        Map<String, String> configuration = binder
                .bind("spring.cloud.stream.kafka.binder.configuration", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        return new KafkaConnection(brokers, configuration);
    }

    /** Client properties with the bootstrap servers set: a base for a producer or consumer config. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> properties = new HashMap<>(configuration);
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return properties;
    }
}
