package vn.tdkt.support.deadletter;

import java.time.Instant;

/**
 * One record on a dead-letter topic, as an operator needs to judge and replay it.
 *
 * @param originalTopic    where it came from ({@code x-original-topic}), where a replay sends it
 * @param exceptionMessage why the consumer gave up on it ({@code x-exception-message})
 */
record DeadLetter(String topic, int partition, long offset, String key, String ceType, String ceId,
                  String originalTopic, String exceptionMessage, Instant timestamp) {
}
