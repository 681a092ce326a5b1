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

    /** What a projection must hold exactly as campaign-service stored it (full-state events, newest version wins). */
    private static final List<String> UNIT_STATE = List.of("name", "parentCode", "status", "successorCode", "version");
    private static final List<String> CAMPAIGN_STATE = List.of("phase", "parentCampaignId");

    /**
     * The unit is in campaign-service as its last answer said (name, parent after a move, merged into its
     * successor after a merger), and every projection holds what campaign-service stored.
     */
    private void checkUnits(List<LoadUnit> units, Set<Command> lost, List<String> problems) {
        Map<Service, Map<String, Document>> docs = new HashMap<>();
        for (Service s : Service.values()) {
            docs.put(s, byId(db(s), "units", LoadGenerator.PARENT + "-"));
        }
        for (LoadUnit unit : units) {
            Document stored = docs.get(Service.CAMPAIGN).get(unit.code);
            Command promise = unit.acceptedBy;
            if (promise == null && stored == null) {
                continue; // never accepted, never stored
            }
            Command blamed = promise != null ? promise : unit.unansweredBy;
            String wrong = promise == null ? null : unitDiffers(unit, stored);
            if (wrong != null) {
                lost.add(blamed);
                problems.add(unit.code + ": campaign-service " + wrong);
                continue;
            }
            for (Service p : UNIT_PROJECTIONS) {
                String differs = differs(docs.get(p).get(unit.code), stored, UNIT_STATE);
                if (differs != null) {
                    lost.add(blamed);
                    problems.add(unit.code + ": " + p + " " + differs);
                }
            }
        }
    }

    /** Why campaign-service's unit is not what the load's answers promised, or null. */
    private static String unitDiffers(LoadUnit unit, Document stored) {
        if (stored == null) {
            return "has nothing, answered " + unit.acceptedName;
        }
        String name = stored.getString("name");
        if (!(name.equals(unit.acceptedName) || name.equals(unit.unansweredName))) {
            return "has " + name + ", answered " + unit.acceptedName;
        }
        String parent = stored.getString("parentCode");
        if (!(parent.equals(unit.expectedParent()) || parent.equals(unit.unansweredParent))) {
            return "has it under " + parent + ", answered " + unit.expectedParent();
        }
        if (unit.mergedInto != null) {
            boolean mergerUnanswered = unit.unansweredBy != null && "merge units".equals(unit.unansweredBy.kind());
            boolean merged = "MERGED".equals(stored.getString("status")) && unit.mergedInto.equals(stored.getString("successorCode"));
            if (!merged && !mergerUnanswered) {
                return "has it " + stored.getString("status") + ", answered merged into " + unit.mergedInto;
            }
        }
        return null;
    }

    /**
     * The campaign's phase in campaign-service is what its last answer said, its milestones are there, and
     * nomination and delegate hold its phase, parent and version as stored.
     */
    private void checkCampaigns(List<LoadCampaign> campaigns, Set<Command> lost, List<String> problems) {
        Map<Service, Map<String, Document>> docs = new HashMap<>();
        for (Service s : List.of(Service.CAMPAIGN, Service.NOMINATION, Service.DELEGATE)) {
            docs.put(s, byId(db(s), "campaigns", ""));
        }
        for (LoadCampaign c : campaigns) {
            Document stored = docs.get(Service.CAMPAIGN).get(c.id);
            String phase = stored == null ? null : stored.getString("phase");
            if (phase == null || !(phase.equals(c.acceptedPhase) || phase.equals(c.unansweredPhase))) {
                lost.add(c.acceptedBy);
                problems.add(c.title + ": campaign-service has phase " + phase + ", answered " + c.acceptedPhase);
                continue;
            }
            List<String> milestones = stored.getList("milestones", Document.class, List.of()).stream()
                    .map(m -> m.getString("title")).toList();
            for (int i = 0; i < c.milestones.size(); i++) {
                Command added = c.milestoneCommands.get(i);
                if (added.outcome() == LoadGenerator.Outcome.ACCEPTED && !milestones.contains(c.milestones.get(i))) {
                    lost.add(added);
                    problems.add(c.title + ": campaign-service lacks the milestone " + c.milestones.get(i));
                }
            }
            for (Service p : CAMPAIGN_PROJECTIONS) {
                String differs = differs(docs.get(p).get(c.id), stored, CAMPAIGN_STATE);
                if (differs != null) {
                    lost.add(c.acceptedBy);
                    problems.add(c.title + ": " + p + " " + differs);
                }
            }
        }
    }

    /** The first field whose value differs between a projection's document and the stored one, or null. */
    private static String differs(Document projected, Document stored, List<String> fields) {
        if (projected == null) {
            return "has nothing";
        }
        for (String f : fields) {
            Object a = normal(projected.get(f));
            Object b = normal(stored.get(f));
            if (!Objects.equals(a, b)) {
                return "has " + f + " " + a + ", campaign-service " + b;
            }
        }
        return null;
    }

    /** Numbers compare by value (a projection may store an int where the source stores a long). */
    private static Object normal(Object value) {
        return value instanceof Number n ? (Object) n.longValue() : value;
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

    private static Map<String, Document> byId(MongoDatabase db, String collection, String idPrefix) {
        Map<String, Document> docs = new HashMap<>();
        var filter = idPrefix.isEmpty() ? new Document() : Filters.regex("_id", "^" + java.util.regex.Pattern.quote(idPrefix));
        for (Document d : db.getCollection(collection).find(filter)) {
            docs.put(String.valueOf(d.get("_id")), d);
        }
        return docs;
    }
}
