package vn.tdkt.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.events.Topics;

/**
 * A single real Kafka broker in KRaft combined mode (broker and controller in one node), in this JVM.
 * Static quorum (controller.quorum.voters), so the controller port may change between restarts of a
 * durable log directory: only the broker port is part of the contract.
 */
final class KafkaNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaNode.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final int port;
    private final Path logDir;
    /**
     * Extra listeners, each advertised at another port than it listens on: a {@link TcpProxy} sits
     * between, so that one service's connections to the broker can be broken without the others'.
     */
    private final List<ProxiedListener> proxied;
    /** Null while stopped (a fault-injection test stops the broker and starts it again). */
    private KafkaRaftServer server;

    /** A listener {@code name} on {@code listenPort}, advertised to clients as {@code advertisedPort}. */
    record ProxiedListener(String name, int listenPort, int advertisedPort) {
    }

    private KafkaNode(int port, Path logDir, List<ProxiedListener> proxied) {
        this.port = port;
        this.logDir = logDir;
        this.proxied = List.copyOf(proxied);
    }

    static KafkaNode start(int port, Path logDir) {
        return start(port, logDir, List.of());
    }

    static KafkaNode start(int port, Path logDir, List<ProxiedListener> proxied) {
        KafkaNode node = new KafkaNode(port, logDir, proxied);
        node.startServer();
        return node;
    }

    /**
     * Starts the broker again after {@link #stop()}, on the same port and log directory: topics, offsets
     * and committed consumer positions are all still there, as after a broker restart in production.
     */
    synchronized void restart() {
        if (server != null) {
            throw new IllegalStateException("Kafka on 127.0.0.1:" + port + " is running");
        }
        startServer();
    }

    /** Stops the broker (controlled shutdown) and keeps its data for {@link #restart()}. */
    synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
            log.info("Kafka broker on 127.0.0.1:{} stopped", port);
        }
    }

    private synchronized void startServer() {
        // A new controller port each time is fine: the quorum is static (see the class comment).
        int controllerPort = Ports.free();
        KafkaConfig config = KafkaConfig.fromProps(serverProperties(port, controllerPort, logDir, proxied), false);
        format(config, logDir);
        KafkaRaftServer started = new KafkaRaftServer(config, Time.SYSTEM);
        started.startup();
        server = started;
        log.info("Kafka broker (KRaft) on 127.0.0.1:{}, log dir {}", port, logDir);
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    /**
     * Creates the topics that do not exist yet with their contract configuration ({@link Topics#config}),
     * brings existing ones to it (a durable data directory from before), then waits until every
     * partition has a leader.
     */
    void createTopics(List<String> topics, int partitions) {
        createTopics(bootstrapServers(), topics, partitions);
    }

    static void createTopics(String bootstrapServers, List<String> topics, int partitions) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READY_TIMEOUT.toMillis()))) {
            Set<String> existing = admin.listTopics().names().get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, (short) 1).configs(Topics.config(t)))
                    .toList();
            createAll(admin, missing);
            alignConfigs(admin, topics.stream().filter(existing::contains).toList());
            awaitLeaders(admin, topics);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not create Kafka topics on " + bootstrapServers, e);
        }
    }

    /** Sets the contract configuration on topics that already existed; idempotent. */
    private static void alignConfigs(Admin admin, List<String> existing) throws InterruptedException, ExecutionException {
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
        for (String topic : existing) {
            List<AlterConfigOp> ops = Topics.config(topic).entrySet().stream()
                    .map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                    .toList();
            if (!ops.isEmpty()) {
                changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), ops);
            }
        }
        if (!changes.isEmpty()) {
            admin.incrementalAlterConfigs(changes).all().get();
        }
    }

    private static void createAll(Admin admin, List<NewTopic> missing) throws InterruptedException, ExecutionException {
        for (var result : admin.createTopics(missing).values().entrySet()) {
            try {
                result.getValue().get();
            } catch (ExecutionException e) {
                // Another starter may have raced us; an existing topic is exactly what we want.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    private static void awaitLeaders(Admin admin, List<String> topics) throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        List<String> leaderless = List.copyOf(topics);
        while (true) {
            try {
                Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames().get();
                leaderless = new ArrayList<>();
                for (TopicDescription d : descriptions.values()) {
                    if (d.partitions().stream().anyMatch(p -> p.leader() == null || p.leader().isEmpty())) {
                        leaderless.add(d.name());
                    }
                }
                if (leaderless.isEmpty()) {
                    return;
                }
            } catch (ExecutionException e) {
                // Metadata not propagated yet (UnknownTopicOrPartition): retry until the deadline.
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("partitions without a leader after " + READY_TIMEOUT + ": " + leaderless);
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Writes meta.properties and the bootstrap checkpoint once; a formatted (durable) directory is kept as is. */
    private static void format(KafkaConfig config, Path logDir) {
        try {
            Files.createDirectories(logDir);
            if (Files.exists(logDir.resolve("meta.properties"))) {
                return;
            }
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(config.nodeId())
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .addDirectory(logDir.toString())
                    .setIgnoreFormatted(true)
                    .run();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not format the Kafka log directory " + logDir, e);
        }
    }

    private static Properties serverProperties(int port, int controllerPort, Path logDir, List<ProxiedListener> proxied) {
        StringBuilder listeners = new StringBuilder("PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        StringBuilder advertised = new StringBuilder("PLAINTEXT://127.0.0.1:" + port);
        StringBuilder protocols = new StringBuilder("PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        for (ProxiedListener l : proxied) {
            listeners.append(',').append(l.name()).append("://127.0.0.1:").append(l.listenPort());
            advertised.append(',').append(l.name()).append("://127.0.0.1:").append(l.advertisedPort());
            protocols.append(',').append(l.name()).append(":PLAINTEXT");
        }
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", listeners.toString());
        p.put("advertised.listeners", advertised.toString());
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", protocols.toString());
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", "6");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("auto.create.topics.enable", "false");
        p.put("group.initial.rebalance.delay.ms", "0");
        // Single node: every internal topic has one replica; fewer partitions start faster.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "6");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "6");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // Modest footprint: the log cleaner's dedupe buffer defaults to 128 MiB of heap.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        p.put("log.cleaner.threads", "1");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        p.put("log.retention.hours", "168");
        p.put("controlled.shutdown.enable", "true");
        // A busy laptop or CI box makes controller events slow; Kafka logs each one over 2 s at ERROR.
        p.put("controller.performance.always.log.threshold.ms", "30000");
        return p;
    }
}
