package vn.tdkt.notification.campaign;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.tdkt.events.ConsumerGroups;
import vn.tdkt.events.DomainEvent;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.events.registration.CampaignRegistrationSubmitted;
import vn.tdkt.support.inbox.Inbox;

/**
 * Binding {@code campaignEvents-in-0} ({@code tdkt.campaign.events}): campaign events keep the reminders'
 * projection and are mailed; registrations, which share the topic, tell the deadline reminder who has
 * registered. The projection first: it is idempotent, so a mail failure that retries the event is harmless.
 */
@Configuration(proxyBeanMethods = false)
class CampaignEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> campaignEvents(Inbox inbox, CampaignPlans plans, CampaignRegistrations registrations,
                                             CampaignNotifier notifier) {
        return message -> inbox.handle(ConsumerGroups.NOTIFICATION, message, DomainEvent.class, event -> {
            switch (event) {
                case CampaignEvent campaign -> {
                    plans.apply(campaign);
                    notifier.on(campaign);
                }
                case CampaignRegistrationSubmitted registration -> registrations.record(registration);
                default -> { } // another family on this topic one day: not ours
            }
        });
    }
}
