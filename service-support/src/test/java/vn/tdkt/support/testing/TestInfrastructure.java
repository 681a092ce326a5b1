package vn.tdkt.support.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import vn.tdkt.embeddedmongo.EmbeddedMongoServer;

/**
 * One real Kafka broker (KRaft) and one embedded MongoDB server per test JVM, started on first use.
 * Each test uses its own topics and database names, so tests do not see each other's data.
 */
public final class TestInfrastructure {

    public static final int PARTITIONS = 3;
    private static EmbeddedKafkaKraftBroker kafka;
    private static EmbeddedMongoServer mongo;
    private static MongoClient mongoClient;

    private TestInfrastructure() {
    }

    public static synchronized String kafkaBootstrap() {
        if (kafka == null) {
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
            broker.brokerProperty("auto.create.topics.enable", "false");
            broker.brokerProperty("transaction.state.log.replication.factor", "1");
            broker.brokerProperty("offsets.topic.replication.factor", "1");
            broker.afterPropertiesSet();
            kafka = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        }
        return kafka.getBrokersAsString();
    }

    public static void createTopics(String... topics) {
        kafkaBootstrap();
        List<NewTopic> missing = new ArrayList<>();
        for (String topic : topics) {
            if (!kafka.getTopics().contains(topic)) {
                missing.add(new NewTopic(topic, PARTITIONS, (short) 1));
            }
        }
        if (!missing.isEmpty()) {
            kafka.addTopics(missing.toArray(NewTopic[]::new));
        }
    }

    public static synchronized String mongoUri() {
        if (mongo == null) {
            mongo = EmbeddedMongoServer.builder().port(0).build().start();
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::close));
        }
        return mongo.connectionString();
    }

    public static synchronized MongoTemplate mongoTemplate(String database) {
        if (mongoClient == null) {
            mongoClient = MongoClients.create(mongoUri());
        }
        return new MongoTemplate(mongoClient, database);
    }

    /** Every committed record on a topic, all partitions, read without a consumer group as services read (read_committed). */
    public static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        records.sort((a, b) -> a.partition() != b.partition() ? Integer.compare(a.partition(), b.partition())
                : Long.compare(a.offset(), b.offset()));
        return records;
    }
}
