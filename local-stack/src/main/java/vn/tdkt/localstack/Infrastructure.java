package vn.tdkt.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.events.ConsumerGroups;
import vn.tdkt.events.Topics;

/**
 * The infrastructure every service needs, in this JVM: embedded-mongo, a real Kafka broker (KRaft)
 * with every topic created, and a GreenMail SMTP server. Used by the services' integration tests,
 * the system tests and the {@link LocalStack} launcher.
 *
 * <pre>{@code
 * try (Infrastructure infra = Infrastructure.builder().build().start()) {
 *     Map<String, String> env = infra.environment("tdkt_campaign");
 * }
 * }</pre>
 */
public final class Infrastructure implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Infrastructure.class);

    private final Builder config;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private Path root;
    private boolean temporaryRoot;
    private MongoNode mongo;
    private KafkaNode kafka;
    private MailNode mail;
    /** By name (a service's module name): its own proxies to Kafka and MongoDB, for fault injection. */
    private final Map<String, TcpProxy> kafkaProxies = new LinkedHashMap<>();
    private final Map<String, TcpProxy> mongoProxies = new LinkedHashMap<>();

    private Infrastructure(Builder config) {
        this.config = config;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts MongoDB, Kafka (and its topics, each partition with a leader) and SMTP; on failure stops what started. */
    public synchronized Infrastructure start() {
        if (root != null) {
            throw new IllegalStateException("already started");
        }
        long begin = System.nanoTime();
        try {
            temporaryRoot = config.dataDirectory == null;
            root = temporaryRoot ? Files.createTempDirectory("tdkt-infra-") : Files.createDirectories(config.dataDirectory);
            mongo = track(MongoNode.start(config.mongoPort, temporaryRoot ? null : root.resolve("mongo")));
            List<KafkaNode.ProxiedListener> listeners = new ArrayList<>();
            for (String name : config.proxied) {
                int listenPort = Ports.free();
                TcpProxy toKafka = track(TcpProxy.start(name + "-kafka", 0, listenPort));
                kafkaProxies.put(name, toKafka);
                listeners.add(new KafkaNode.ProxiedListener(listenerName(name), listenPort, toKafka.port()));
                mongoProxies.put(name, track(TcpProxy.start(name + "-mongo", 0, mongo.port())));
            }
            kafka = track(KafkaNode.start(Ports.orFree(config.kafkaPort), root.resolve("kafka"), listeners));
            mail = track(MailNode.start(config.smtpPort));
            kafka.createTopics(topics(), config.partitions);
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
        log.info("infrastructure ready in {} ms: Kafka {}, MongoDB {}, SMTP 127.0.0.1:{}",
                (System.nanoTime() - begin) / 1_000_000, kafkaBootstrapServers(), mongoConnectionString(), smtpPort());
        return this;
    }

    /** The event topics and every dead-letter topic, in creation order. */
    public static List<String> topics() {
        List<String> all = new ArrayList<>(Topics.ALL);
        all.addAll(ConsumerGroups.deadLetterTopics());
        return List.copyOf(all);
    }

    public String kafkaBootstrapServers() {
        return running(kafka).bootstrapServers();
    }

    public int kafkaPort() {
        return running(kafka).port();
    }

    public String mongoConnectionString() {
        return running(mongo).connectionString();
    }

    public int mongoPort() {
        return running(mongo).port();
    }

    /** {@code mongodb://127.0.0.1:<port>/<database>}, the form of {@code MONGODB_URI}. */
    public String mongoUri(String database) {
        return "mongodb://127.0.0.1:" + mongoPort() + "/" + Objects.requireNonNull(database, "database");
    }

    public int smtpPort() {
        return running(mail).port();
    }

    /** Every mail received so far, oldest first, decoded. */
    public List<ReceivedMail> receivedMails() {
        return running(mail).receivedMails();
    }

    public void clearMails() {
        running(mail).clear();
    }

    /**
     * Stops the Kafka broker and keeps its port and log directory (a broker outage, for fault injection);
     * {@link #startKafka()} brings the same broker back.
     */
    public synchronized void stopKafka() {
        running(kafka).stop();
    }

    /** Starts the broker stopped by {@link #stopKafka()} and waits until every partition has a leader again. */
    public synchronized void startKafka() {
        running(kafka).restart();
        kafka.createTopics(topics(), config.partitions);
    }

    /** Closes the SMTP port (an outage: connections refused); the mails received so far are kept. */
    public synchronized void stopSmtp() {
        running(mail).stop();
    }

    /** Opens the SMTP port stopped by {@link #stopSmtp()} again. */
    public synchronized void startSmtp() {
        running(mail).restart();
    }

    /** The environment a service process needs (see docs/conventions.md), for one database. */
    public Map<String, String> environment(String database) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MONGODB_URI", mongoUri(database));
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", String.valueOf(smtpPort()));
        return Map.copyOf(env);
    }

    /**
     * Like {@link #environment(String)}, but Kafka and MongoDB are reached through the proxies built for
     * {@code proxyName} ({@link Builder#proxied}), so that a fault test can break just that service's connections.
     */
    public Map<String, String> environment(String database, String proxyName) {
        Map<String, String> env = new LinkedHashMap<>(environment(database));
        env.put("MONGODB_URI", "mongodb://127.0.0.1:" + proxy(mongoProxies, proxyName).port() + "/" + database);
        env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + proxy(kafkaProxies, proxyName).port());
        return Map.copyOf(env);
    }

    /** The proxy between the service named {@code name} and the Kafka broker. */
    public TcpProxy kafkaProxy(String name) {
        return proxy(kafkaProxies, name);
    }

    /** The proxy between the service named {@code name} and MongoDB. */
    public TcpProxy mongoProxy(String name) {
        return proxy(mongoProxies, name);
    }

    /** Whether {@link Builder#proxied} named {@code name}. */
    public boolean hasProxies(String name) {
        return kafkaProxies.containsKey(name);
    }

    private static TcpProxy proxy(Map<String, TcpProxy> proxies, String name) {
        TcpProxy p = proxies.get(name);
        if (p == null) {
            throw new IllegalStateException("no proxies for " + name + "; name it in Infrastructure.builder().proxied(…)");
        }
        return p;
    }

    /** A Kafka listener name for a proxy name: upper case letters, digits and underscores. */
    private static String listenerName(String name) {
        return "PROXY_" + name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** Stops SMTP, Kafka, then MongoDB (reverse start order); deletes the data when it was temporary. */
    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            AutoCloseable node = started.pop();
            try {
                node.close();
            } catch (Exception e) {
                log.warn("could not stop {}", node.getClass().getSimpleName(), e);
            }
        }
        if (temporaryRoot && root != null) {
            Files2.deleteRecursively(root);
        }
        mongo = null;
        kafka = null;
        mail = null;
        kafkaProxies.clear();
        mongoProxies.clear();
    }

    private <T extends AutoCloseable> T track(T node) {
        started.push(node);
        return node;
    }

    private static <T> T running(T node) {
        if (node == null) {
            throw new IllegalStateException("infrastructure is not running");
        }
        return node;
    }

    /** Settings; every port defaults to 0, a free port. */
    public static final class Builder {
        private int kafkaPort;
        private int mongoPort;
        private int smtpPort;
        private Path dataDirectory;
        private int partitions = Topics.DEFAULT_PARTITIONS;
        private final List<String> proxied = new ArrayList<>();

        private Builder() {
        }

        public Builder kafkaPort(int port) {
            this.kafkaPort = checkPort(port);
            return this;
        }

        public Builder mongoPort(int port) {
            this.mongoPort = checkPort(port);
            return this;
        }

        public Builder smtpPort(int port) {
            this.smtpPort = checkPort(port);
            return this;
        }

        /** Keeps Kafka and MongoDB data there across restarts; without it everything is temporary. */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = directory == null ? null : directory.toAbsolutePath();
            return this;
        }

        public Builder partitions(int partitions) {
            if (partitions < 1) {
                throw new IllegalArgumentException("partitions must be >= 1: " + partitions);
            }
            this.partitions = partitions;
            return this;
        }

        /**
         * For each name (a service's module name), a {@link TcpProxy} to Kafka (through a listener of its own,
         * advertised at the proxy's port, so that the client never goes around it) and one to MongoDB.
         */
        public Builder proxied(String... names) {
            proxied.addAll(List.of(names));
            return this;
        }

        public Infrastructure build() {
            return new Infrastructure(this);
        }

        /** Shortcut for {@code build().start()}. */
        public Infrastructure start() {
            return build().start();
        }

        private static int checkPort(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("not a port: " + port);
            }
            return port;
        }
    }
}
