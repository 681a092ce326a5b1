package vn.tdkt.events;

import java.util.List;

/** Topic names. Topics are created explicitly (never auto-created), default 6 partitions. */
public final class Topics {

    public static final String UNIT_EVENTS = "tdkt.unit.events";
    public static final String CAMPAIGN_EVENTS = "tdkt.campaign.events";
    public static final String NOMINATION_EVENTS = "tdkt.nomination.events";
    public static final String CONGRESS_EVENTS = "tdkt.congress.events";
    public static final String NOTIFICATION_EVENTS = "tdkt.notification.events";

    public static final int DEFAULT_PARTITIONS = 6;

    /** Every event topic, in the order the services are built. */
    public static final List<String> ALL = List.of(
            UNIT_EVENTS, CAMPAIGN_EVENTS, NOMINATION_EVENTS, CONGRESS_EVENTS, NOTIFICATION_EVENTS);

    private Topics() {
    }

    /** The dead-letter topic of one consumer group on one topic: {@code <topic>.<group>.dlq}. */
    public static String deadLetter(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlq";
    }
}
