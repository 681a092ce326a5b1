package vn.tdkt.notification.nomination;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.tdkt.events.ConsumerGroups;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.support.inbox.Inbox;

/** Binding {@code nominationEvents-in-0} ({@code tdkt.nomination.events}). */
@Configuration(proxyBeanMethods = false)
class NominationEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> nominationEvents(Inbox inbox, DossierNotifier dossiers) {
        return message -> inbox.handle(ConsumerGroups.NOTIFICATION, message, NominationEvent.class, dossiers::on);
    }
}
