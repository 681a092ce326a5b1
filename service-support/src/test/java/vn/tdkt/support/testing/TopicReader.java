package vn.tdkt.support.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Every committed record of a topic, read without a consumer group, in partition and offset order.
 *
 * <p>A transactional producer's commit returns before the broker has written the commit markers, so
 * a {@code read_committed} consumer's end offset (the last stable offset) can still sit before
 * records that are already committed. Reading up to the high watermark instead waits for the
 * markers; a transaction left open is waited for until the deadline.
 */
public final class TopicReader {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private TopicReader() {
    }

    public static List<ConsumerRecord<String, byte[]>> readCommitted(String bootstrapServers, String topic) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> committed = consumer(bootstrapServers, "read_committed");
                KafkaConsumer<String, byte[]> uncommitted = consumer(bootstrapServers, "read_uncommitted")) {
            List<TopicPartition> partitions = committed.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            committed.assign(partitions);
            committed.seekToBeginning(partitions);
            Map<TopicPartition, Long> highWatermarks = uncommitted.endOffsets(partitions);
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (partitions.stream().anyMatch(p -> committed.position(p) < highWatermarks.get(p))
                    && System.nanoTime() < deadline) {
                committed.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        records.sort(Comparator.<ConsumerRecord<String, byte[]>>comparingInt(ConsumerRecord::partition)
                .thenComparingLong(ConsumerRecord::offset));
        return records;
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrapServers, String isolation) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation),
                new StringDeserializer(), new ByteArrayDeserializer());
    }
}
