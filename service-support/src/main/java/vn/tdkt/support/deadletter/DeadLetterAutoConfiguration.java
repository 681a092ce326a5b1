package vn.tdkt.support.deadletter;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import vn.tdkt.support.kafka.KafkaConnection;
import vn.tdkt.support.kafka.KafkaConnectionAutoConfiguration;

/** {@code /api/v1/dead-letters} in every servlet service; lists nothing where there are no consumers. */
@AutoConfiguration(after = KafkaConnectionAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "tdkt.dead-letters.enabled", matchIfMissing = true)
@EnableConfigurationProperties(DeadLetterProperties.class)
@Import(DeadLetterController.class)
public class DeadLetterAutoConfiguration {

    @Bean
    DeadLetterStore tdktDeadLetterStore(KafkaConnection connection, DeadLetterProperties properties,
                                        Environment environment) {
        return new DeadLetterStore(connection, DeadLetterTopics.from(environment, properties), properties);
    }
}
