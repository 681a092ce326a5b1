package vn.tdkt.support.kafka;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** The broker connection shared by the outbox relay and the dead-letter API. */
@AutoConfiguration
public class KafkaConnectionAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    KafkaConnection tdktKafkaConnection(Environment environment) {
        return KafkaConnection.from(environment);
    }
}
