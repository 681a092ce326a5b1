package vn.tdkt.support.mongo;

import java.util.concurrent.TimeUnit;
import com.mongodb.MongoClientSettings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Connect and read timeouts on the service's MongoDB client (see {@link MongoTimeoutProperties} for why). */
@AutoConfiguration(beforeName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration")
@ConditionalOnClass(MongoClientSettings.class)
@EnableConfigurationProperties(MongoTimeoutProperties.class)
public class MongoTimeoutsAutoConfiguration {

    /** Last, so that these bounds apply whatever the connection string says. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    MongoClientSettingsBuilderCustomizer tdktMongoTimeouts(MongoTimeoutProperties properties) {
        return settings -> settings.applyToSocketSettings(socket -> socket
                .connectTimeout((int) properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout((int) properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }
}
