package vn.tdkt.support.it;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.support.inbox.Inbox;

/** A consuming service as the README tells services to write one. */
@SpringBootApplication
class ConsumerTestApplication {

    static final String GROUP = "test-consumer";

    /** What the handler saw; aggregates listed in {@code failing} make it throw. */
    static final class Handled {
        final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        final List<String> handled = new CopyOnWriteArrayList<>();
        final Set<String> failing = ConcurrentHashMap.newKeySet();

        void accept(CampaignEvent event) {
            attempts.computeIfAbsent(event.eventId().toString(), id -> new AtomicInteger()).incrementAndGet();
            if (failing.contains(event.aggregateId())) {
                throw new IllegalStateException("Handler failed for " + event.aggregateId());
            }
            handled.add(event.eventId().toString());
        }

        int attempts(String eventId) {
            AtomicInteger count = attempts.get(eventId);
            return count == null ? 0 : count.get();
        }

        long timesHandled(String eventId) {
            return handled.stream().filter(eventId::equals).count();
        }
    }

    @Bean
    Handled handled() {
        return new Handled();
    }

    @Bean
    Consumer<Message<byte[]>> campaignEvents(Inbox inbox, Handled handled) {
        return message -> inbox.handle(GROUP, message, CampaignEvent.class, handled::accept);
    }
}
