package vn.tdkt.nomination.campaign;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.tdkt.events.ConsumerGroups;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.support.campaigndirectory.CampaignDirectory;
import vn.tdkt.support.inbox.Inbox;

/** Binding {@code campaignEvents-in-0} ({@code tdkt.campaign.events}): keeps the campaign projection current. */
@Configuration(proxyBeanMethods = false)
class CampaignEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> campaignEvents(Inbox inbox, CampaignDirectory directory) {
        return message -> inbox.handle(ConsumerGroups.NOMINATION, message, CampaignEvent.class, directory::apply);
    }
}
