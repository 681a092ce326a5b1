package vn.tdkt.support.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import vn.tdkt.events.CloudEventHeaders;
import vn.tdkt.support.kafka.KafkaConnection;
import vn.tdkt.support.problem.NotFoundException;

/**
 * Reads dead-letter topics without a consumer group (assign + seek, nothing committed), so that
 * listing never moves anyone's offsets, and re-publishes one record to the topic it came from.
 */
final class DeadLetterStore {

    static final String ORIGINAL_TOPIC = "x-original-topic";
    static final String EXCEPTION_MESSAGE = "x-exception-message";
    /** The binder's bookkeeping headers, dropped on replay so the record looks as first published. */
    private static final String BINDER_HEADER_PREFIX = "x-";

    private final KafkaConnection connection;
    private final DeadLetterTopics topics;
    private final DeadLetterProperties properties;

    DeadLetterStore(KafkaConnection connection, DeadLetterTopics topics, DeadLetterProperties properties) {
        this.connection = connection;
        this.topics = topics;
        this.properties = properties;
    }

    List<DeadLetter> list() {
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            for (String topic : topics.names()) {
                for (TopicPartition partition : partitions(consumer, topic)) {
                    read(consumer, partition, 0, properties.limit() - letters.size(), letters::add);
                }
            }
        }
        // A stable order for paging: by time, then by the record's place, which is unique.
        letters.sort(Comparator.comparing(DeadLetter::timestamp, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(DeadLetter::topic).thenComparingInt(DeadLetter::partition)
                .thenComparingLong(DeadLetter::offset));
        return letters;
    }

    ReplayResult replay(ReplayRequest request) {
        if (!topics.contains(request.topic())) {
            throw new NotFoundException("'" + request.topic() + "' is not a dead-letter topic of this service; known: "
                    + topics.names());
        }
        ConsumerRecord<byte[], byte[]> record = find(request)
                .orElseThrow(() -> new NotFoundException("No dead letter at " + request.topic() + "/"
                        + request.partition() + "@" + request.offset()));
        String target = Optional.ofNullable(header(record.headers(), ORIGINAL_TOPIC))
                .orElse(topics.originalOf(request.topic()));
        if (target == null) {
            throw new NotFoundException("The original topic of " + request.topic() + " is unknown");
        }
        Headers headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(BINDER_HEADER_PREFIX)) {
                headers.add(header);
            }
        }
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            RecordMetadata sent = producer.send(new ProducerRecord<>(target, null, record.key(), record.value(), headers))
                    .get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return new ReplayResult(request.topic(), request.partition(), request.offset(), target, sent.partition(),
                    sent.offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("Interrupted while replaying", e);
        } catch (Exception e) {
            throw new KafkaUnavailableException("Kafka did not acknowledge the replay: " + e.getMessage(), e);
        }
    }

    private Optional<ConsumerRecord<byte[], byte[]>> find(ReplayRequest request) {
        TopicPartition partition = new TopicPartition(request.topic(), request.partition());
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            if (!partitions(consumer, request.topic()).contains(partition)) {
                return Optional.empty();
            }
            List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
            readRaw(consumer, partition, request.offset(), 1, found::add);
            return found.stream().filter(r -> r.offset() == request.offset()).findFirst();
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, properties.timeout());
        if (infos == null) {
            return List.of();
        }
        return infos.stream().map(p -> new TopicPartition(topic, p.partition()))
                .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
    }

    private void read(KafkaConsumer<byte[], byte[]> consumer, TopicPartition partition, long from, int max,
                      java.util.function.Consumer<DeadLetter> sink) {
        readRaw(consumer, partition, from, max, record -> sink.accept(letter(record)));
    }

    /** Reads from {@code from} up to the partition's end offset at the time of the call, at most {@code max}. */
    private void readRaw(KafkaConsumer<byte[], byte[]> consumer, TopicPartition partition, long from, int max,
                         java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> sink) {
        if (max <= 0) {
            return;
        }
        consumer.assign(List.of(partition));
        long end = consumer.endOffsets(List.of(partition), properties.timeout()).getOrDefault(partition, 0L);
        long start = Math.max(from, consumer.beginningOffsets(List.of(partition), properties.timeout())
                .getOrDefault(partition, 0L));
        if (start >= end) {
            return;
        }
        consumer.seek(partition, start);
        int taken = 0;
        long deadline = System.nanoTime() + properties.timeout().toNanos();
        while (consumer.position(partition, properties.timeout()) < end && taken < max
                && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200)).records(partition)) {
                if (record.offset() >= end || taken >= max) {
                    return;
                }
                sink.accept(record);
                taken++;
            }
        }
    }

    private static DeadLetter letter(ConsumerRecord<byte[], byte[]> record) {
        return new DeadLetter(record.topic(), record.partition(), record.offset(),
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                header(record.headers(), CloudEventHeaders.TYPE), header(record.headers(), CloudEventHeaders.ID),
                header(record.headers(), ORIGINAL_TOPIC), header(record.headers(), EXCEPTION_MESSAGE),
                record.timestamp() < 0 ? null : Instant.ofEpochMilli(record.timestamp()));
    }

    static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Map<String, Object> config = new HashMap<>(connection.clientProperties());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "tdkt-dead-letters-reader");
        config.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) properties.timeout().toMillis());
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) properties.timeout().toMillis());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return new KafkaConsumer<>(config);
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Map<String, Object> config = new HashMap<>(connection.clientProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "tdkt-dead-letters-replay");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, properties.timeout().toMillis());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(config);
    }
}
