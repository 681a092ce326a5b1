package vn.tdkt.support.campaigndirectory;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import vn.tdkt.support.security.Authorizer;

/**
 * The campaign projection for a consuming service. Deliberately not auto-configured: a service that
 * wants it says so with {@code @Import(CampaignDirectoryConfiguration.class)}, and campaign-service
 * (which owns the real campaigns and its own {@code /api/v1/campaigns}) never gets it by accident.
 */
@Configuration(proxyBeanMethods = false)
public class CampaignDirectoryConfiguration {

    @Bean
    CampaignDirectory campaignDirectory(MongoOperations mongo, ObjectProvider<Clock> clock) {
        return new CampaignDirectory(mongo, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    CampaignDirectoryController campaignDirectoryController(CampaignDirectory campaignDirectory,
                                                            Authorizer authorizer) {
        return new CampaignDirectoryController(campaignDirectory, authorizer);
    }
}
