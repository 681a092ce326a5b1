package vn.tdkt.support.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.binder.kafka.support.ConsumerConfigCustomizer;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import vn.tdkt.support.kafka.KafkaConnection;

/** The idempotent-consumer inbox on the service's MongoDB. */
@AutoConfiguration(afterName = {"org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "vn.tdkt.support.kafka.KafkaConnectionAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(MongoOperations.class)
@ConditionalOnBean(MongoOperations.class)
@EnableConfigurationProperties(InboxProperties.class)
public class InboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Inbox inbox(MongoOperations mongo, InboxProperties properties, ObjectProvider<MeterRegistry> meters,
                ObjectProvider<ObservationRegistry> observations) {
        ProcessedEvents processed = new ProcessedEvents(mongo, Clock.systemUTC());
        processed.createIndexes(properties.retention());
        return new Inbox(processed, meters.getIfAvailable(SimpleMeterRegistry::new),
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    /** Dead-letter writes that fail the record instead of skipping it (see {@link DeadLetterPublishing}). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer")
    static class DeadLetterPublishingConfiguration {

        @Bean
        @ConditionalOnMissingBean(ListenerContainerCustomizer.class)
        DeadLetterPublishing tdktDeadLetterPublishing(KafkaConnection connection, InboxProperties properties,
                ObjectProvider<MeterRegistry> meters) {
            return new DeadLetterPublishing(connection, properties.deadLetterTimeout(),
                    meters.getIfAvailable(SimpleMeterRegistry::new));
        }

        /**
         * Every binding reads only committed records: the outbox relay publishes in transactions, and a relay
         * fenced after it lost its lease leaves an aborted one that must never reach a consumer. Set here, once,
         * so no service can forget it; a service that declares its own customizer must set it there.
         */
        @Bean
        @ConditionalOnMissingBean(ConsumerConfigCustomizer.class)
        ConsumerConfigCustomizer tdktReadCommitted() {
            return (config, binding, destination) ->
                    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        }
    }
}
