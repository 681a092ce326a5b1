package vn.tdkt.support.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
        return TopicReader.readCommitted(kafkaBootstrap(), topic);
    }
}
