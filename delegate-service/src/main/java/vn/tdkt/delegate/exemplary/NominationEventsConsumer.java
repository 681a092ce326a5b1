package vn.tdkt.delegate.exemplary;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.tdkt.events.ConsumerGroups;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.support.inbox.Inbox;

/** Binding {@code nominationEvents-in-0} ({@code tdkt.nomination.events}): keeps the exemplary people current. */
@Configuration(proxyBeanMethods = false)
class NominationEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> nominationEvents(Inbox inbox, ExemplaryPeople people) {
        return message -> inbox.handle(ConsumerGroups.DELEGATE, message, NominationEvent.class, people::apply);
    }
}
