package vn.tdkt.delegate.campaign;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.tdkt.support.campaigndirectory.CampaignDirectoryConfiguration;

/** The shared campaign projection ({@code campaigns} collection, {@code GET /api/v1/campaigns}), in this service's database. */
@Configuration(proxyBeanMethods = false)
@Import(CampaignDirectoryConfiguration.class)
class CampaignProjectionConfiguration {
}
