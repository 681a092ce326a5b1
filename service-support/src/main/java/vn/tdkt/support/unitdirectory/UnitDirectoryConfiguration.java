package vn.tdkt.support.unitdirectory;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import vn.tdkt.support.security.Authorizer;
import vn.tdkt.support.security.UnitTree;

/**
 * The unit projection for a consuming service. Deliberately not auto-configured: a service that wants
 * it says so with {@code @Import(UnitDirectoryConfiguration.class)}, and campaign-service (which owns
 * the real registry and its own {@code /api/v1/units}) never gets it by accident.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UnitDirectoryProperties.class)
public class UnitDirectoryConfiguration {

    @Bean
    UnitDirectory unitDirectory(MongoOperations mongo, ObjectProvider<Clock> clock, UnitDirectoryProperties properties) {
        return new UnitDirectory(mongo, clock.getIfAvailable(Clock::systemUTC), properties.cacheTtl());
    }

    @Bean
    UnitDirectoryController unitDirectoryController(UnitDirectory unitDirectory, Authorizer authorizer) {
        return new UnitDirectoryController(unitDirectory, authorizer);
    }

    /** Authorization by unit subtree reads this service's own projection, never another service. */
    @Bean
    UnitTree unitTree(UnitDirectory unitDirectory) {
        return unitDirectory.tree();
    }
}
