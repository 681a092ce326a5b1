package vn.tdkt.notification.unit;

import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.tdkt.events.ConsumerGroups;
import vn.tdkt.events.unit.UnitEvent;
import vn.tdkt.support.inbox.Inbox;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * Binding {@code unitEvents-in-0} ({@code tdkt.unit.events}): keeps the unit projection current and
 * publishes each applied unit event as an application event.
 */
@Configuration(proxyBeanMethods = false)
class UnitEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> unitEvents(Inbox inbox, UnitDirectory directory, UnitPeople people,
                                         ApplicationEventPublisher features) {
        // Then told to the other features in this thread (campaigns parked for this unit are re-driven),
        // so that a failure there retries the unit event, whose apply is idempotent.
        return message -> inbox.handle(ConsumerGroups.NOTIFICATION, message, UnitEvent.class, event -> {
            directory.apply(event);
            people.apply(event);
            features.publishEvent(event);
        });
    }
}
