package vn.tdkt.notification.bloc;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.tdkt.events.ConsumerGroups;
import vn.tdkt.events.bloc.BlocEvent;
import vn.tdkt.support.inbox.Inbox;

/** Binding {@code blocEvents-in-0} ({@code tdkt.bloc.events}). */
@Configuration(proxyBeanMethods = false)
class BlocEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> blocEvents(Inbox inbox, BlocResultNotifier notifier) {
        return message -> inbox.handle(ConsumerGroups.NOTIFICATION, message, BlocEvent.class, notifier::on);
    }
}
