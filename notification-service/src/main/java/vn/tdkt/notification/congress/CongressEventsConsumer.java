package vn.tdkt.notification.congress;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.tdkt.events.ConsumerGroups;
import vn.tdkt.events.congress.CongressEvent;
import vn.tdkt.support.inbox.Inbox;

/** Binding {@code congressEvents-in-0} ({@code tdkt.congress.events}). */
@Configuration(proxyBeanMethods = false)
class CongressEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> congressEvents(Inbox inbox, CongressReminderNotifier reminders) {
        return message -> inbox.handle(ConsumerGroups.NOTIFICATION, message, CongressEvent.class, reminders::on);
    }
}
