package vn.tdkt.nomination;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Dates (decision dates, recognition dates, pack ranges) are stored as midnight UTC by the driver's own
 * java.time codecs, whatever the JVM's zone, so two instances never read a date a day apart.
 */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(conversions -> conversions.useNativeDriverJavaTimeCodecs());
    }
}
