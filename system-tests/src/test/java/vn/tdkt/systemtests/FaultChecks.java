package vn.tdkt.systemtests;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import vn.tdkt.events.ConsumerGroups;
import vn.tdkt.events.Topics;
import vn.tdkt.localstack.Infrastructure;
import vn.tdkt.localstack.ReceivedMail;
import vn.tdkt.localstack.Service;
import vn.tdkt.systemtests.LoadGenerator.Command;
import vn.tdkt.systemtests.LoadGenerator.LoadCampaign;
import vn.tdkt.systemtests.LoadGenerator.LoadUnit;
import vn.tdkt.systemtests.LoadGenerator.Mailing;

/**
 * What the fault suite checks after each fault, read from the stores themselves rather than the APIs:
 * each service's MongoDB database, GreenMail's mailboxes and Kafka (dead-letter topics, committed
 * offsets). A command answered 2xx whose effect is missing anywhere is lost; an email received twice
 * for one (campaign, phase, contact) is duplicated.
 */
final class FaultChecks {

    /** Every dead-letter record must carry this in its key or value: only the suite's poison may sit there. */
    static final String POISON_MARK = "fault-poison";
    private static final List<Service> UNIT_PROJECTIONS = List.of(Service.NOMINATION, Service.DELEGATE, Service.NOTIFICATION);
    private static final List<Service> CAMPAIGN_PROJECTIONS = List.of(Service.NOMINATION, Service.DELEGATE);

    /** The outcome of one check: what is lost, doubled, and anything else wrong, each with a reason. */
    record Tally(Set<Command> lost, Set<Command> duplicated, List<String> problems, long lag, int foreignDeadLetters) {

        boolean recovered() {
            return lost.isEmpty() && lag == 0 && foreignDeadLetters == 0;
        }

        @Override
        public String toString() {
            return "lost " + lost.size() + ", duplicated " + duplicated.size() + ", consumer lag " + lag
                    + ", foreign dead letters " + foreignDeadLetters + (problems.isEmpty() ? "" : ":\n  " + String.join("\n  ", problems));
        }
    }

    private final Infrastructure infra;
    private final MongoClient mongo;

    FaultChecks(Infrastructure infra, MongoClient mongo) {
        this.infra = infra;
        this.mongo = mongo;
    }

    Tally check(List<LoadUnit> units, List<LoadCampaign> campaigns) {
        Set<Command> lost = new LinkedHashSet<>();
        Set<Command> duplicated = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        checkUnits(units, lost, problems);
        checkCampaigns(campaigns, lost, problems);
        checkMails(campaigns, lost, duplicated, problems);
        long lag = consumerLag(problems);
        int foreign = foreignDeadLetters(problems);
        return new Tally(lost, duplicated, problems, lag, foreign);
    }

    /** The unit is in campaign-service as its last answer said, and every projection holds what campaign-service stored. */
    private void checkUnits(List<LoadUnit> units, Set<Command> lost, List<String> problems) {
        Map<Service, Map<String, String>> names = new HashMap<>();
        for (Service s : Service.values()) {
            names.put(s, namesById(db(s), "units", LoadGenerator.PARENT + "-"));
        }
        for (LoadUnit unit : units) {
            String stored = names.get(Service.CAMPAIGN).get(unit.code);
            Command promise = unit.acceptedBy;
            if (promise == null && stored == null) {
                continue; // never accepted, never stored
            }
            Command blamed = promise != null ? promise : unit.unansweredBy;
            if (promise != null && (stored == null
                    || !(stored.equals(unit.acceptedName) || stored.equals(unit.unansweredName)))) {
                lost.add(blamed);
                problems.add(unit.code + ": campaign-service has " + stored + ", answered " + unit.acceptedName);
                continue;
            }
            for (Service p : UNIT_PROJECTIONS) {
                String projected = names.get(p).get(unit.code);
                if (!Objects.equals(projected, stored)) {
                    lost.add(blamed);
                    problems.add(unit.code + ": " + p + " has " + projected + ", campaign-service " + stored);
                }
            }
        }
    }

    /** The campaign's phase in campaign-service is what its last answer said, and nomination and delegate agree. */
    private void checkCampaigns(List<LoadCampaign> campaigns, Set<Command> lost, List<String> problems) {
        Map<Service, Map<String, String>> phases = new HashMap<>();
        for (Service s : List.of(Service.CAMPAIGN, Service.NOMINATION, Service.DELEGATE)) {
            Map<String, String> byId = new HashMap<>();
            for (Document d : db(s).getCollection("campaigns").find()) {
                byId.put(String.valueOf(d.get("_id")), d.getString("phase"));
            }
            phases.put(s, byId);
        }
        for (LoadCampaign c : campaigns) {
            String stored = phases.get(Service.CAMPAIGN).get(c.id);
            if (stored == null || !(stored.equals(c.acceptedPhase) || stored.equals(c.unansweredPhase))) {
                lost.add(c.acceptedBy);
                problems.add(c.title + ": campaign-service has phase " + stored + ", answered " + c.acceptedPhase);
                continue;
            }
            for (Service p : CAMPAIGN_PROJECTIONS) {
                String projected = phases.get(p).get(c.id);
                if (!stored.equals(projected)) {
                    lost.add(c.acceptedBy);
                    problems.add(c.title + ": " + p + " has phase " + projected + ", campaign-service " + stored);
                }
            }
        }
    }

    /** One email per contact per accepted move; at most one for a move whose answer never came. */
    private void checkMails(List<LoadCampaign> campaigns, Set<Command> lost, Set<Command> duplicated, List<String> problems) {
        Map<String, Integer> received = new HashMap<>();
        for (ReceivedMail mail : infra.receivedMails()) {
            for (String to : mail.to()) {
                received.merge(mail.subject() + "|" + to.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        for (LoadCampaign c : campaigns) {
            for (Mailing m : c.mailings) {
                for (String contact : c.contacts()) {
                    int n = received.entrySet().stream()
                            .filter(e -> e.getKey().endsWith("|" + contact) && isAbout(e.getKey(), c.title, m.action()))
                            .mapToInt(Map.Entry::getValue).sum();
                    if (n > 1) {
                        duplicated.add(m.command());
                        problems.add(n + " emails '" + m.action() + "' about " + c.title + " to " + contact);
                    } else if (n == 0 && m.command().outcome() == LoadGenerator.Outcome.ACCEPTED) {
                        lost.add(m.command());
                        problems.add("no email '" + m.action() + "' about " + c.title + " to " + contact);
                    }
                }
            }
        }
    }

    /** The subject is "… {action} phong trào: {title}"; titles are unique and end the subject. */
    private static boolean isAbout(String key, String title, String action) {
        String subject = key.substring(0, key.lastIndexOf('|'));
        return subject.endsWith(": " + title) && subject.contains(action);
    }

    /** Sum over every consumer group and subscribed partition of the records after its committed offset. */
    long consumerLag(List<String> problems) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000))) {
            long total = 0;
            for (Map.Entry<String, List<String>> group : new TreeMap<>(ConsumerGroups.SUBSCRIPTIONS).entrySet()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.getKey())
                        .partitionsToOffsetAndMetadata().get(20, TimeUnit.SECONDS);
                // Only what the group reads: some subscriptions of the contract have no consumer bound yet
                // (nothing publishes nomination or congress events today), and their poison would stay unread.
                Set<String> read = new HashSet<>();
                committed.keySet().forEach(tp -> read.add(tp.topic()));
                admin.describeConsumerGroups(List.of(group.getKey())).all().get(20, TimeUnit.SECONDS).get(group.getKey())
                        .members().forEach(m -> m.assignment().topicPartitions().forEach(tp -> read.add(tp.topic())));
                Map<TopicPartition, OffsetSpec> ask = new HashMap<>();
                for (String topic : group.getValue().stream().filter(read::contains).toList()) {
                    for (int p = 0; p < Topics.DEFAULT_PARTITIONS; p++) {
                        ask.put(new TopicPartition(topic, p), OffsetSpec.latest());
                    }
                }
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(ask).all()
                        .get(20, TimeUnit.SECONDS);
                Map<TopicPartition, long[]> behind = new HashMap<>();
                for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : ends.entrySet()) {
                    OffsetAndMetadata at = committed.get(end.getKey());
                    long from = at == null ? 0 : at.offset();
                    if (end.getValue().offset() > from) {
                        behind.put(end.getKey(), new long[] {from, end.getValue().offset()});
                    }
                }
                for (Map.Entry<TopicPartition, Long> unread : unreadRecords(behind).entrySet()) {
                    if (unread.getValue() > 0) {
                        problems.add("consumer group " + group.getKey() + " is " + unread.getValue() + " behind on " + unread.getKey());
                        total += unread.getValue();
                    }
                }
            }
            return total;
        } catch (ExecutionException | TimeoutException e) {
            problems.add("consumer lag unreadable: " + e);
            return Long.MAX_VALUE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The records a {@code read_committed} consumer would still get between each group's committed offset and
     * the end: the outbox relay writes in transactions, so the last offset of a partition is often a commit
     * marker that a consumer passes without ever committing past it. A transaction still open counts as unread.
     */
    private Map<TopicPartition, Long> unreadRecords(Map<TopicPartition, long[]> behind) {
        Map<TopicPartition, Long> unread = new HashMap<>();
        if (behind.isEmpty()) {
            return unread;
        }
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(behind.keySet());
            behind.forEach((tp, range) -> {
                consumer.seek(tp, range[0]);
                unread.put(tp, 0L);
            });
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (behind.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue()[1])) {
                if (System.nanoTime() > deadline) {
                    // Stuck before the end: an open transaction. Whatever is left counts as behind.
                    behind.forEach((tp, range) -> unread.merge(tp, Math.max(0, range[1] - consumer.position(tp)), Long::sum));
                    return unread;
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    if (r.offset() < behind.get(tp)[1]) {
                        unread.merge(tp, 1L, Long::sum);
                    }
                }
            }
        }
        return unread;
    }

    /** Dead-letter records that are not the suite's poison: each one is a legitimate event that was given up on. */
    int foreignDeadLetters(List<String> problems) {
        int foreign = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : ConsumerGroups.deadLetterTopics()) {
                for (int p = 0; p < Topics.DEFAULT_PARTITIONS; p++) {
                    partitions.add(new TopicPartition(topic, p));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(20));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                if (System.nanoTime() > deadline) {
                    problems.add("dead-letter topics not read to their end within 30 s");
                    return foreign + 1;
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (!text(r.key()).contains(POISON_MARK) && !text(r.value()).contains(POISON_MARK)) {
                        foreign++;
                        problems.add("dead letter that is no poison: " + r.topic() + "/" + r.partition() + "@" + r.offset()
                                + " key " + text(r.key()));
                    }
                }
            }
        }
        return foreign;
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    private MongoDatabase db(Service s) {
        return mongo.getDatabase(s.database());
    }

    private static Map<String, String> namesById(MongoDatabase db, String collection, String idPrefix) {
        Map<String, String> names = new HashMap<>();
        for (Document d : db.getCollection(collection).find(Filters.regex("_id", "^" + java.util.regex.Pattern.quote(idPrefix)))) {
            names.put(String.valueOf(d.get("_id")), d.getString("name"));
        }
        return names;
    }
}
