package vn.tdkt.benchmarks.campaign;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.tdkt.benchmarks.stack.Arrivals;
import vn.tdkt.benchmarks.stack.Latencies;
import vn.tdkt.events.Topics;

/**
 * The raw baseline of the relay: one record produced and consumed on the same broker, by the same kind of
 * consumer ({@link Arrivals}, {@code read_committed}), one at a time. Twice: a plain idempotent producer
 * ({@code acks=all}), and a transactional one doing what the relay does per document (begin, send, wait for
 * the acknowledgement, commit), which is the least any outbox relay with Kafka transactions can take.
 */
final class KafkaRoundTrip {

    static final String TOPIC = "bench.roundtrip";

    record Result(Latencies plain, Latencies transactional) {
    }

    private KafkaRoundTrip() {
    }

    static Result measure(String bootstrapServers, int warmup, int count) throws Exception {
        createTopic(bootstrapServers);
        try (Arrivals arrivals = new Arrivals(bootstrapServers, TOPIC, r -> r.value())) {
            Latencies plain;
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(bootstrapServers, null))) {
                plain = run("plain", arrivals, warmup, count, (key, value) ->
                        producer.send(new ProducerRecord<>(TOPIC, key, value)).get());
            }
            Latencies transactional;
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                    producerConfig(bootstrapServers, "bench-roundtrip-" + System.nanoTime()))) {
                producer.initTransactions();
                transactional = run("tx", arrivals, warmup, count, (key, value) -> {
                    producer.beginTransaction();
                    producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
                    producer.commitTransaction();
                });
            }
            return new Result(plain, transactional);
        }
    }

    interface Send {
        void send(String key, String value) throws Exception;
    }

    private static Latencies run(String kind, Arrivals arrivals, int warmup, int count, Send send) throws Exception {
        List<Long> measured = new ArrayList<>(count);
        int lost = 0;
        for (int i = 0; i < warmup + count; i++) {
            String value = kind + "-" + System.nanoTime() + "-" + i;
            long start = System.nanoTime();
            send.send("rt-" + (i % 64), value);
            long at = arrivals.await(value, Duration.ofSeconds(30));
            if (i >= warmup) {
                if (at < 0) {
                    lost++;
                } else {
                    measured.add(at - start);
                }
            }
        }
        return Latencies.of(measured, lost);
    }

    private static Properties producerConfig(String bootstrapServers, String transactionalId) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        if (transactionalId != null) {
            p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        }
        return p;
    }

    private static void createTopic(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, Topics.DEFAULT_PARTITIONS, (short) 1))).all().get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        // A new topic's partitions need a leader before a producer can use them.
        Thread.sleep(Duration.ofSeconds(2));
    }
}
