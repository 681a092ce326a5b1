package vn.tdkt.campaign;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * The driver's own java.time codecs store a {@code LocalDate} as midnight UTC; Spring Data's default
 * converters use the JVM's zone, so instances in different zones would read a campaign's dates
 * a day apart.
 */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(conversions -> conversions.useNativeDriverJavaTimeCodecs());
    }
}
