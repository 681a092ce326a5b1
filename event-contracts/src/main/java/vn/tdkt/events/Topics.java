package vn.tdkt.events;

import java.util.List;
import java.util.Map;

/** Topic names. Topics are created explicitly (never auto-created), default 6 partitions. */
public final class Topics {

    public static final String UNIT_EVENTS = "tdkt.unit.events";
    public static final String CAMPAIGN_EVENTS = "tdkt.campaign.events";
    /**
     * Emulation blocs (campaign-service): their own topic rather than the campaign topic, because a bloc
     * is another aggregate with its own key space and consumers (nomination-service takes the results),
     * and the campaign topic's consumers expect campaigns only.
     */
    public static final String BLOC_EVENTS = "tdkt.bloc.events";
    public static final String NOMINATION_EVENTS = "tdkt.nomination.events";
    public static final String CONGRESS_EVENTS = "tdkt.congress.events";
    public static final String NOTIFICATION_EVENTS = "tdkt.notification.events";

    public static final int DEFAULT_PARTITIONS = 6;

    /** Every event topic, in the order the services are built. */
    public static final List<String> ALL = List.of(
            UNIT_EVENTS, CAMPAIGN_EVENTS, BLOC_EVENTS, NOMINATION_EVENTS, CONGRESS_EVENTS, NOTIFICATION_EVENTS);

    /**
     * Topic-level configuration of the state topics: their events carry an aggregate's whole state and
     * are keyed by its id, so compaction keeps the newest event of every unit, campaign and bloc for as long
     * as the topic exists (a consumer group that joins late, or a rebuilt projection, still learns
     * every aggregate), instead of deleting everything older than the broker's retention.
     * {@code min.compaction.lag.ms} keeps every single event for 7 days (the old retention), so a
     * consumer less than a week behind still sees each intermediate change (e.g. every phase);
     * {@code segment.ms} rolls a segment daily so that older ones become compactable.
     */
    public static final Map<String, String> STATE_TOPIC_CONFIG = Map.of(
            "cleanup.policy", "compact",
            "min.compaction.lag.ms", String.valueOf(7L * 24 * 60 * 60 * 1000),
            "segment.ms", String.valueOf(24L * 60 * 60 * 1000),
            "min.cleanable.dirty.ratio", "0.5");

    /**
     * The compacted topics: full-state events keyed by aggregate id. Bloc events all carry the bloc's name,
     * year and members, and a bloc year ends with its published result, so what compaction keeps for good
     * of a bloc is its result; the scorecards before it stay for the compaction lag (7 days).
     */
    public static final List<String> COMPACTED = List.of(UNIT_EVENTS, CAMPAIGN_EVENTS, BLOC_EVENTS);

    private Topics() {
    }

    /**
     * The configuration a topic is created with (and brought to when it already exists), the one source
     * for every place that creates topics; empty = the broker's defaults.
     */
    public static Map<String, String> config(String topic) {
        return COMPACTED.contains(topic) ? STATE_TOPIC_CONFIG : Map.of();
    }

    /** The dead-letter topic of one consumer group on one topic: {@code <topic>.<group>.dlq}. */
    public static String deadLetter(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlq";
    }
}
