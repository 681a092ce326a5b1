package vn.tdkt.support.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoOperations;
import vn.tdkt.support.kafka.KafkaConnection;
import vn.tdkt.support.kafka.KafkaConnectionAutoConfiguration;

/** The outbox relay, on the service's MongoDB and the binder's Kafka brokers. */
@AutoConfiguration(after = KafkaConnectionAutoConfiguration.class,
        afterName = {"org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(MongoOperations.class)
@ConditionalOnBean(MongoOperations.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OutboxRelay outboxRelay(MongoOperations mongo, KafkaConnection kafka, OutboxProperties properties, ParkedEvents parked,
                            Environment environment, ObjectProvider<MeterRegistry> meters,
                            ObjectProvider<ObservationRegistry> observations) {
        String application = environment.getProperty("spring.application.name", "tdkt");
        String source = properties.source() != null && !properties.source().isBlank() ? properties.source()
                : "/" + application;
        String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
        Clock clock = Clock.systemUTC();
        return new OutboxRelay(mongo, collection -> KafkaEventSender.create(kafka.clientProperties(),
                        properties.sendTimeout(), KafkaEventSender.transactionalId(application, collection),
                        properties.leaseDuration()),
                properties, source, new OutboxLease(mongo, owner, properties.leaseDuration(), clock), parked,
                meters.getIfAvailable(SimpleMeterRegistry::new),
                observations.getIfAvailable(() -> ObservationRegistry.NOOP), clock);
    }

    @Bean
    @ConditionalOnMissingBean
    ParkedEvents tdktParkedEvents(MongoOperations mongo) {
        return new ParkedEvents(mongo);
    }

    /** {@code GET /api/v1/outbox/parked} for operators, in servlet services. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @Import(ParkedEventController.class)
    static class ParkedEventsApi {
    }

    /** The one way a service writes an aggregate together with its events. */
    @Bean
    @ConditionalOnMissingBean
    OutboxWrites outboxWrites(MongoOperations mongo, OutboxProperties properties) {
        return new OutboxWrites(mongo, properties);
    }
}
