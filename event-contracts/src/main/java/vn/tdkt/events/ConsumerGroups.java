package vn.tdkt.events;

import java.util.List;
import java.util.Map;

/**
 * Consumer groups and what each subscribes to (docs/events.md §1). One group per service, so that N
 * instances of a service share the partitions instead of each doing the work.
 */
public final class ConsumerGroups {

    public static final String NOMINATION = "nomination-service";
    public static final String DELEGATE = "delegate-service";
    public static final String NOTIFICATION = "notification-service";

    public static final Map<String, List<String>> SUBSCRIPTIONS = Map.of(
            NOMINATION, List.of(Topics.UNIT_EVENTS, Topics.CAMPAIGN_EVENTS),
            DELEGATE, List.of(Topics.UNIT_EVENTS, Topics.CAMPAIGN_EVENTS, Topics.NOMINATION_EVENTS),
            // notification-service mails each member unit of a bloc its published result.
            NOTIFICATION, List.of(Topics.UNIT_EVENTS, Topics.CAMPAIGN_EVENTS, Topics.BLOC_EVENTS,
                    Topics.NOMINATION_EVENTS, Topics.CONGRESS_EVENTS));

    private ConsumerGroups() {
    }

    /** Every dead-letter topic the consumer groups can write to; created up front with the event topics. */
    public static List<String> deadLetterTopics() {
        return SUBSCRIPTIONS.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream().map(topic -> Topics.deadLetter(topic, e.getKey())))
                .toList();
    }
}
