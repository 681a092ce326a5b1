package vn.tdkt.notification.campaign;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.tdkt.events.ConsumerGroups;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.support.inbox.Inbox;

/** Binding {@code campaignEvents-in-0} ({@code tdkt.campaign.events}). */
@Configuration(proxyBeanMethods = false)
class CampaignEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> campaignEvents(Inbox inbox, CampaignNotifier notifier) {
        return message -> inbox.handle(ConsumerGroups.NOTIFICATION, message, CampaignEvent.class, notifier::on);
    }
}
