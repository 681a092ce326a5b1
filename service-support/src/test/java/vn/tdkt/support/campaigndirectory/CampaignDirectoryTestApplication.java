package vn.tdkt.support.campaigndirectory;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** A consuming service in miniature: auto-configuration plus the imported campaign directory, no component scan. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(CampaignDirectoryConfiguration.class)
class CampaignDirectoryTestApplication {
}
