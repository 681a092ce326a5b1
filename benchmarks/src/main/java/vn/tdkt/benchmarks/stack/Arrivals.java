package vn.tdkt.benchmarks.stack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A {@code read_committed} consumer on every partition of one topic, from its end, that notes when each
 * record arrives ({@link System#nanoTime()} on its own thread, the moment {@code poll} hands the record
 * over) under an id taken from the record. A waiter then reads the arrival time, so how often it checks
 * does not enter the figure.
 */
public final class Arrivals implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final Function<ConsumerRecord<String, String>, String> idOf;
    private final Map<String, Long> arrived = new ConcurrentHashMap<>();
    private final Thread poller;
    private volatile boolean running = true;

    public Arrivals(String bootstrapServers, String topic, Function<ConsumerRecord<String, String>, String> idOf) {
        this.idOf = idOf;
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        // The broker answers a fetch as soon as committed data is there; this only bounds an idle wait.
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "20");
        consumer = new KafkaConsumer<>(p);
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now, so nothing sent from here on is missed
        poller = Thread.ofPlatform().daemon().name("arrivals-" + topic).start(this::poll);
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    String id = idOf.apply(record);
                    if (id != null) {
                        arrived.putIfAbsent(id, now);
                    }
                }
            }
        } catch (WakeupException stopping) {
            // closed
        } finally {
            consumer.close();
        }
    }

    /** The arrival time of the record with this id, waiting for it at most {@code timeout}; -1 if it never came. */
    public long await(String id, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Long at;
        while ((at = arrived.remove(id)) == null) {
            if (System.nanoTime() > deadline || !poller.isAlive()) {
                return -1;
            }
            LockSupport.parkNanos(50_000);
        }
        return at;
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
