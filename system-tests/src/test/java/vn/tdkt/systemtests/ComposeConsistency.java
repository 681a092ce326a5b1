package vn.tdkt.systemtests;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import vn.tdkt.events.ConsumerGroups;
import vn.tdkt.events.Topics;

/**
 * Checks {@code docker-compose.yml} (and what it mounts or builds) against the services'
 * {@code application.yml}, the conventions and the event contracts. Returns every problem found,
 * as sentences; an empty list means consistent. Works on any folder laid out like the reactor, so
 * that a test can prove that each kind of drift is caught.
 */
final class ComposeConsistency {

    /** A service as docs/conventions.md fixes it. */
    record ServiceSpec(String module, int port, String database, String consumerGroup, boolean sendsMail) {
    }

    static final List<ServiceSpec> SERVICES = List.of(
            new ServiceSpec("campaign-service", 8081, "tdkt_campaign", null, false),
            new ServiceSpec("nomination-service", 8082, "tdkt_nomination", ConsumerGroups.NOMINATION, false),
            new ServiceSpec("delegate-service", 8083, "tdkt_delegate", ConsumerGroups.DELEGATE, false),
            new ServiceSpec("notification-service", 8084, "tdkt_notification", ConsumerGroups.NOTIFICATION, true));

    static final String READINESS = "/actuator/health/readiness";
    static final String METRICS_PATH = "/actuator/prometheus";
    static final String DOCKERFILE = "deploy/Dockerfile";
    static final String KEYCLOAK_IMPORT = "/opt/keycloak/data/import";
    /** The web console: a module like the services, without database or Kafka, on the port people open. */
    static final String CONSOLE = "web-console";
    static final int CONSOLE_PORT = 8080;

    /**
     * Variables a service gets in compose that Spring Boot binds by name (relaxed binding), not
     * through a placeholder of application.yml, with the property each one sets.
     */
    static final Map<String, String> BOUND_BY_NAME = Map.of(
            "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", "management.opentelemetry.tracing.export.otlp.endpoint",
            "MANAGEMENT_TRACING_SAMPLING_PROBABILITY", "management.tracing.sampling.probability",
            "SPRING_PROFILES_ACTIVE", "spring.profiles.active",
            "JAVA_TOOL_OPTIONS", "(the JVM)");

    /** What application.yml must read, variable → property (Kafka client security, the resource server). */
    static final Map<String, String> READ_BY_APPLICATION_YML = new LinkedHashMap<>();

    static {
        READ_BY_APPLICATION_YML.put("KAFKA_SECURITY_PROTOCOL", "spring.cloud.stream.kafka.binder.configuration.security.protocol");
        READ_BY_APPLICATION_YML.put("KAFKA_SASL_MECHANISM", "spring.cloud.stream.kafka.binder.configuration.sasl.mechanism");
        READ_BY_APPLICATION_YML.put("KAFKA_SASL_JAAS_CONFIG", "spring.cloud.stream.kafka.binder.configuration.sasl.jaas.config");
        READ_BY_APPLICATION_YML.put("TDKT_AUTH_ISSUER", "spring.security.oauth2.resourceserver.jwt.issuer-uri");
        READ_BY_APPLICATION_YML.put("TDKT_AUTH_JWK_SET_URI", "spring.security.oauth2.resourceserver.jwt.jwk-set-uri");
    }

    /** Compose services whose UI a person uses, with their container port; nothing else is published. */
    private static final Map<String, Integer> USER_FACING = Map.of(
            "quay.io/keycloak/keycloak", 8180, "axllent/mailpit", 8025, "grafana/grafana", 3000, "jaegertracing/", 16686);
    /** Of those, the ones without a login of their own: published on the loopback interface only. */
    private static final Set<String> LOOPBACK_ONLY = Set.of("axllent/mailpit", "jaegertracing/");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([^}]*))?}");
    /** A compose interpolation: ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?message}, ${NAME?message}. */
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}");

    private final Path root;
    private final List<String> problems = new ArrayList<>();

    private ComposeConsistency(Path root) {
        this.root = root;
    }

    static List<String> check(Path root) {
        ComposeConsistency c = new ComposeConsistency(root);
        try {
            c.run();
        } catch (RuntimeException e) {
            c.problems.add("could not check: " + e);
        }
        return List.copyOf(c.problems);
    }

    /** Every topic that must exist: the event topics and the dead-letter topics. */
    static List<String> expectedTopics() {
        List<String> all = new ArrayList<>(Topics.ALL);
        all.addAll(ConsumerGroups.deadLetterTopics());
        return all;
    }

    // ------------------------------------------------------------------------------------------

    private void run() {
        Path composeFile = root.resolve("docker-compose.yml");
        if (!Files.isRegularFile(composeFile)) {
            problem("docker-compose.yml is missing");
            return;
        }
        Map<String, Object> compose = map(loadYaml(composeFile), "docker-compose.yml");
        Map<String, Object> services = map(compose.get("services"), "services");

        String kafkaName = findService(services, "apache/kafka", s -> environment(s).containsKey("KAFKA_PROCESS_ROLES"));
        String mongoName = findService(services, "mongo:", s -> true);
        String mailName = findService(services, "axllent/mailpit", s -> true);
        String prometheusName = findService(services, "prom/prometheus", s -> true);
        String grafanaName = findService(services, "grafana/grafana", s -> true);

        String keycloakName = findService(services, "quay.io/keycloak/keycloak", s -> true);
        String jaegerName = findService(services, "jaegertracing/", s -> true);

        Kafka kafka = kafkaName == null ? null : checkKafka(kafkaName, map(services.get(kafkaName), kafkaName));
        String kafkaInternal = kafka == null ? null : kafka.internal();
        checkKafkaInit(services, kafkaName, kafka);
        String replicaSet = mongoName == null ? null : checkMongo(mongoName, map(services.get(mongoName), mongoName));
        Integer smtpPort = mailName == null ? null : checkMail(mailName, map(services.get(mailName), mailName));
        Auth auth = keycloakName == null ? null : checkKeycloak(keycloakName, map(services.get(keycloakName), keycloakName));

        Set<String> topics = new LinkedHashSet<>(expectedTopics());
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (ServiceSpec spec : SERVICES) {
            AppConfig app = applicationConfig(spec, topics);
            ports.put(spec.module(), app.port() == null ? spec.port() : app.port());
            Object svc = services.get(spec.module());
            if (svc == null) {
                problem(spec.module() + ": no such service in docker-compose.yml");
                continue;
            }
            checkService(spec, app, map(svc, spec.module()), kafkaName, kafkaInternal, mongoName, replicaSet,
                    mailName, smtpPort);
            checkServiceSecurity(spec, app, map(svc, spec.module()), kafka,
                    mongoName == null ? null : map(services.get(mongoName), mongoName), auth, jaegerName);
        }
        if (services.containsKey(CONSOLE)) {
            checkConsole(map(services.get(CONSOLE), CONSOLE), auth,
                    keycloakName == null ? Map.of() : environment(map(services.get(keycloakName), keycloakName)), ports);
        } else {
            problem(CONSOLE + ": no such service in docker-compose.yml");
        }
        checkDockerfile(services);
        if (prometheusName != null) {
            checkPrometheus(prometheusName, map(services.get(prometheusName), prometheusName), ports);
        }
        if (grafanaName != null) {
            checkGrafana(grafanaName, map(services.get(grafanaName), grafanaName), prometheusName, services);
        }
        checkBindMounts(services);
        Map<String, Integer> published = new LinkedHashMap<>(ports);
        published.put(CONSOLE, CONSOLE_PORT); // a person's address, though Prometheus has nothing to scrape there
        checkPublishedPorts(services, published);
        checkSecrets();
        checkDockerignore();
    }

    /** The build context is the repository root: build output and data must stay out of it. */
    private void checkDockerignore() {
        Path file = root.resolve(".dockerignore");
        if (!Files.isRegularFile(file)) {
            problem(".dockerignore is missing (the services' build context is the repository root)");
            return;
        }
        List<String> lines = Reactor.read(file).lines().map(String::strip).toList();
        for (String required : List.of("**/target", ".git", ".env")) {
            if (!lines.contains(required)) {
                problem(".dockerignore does not exclude " + required);
            }
        }
    }

    // --- Kafka --------------------------------------------------------------------------------

    /**
     * The broker as the clients must see it: the internal advertised address (host:port), that
     * listener's security protocol, the enabled SASL mechanisms and the users of its JAAS
     * configuration (user → the compose variable holding the password).
     */
    record Kafka(String internal, String protocol, Set<String> mechanisms, Map<String, String> users) {
    }

    private Kafka checkKafka(String name, Map<String, Object> kafka) {
        Map<String, String> env = environment(kafka);
        String roles = env.getOrDefault("KAFKA_PROCESS_ROLES", "");
        if (!Set.of(roles.split("\\s*,\\s*")).containsAll(Set.of("broker", "controller"))) {
            problem(name + ": KAFKA_PROCESS_ROLES must be broker,controller (single-node KRaft), is '" + roles + "'");
        }
        if (!"false".equalsIgnoreCase(env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"))) {
            problem(name + ": KAFKA_AUTO_CREATE_TOPICS_ENABLE must be false (topics are created by kafka-init)");
        }
        String internalName = env.get("KAFKA_INTER_BROKER_LISTENER_NAME");
        Map<String, String> advertised = listeners(env.get("KAFKA_ADVERTISED_LISTENERS"));
        Map<String, String> bound = listeners(env.get("KAFKA_LISTENERS"));
        if (internalName == null || !advertised.containsKey(internalName)) {
            problem(name + ": KAFKA_INTER_BROKER_LISTENER_NAME (" + internalName
                    + ") must name one of KAFKA_ADVERTISED_LISTENERS " + advertised.keySet());
            return null;
        }
        String internal = advertised.get(internalName);
        String host = internal.substring(0, internal.lastIndexOf(':'));
        String port = internal.substring(internal.lastIndexOf(':') + 1);
        if (!host.equals(name) && !host.equals(kafka.get("hostname"))) {
            problem(name + ": internal listener advertises host '" + host + "', not the service name '" + name + "'");
        }
        String boundInternal = bound.get(internalName);
        if (boundInternal == null || !boundInternal.endsWith(":" + port)) {
            problem(name + ": KAFKA_LISTENERS has no " + internalName + " listener on port " + port);
        }
        if (!publishedPorts(kafka).isEmpty()) {
            problem(name + ": publishes " + publishedPorts(kafka).keySet() + "; Kafka is reached only on the compose network");
        }

        // Clients authenticate: the internal listener is SASL; an unauthenticated listener binds the loopback only.
        Map<String, String> protocols = new LinkedHashMap<>();
        for (String entry : env.getOrDefault("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "").split("\\s*,\\s*")) {
            int colon = entry.indexOf(':');
            if (colon > 0) {
                protocols.put(entry.substring(0, colon), entry.substring(colon + 1));
            }
        }
        String protocol = protocols.get(internalName);
        if (protocol == null || !protocol.startsWith("SASL_")) {
            problem(name + ": listener " + internalName + " is " + protocol + ", must be SASL_PLAINTEXT or SASL_SSL");
        }
        bound.forEach((listener, address) -> {
            String p = protocols.getOrDefault(listener, listener);
            String bindHost = address.substring(0, Math.max(0, address.lastIndexOf(':')));
            if (!p.startsWith("SASL_") && !Set.of("127.0.0.1", "localhost", "[::1]").contains(bindHost)) {
                problem(name + ": listener " + listener + " (" + p + ") accepts unauthenticated clients on '" + address
                        + "'; bind it to 127.0.0.1 or use SASL");
            }
        });
        Set<String> mechanisms = new LinkedHashSet<>(List.of(env.getOrDefault("KAFKA_SASL_ENABLED_MECHANISMS", "").split("\\s*,\\s*")));
        mechanisms.remove("");
        if (mechanisms.isEmpty()) {
            problem(name + ": KAFKA_SASL_ENABLED_MECHANISMS is not set");
        }
        Map<String, String> users = new LinkedHashMap<>();
        for (String mechanism : mechanisms) {
            String key = "KAFKA_LISTENER_NAME_" + internalName + "_" + mechanism.replace('-', '_') + "_SASL_JAAS_CONFIG";
            String jaas = env.get(key);
            if (jaas == null) {
                problem(name + ": " + key + " (the users of listener " + internalName + ") is not set");
                continue;
            }
            Matcher user = Pattern.compile("user_([A-Za-z0-9._-]+)=\"([^\"]*)\"").matcher(jaas);
            while (user.find()) {
                users.put(user.group(1), requiredSecret(name + ": password of Kafka user " + user.group(1), user.group(2)));
            }
        }
        return new Kafka(internal, protocol, mechanisms, users);
    }

    /** A service's (or job's) Kafka login must be a user of the broker, with the same password variable. */
    private void checkKafkaClient(String name, Map<String, String> env, Kafka kafka) {
        if (kafka.protocol() != null && !kafka.protocol().equals(env.get("KAFKA_SECURITY_PROTOCOL"))) {
            problem(name + ": KAFKA_SECURITY_PROTOCOL is " + env.get("KAFKA_SECURITY_PROTOCOL") + ", the broker's listener is "
                    + kafka.protocol());
        }
        if (!kafka.mechanisms().contains(env.get("KAFKA_SASL_MECHANISM"))) {
            problem(name + ": KAFKA_SASL_MECHANISM is " + env.get("KAFKA_SASL_MECHANISM") + ", the broker enables "
                    + kafka.mechanisms());
        }
        String jaas = env.getOrDefault("KAFKA_SASL_JAAS_CONFIG", "");
        Matcher login = Pattern.compile("username=\"([^\"]*)\"\\s+password=\"([^\"]*)\"").matcher(jaas);
        if (!login.find()) {
            problem(name + ": KAFKA_SASL_JAAS_CONFIG has no username=\"…\" password=\"…\"");
            return;
        }
        String user = login.group(1);
        String variable = requiredSecret(name + ": Kafka password", login.group(2));
        if (!kafka.users().containsKey(user)) {
            problem(name + ": logs in to Kafka as '" + user + "', which is not a user of the broker " + kafka.users().keySet());
        } else if (variable != null && !variable.equals(kafka.users().get(user))) {
            problem(name + ": Kafka password of '" + user + "' is ${" + variable + "}, the broker has ${"
                    + kafka.users().get(user) + "}");
        }
    }

    private void checkKafkaInit(Map<String, Object> services, String kafkaName, Kafka kafka) {
        String kafkaInternal = kafka == null ? null : kafka.internal();
        Object raw = services.get("kafka-init");
        if (raw == null) {
            problem("kafka-init: no such service in docker-compose.yml");
            return;
        }
        Map<String, Object> init = map(raw, "kafka-init");
        Map<String, String> env = environment(init);
        if (kafkaInternal != null && !kafkaInternal.equals(env.get("KAFKA_BOOTSTRAP_SERVERS"))) {
            problem("kafka-init: KAFKA_BOOTSTRAP_SERVERS is " + env.get("KAFKA_BOOTSTRAP_SERVERS")
                    + ", the kafka service's internal listener is " + kafkaInternal);
        }
        List<String> created = Arrays.stream(env.getOrDefault("TOPICS", "").split("[,\\s]+"))
                .filter(s -> !s.isBlank()).toList();
        List<String> expected = expectedTopics();
        Set<String> missing = new LinkedHashSet<>(expected);
        created.forEach(missing::remove);
        Set<String> extra = new LinkedHashSet<>(created);
        expected.forEach(extra::remove);
        if (!missing.isEmpty()) {
            problem("kafka-init: does not create topics " + missing + " (Topics.ALL + ConsumerGroups.deadLetterTopics())");
        }
        if (!extra.isEmpty()) {
            problem("kafka-init: creates topics that are not in the contracts: " + extra);
        }
        if (new HashSet<>(created).size() != created.size()) {
            problem("kafka-init: a topic is listed twice in TOPICS");
        }
        if (!String.valueOf(Topics.DEFAULT_PARTITIONS).equals(env.get("TOPIC_PARTITIONS"))) {
            problem("kafka-init: TOPIC_PARTITIONS is " + env.get("TOPIC_PARTITIONS") + ", Topics.DEFAULT_PARTITIONS is "
                    + Topics.DEFAULT_PARTITIONS);
        }
        checkTopicConfigs(env);
        if (kafka != null) {
            checkKafkaClient("kafka-init", env, kafka);
        }
        if (kafkaName != null && !"service_healthy".equals(dependsOn(init).get(kafkaName))) {
            problem("kafka-init: must depend on " + kafkaName + " with condition service_healthy");
        }
        String script = mountedScript(init, "create-topics.sh");
        if (script == null) {
            problem("kafka-init: does not mount deploy/kafka/create-topics.sh");
        } else {
            String entry = String.valueOf(init.get("entrypoint")) + " " + init.get("command");
            if (!entry.contains(script)) {
                problem("kafka-init: entrypoint/command does not run the mounted " + script);
            }
            Path host = hostPathOfMount(init, script);
            if (host != null && Files.isRegularFile(host) && !Reactor.read(host).contains("--command-config")) {
                problem("kafka-init: " + root.relativize(host) + " does not pass the client security (--command-config)");
            }
            if (host != null && Files.isRegularFile(host) && !Reactor.read(host).contains("COMPACTED_TOPIC_CONFIG")) {
                problem("kafka-init: " + root.relativize(host) + " does not apply COMPACTED_TOPIC_CONFIG");
            }
        }
    }

    /** The compacted state topics and their configuration, as in Topics (the one source). */
    private void checkTopicConfigs(Map<String, String> env) {
        Set<String> compacted = Arrays.stream(env.getOrDefault("COMPACTED_TOPICS", "").split("[,\\s]+"))
                .filter(s -> !s.isBlank()).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!compacted.equals(new LinkedHashSet<>(Topics.COMPACTED))) {
            problem("kafka-init: COMPACTED_TOPICS is " + compacted + ", Topics.COMPACTED is " + Topics.COMPACTED);
        }
        Map<String, String> config = new TreeMap<>();
        for (String entry : env.getOrDefault("COMPACTED_TOPIC_CONFIG", "").split(",")) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                config.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
            }
        }
        if (!config.equals(new TreeMap<>(Topics.STATE_TOPIC_CONFIG))) {
            problem("kafka-init: COMPACTED_TOPIC_CONFIG is " + config + ", Topics.STATE_TOPIC_CONFIG is "
                    + new TreeMap<>(Topics.STATE_TOPIC_CONFIG));
        }
    }

    // --- MongoDB, mail -------------------------------------------------------------------------

    /** Returns the replica set name. */
    private String checkMongo(String name, Map<String, Object> mongo) {
        List<String> command = strings(mongo.get("command"));
        int i = command.indexOf("--replSet");
        String replicaSet = i >= 0 && i + 1 < command.size() ? command.get(i + 1) : null;
        if (replicaSet == null) {
            problem(name + ": command must start mongod with --replSet <name>");
        }
        if (!command.contains("--keyFile")) {
            problem(name + ": a replica set with access control needs --keyFile");
        }
        if (!publishedPorts(mongo).isEmpty()) {
            problem(name + ": publishes " + publishedPorts(mongo).keySet() + "; MongoDB is reached only on the compose network");
        }
        Map<String, String> env = environment(mongo);
        requiredSecret(name + ": MONGO_INITDB_ROOT_USERNAME", env.get("MONGO_INITDB_ROOT_USERNAME"));
        requiredSecret(name + ": MONGO_INITDB_ROOT_PASSWORD", env.get("MONGO_INITDB_ROOT_PASSWORD"));
        if (!String.valueOf(mongo.get("image")).matches("mongo:[78](\\D.*)?")) {
            problem(name + ": image must be mongo:7 or mongo:8, is " + mongo.get("image"));
        }
        Map<String, Object> health = mongo.get("healthcheck") == null ? Map.of() : map(mongo.get("healthcheck"), "healthcheck");
        String test = String.join(" ", strings(health.get("test")));
        if (test.isBlank()) {
            problem(name + ": needs a healthcheck that initiates the replica set");
        }
        String initText = test + mountedScripts(mongo, ".js").values().stream().collect(Collectors.joining("\n"));
        if (!initText.contains("rs.initiate")) {
            problem(name + ": the healthcheck does not run rs.initiate");
        }
        if (replicaSet != null && !initText.contains(replicaSet)) {
            problem(name + ": rs.initiate does not name the replica set " + replicaSet);
        }
        if (!initText.contains(name + ":27017")) {
            problem(name + ": the replica set member must be '" + name + ":27017' (the host the services connect to)");
        }
        if (!initText.contains("MONGO_INITDB_ROOT_PASSWORD")) {
            problem(name + ": the healthcheck does not authenticate (access control is on)");
        }
        return replicaSet;
    }

    /** Returns the container's SMTP port. */
    private Integer checkMail(String name, Map<String, Object> mail) {
        Map<Integer, Integer> ports = publishedPorts(mail);
        if (!ports.containsValue(8025)) {
            problem(name + ": web inbox port 8025 is not published");
        }
        return 1025;
    }

    // --- services --------------------------------------------------------------------------------

    /** What a service's application.yml says (defaults of the placeholders). */
    record AppConfig(Integer port, String database, Map<String, String> flat) {
    }

    private AppConfig applicationConfig(ServiceSpec spec, Set<String> topics) {
        Path yml = root.resolve(spec.module()).resolve("src/main/resources/application.yml");
        if (!Files.isRegularFile(yml)) {
            problem(spec.module() + ": " + root.relativize(yml) + " is missing");
            return new AppConfig(spec.port(), spec.database(), Map.of());
        }
        Map<String, String> flat = new TreeMap<>();
        for (Object doc : new Yaml(new LoaderOptions()).loadAll(Reactor.read(yml))) {
            if (doc instanceof Map<?, ?> m) {
                Map<String, String> f = new TreeMap<>();
                flatten("", m, f);
                if (!f.containsKey("spring.config.activate.on-profile")) {
                    flat.putAll(f);
                }
            }
        }
        String where = spec.module() + " application.yml";

        Integer port = null;
        String portValue = flat.get("server.port");
        Placeholder p = Placeholder.parse(portValue);
        if (p == null || !"SERVER_PORT".equals(p.variable()) || p.defaultValue() == null) {
            problem(where + ": server.port must be ${SERVER_PORT:<port>}, is " + portValue);
        } else {
            port = Integer.valueOf(p.defaultValue().trim());
            if (port != spec.port()) {
                problem(where + ": server.port default " + port + " differs from the conventions' " + spec.port());
            }
        }

        String database = null;
        String mongoKey = flat.containsKey("spring.mongodb.uri") ? "spring.mongodb.uri" : "spring.data.mongodb.uri";
        Placeholder m = Placeholder.parse(flat.get(mongoKey));
        if (m == null || !"MONGODB_URI".equals(m.variable()) || m.defaultValue() == null) {
            problem(where + ": spring.mongodb.uri must be ${MONGODB_URI:mongodb://…/<database>}, is " + flat.get(mongoKey));
        } else {
            database = databaseOf(m.defaultValue());
            if (!spec.database().equals(database)) {
                problem(where + ": MONGODB_URI default database " + database + " differs from the conventions' "
                        + spec.database());
            }
        }

        if (flat.values().stream().noneMatch(v -> v.contains("${KAFKA_BOOTSTRAP_SERVERS"))) {
            problem(where + ": Kafka brokers are not read from ${KAFKA_BOOTSTRAP_SERVERS:…}");
        }
        READ_BY_APPLICATION_YML.forEach((variable, property) -> {
            Placeholder read = Placeholder.parse(flat.get(property));
            if (read == null || !variable.equals(read.variable())) {
                problem(where + ": " + property + " must be ${" + variable + ":…}, is " + flat.get(property));
            }
        });
        Placeholder securityProtocol = Placeholder.parse(flat.get(READ_BY_APPLICATION_YML.get("KAFKA_SECURITY_PROTOCOL")));
        if (securityProtocol != null && !"PLAINTEXT".equals(securityProtocol.defaultValue())) {
            problem(where + ": KAFKA_SECURITY_PROTOCOL must default to PLAINTEXT (the local broker), is "
                    + securityProtocol.defaultValue());
        }
        String histogram = "management.metrics.distribution.percentiles-histogram.";
        if (!"true".equals(flat.get(histogram + "[http.server.requests]")) && !"true".equals(flat.get(histogram + "http.server.requests"))) {
            problem(where + ": " + histogram + "http.server.requests is not true (the dashboard's p95 needs the buckets)");
        }
        if (spec.sendsMail()) {
            Placeholder host = Placeholder.parse(flat.get("spring.mail.host"));
            Placeholder smtp = Placeholder.parse(flat.get("spring.mail.port"));
            if (host == null || !"SMTP_HOST".equals(host.variable())) {
                problem(where + ": spring.mail.host must be ${SMTP_HOST:…}, is " + flat.get("spring.mail.host"));
            }
            if (smtp == null || !"SMTP_PORT".equals(smtp.variable())) {
                problem(where + ": spring.mail.port must be ${SMTP_PORT:…}, is " + flat.get("spring.mail.port"));
            }
        }

        // Bindings: every destination (and dead-letter name) is a topic kafka-init creates; a
        // consumer binding's group is the service's consumer group and its topics are the
        // group's subscriptions in the contracts.
        Pattern destination = Pattern.compile("spring\\.cloud\\.stream\\.bindings\\.([^.]+)\\.destination");
        Pattern dlq = Pattern.compile("spring\\.cloud\\.stream\\.kafka\\.bindings\\.([^.]+)\\.consumer\\.(dlq-name|dlqName)");
        for (Map.Entry<String, String> e : flat.entrySet()) {
            Matcher d = destination.matcher(e.getKey());
            if (d.matches()) {
                String binding = d.group(1);
                String group = flat.get("spring.cloud.stream.bindings." + binding + ".group");
                for (String topic : e.getValue().split("\\s*,\\s*")) {
                    if (!topics.contains(topic)) {
                        problem(where + ": binding " + binding + " uses destination '" + topic
                                + "', which kafka-init does not create");
                    }
                    if (group != null && ConsumerGroups.SUBSCRIPTIONS.containsKey(group)
                            && !ConsumerGroups.SUBSCRIPTIONS.get(group).contains(topic)) {
                        problem(where + ": binding " + binding + " consumes " + topic + ", which is not among "
                                + group + "'s subscriptions in ConsumerGroups");
                    }
                }
                if (group != null && !group.equals(spec.consumerGroup())) {
                    problem(where + ": binding " + binding + " has group " + group + ", the service's consumer group is "
                            + spec.consumerGroup());
                }
            }
            if (dlq.matcher(e.getKey()).matches() && !topics.contains(e.getValue())) {
                problem(where + ": " + e.getKey() + " is '" + e.getValue() + "', which kafka-init does not create");
            }
        }
        return new AppConfig(port, database, flat);
    }

    private void checkService(ServiceSpec spec, AppConfig app, Map<String, Object> svc, String kafkaName,
            String kafkaInternal, String mongoName, String replicaSet, String mailName, Integer smtpPort) {
        String name = spec.module();
        int port = app.port() == null ? spec.port() : app.port();

        Map<String, Object> build = svc.get("build") instanceof Map<?, ?> ? map(svc.get("build"), "build") : Map.of();
        if (!".".equals(String.valueOf(build.get("context")))) {
            problem(name + ": build context must be '.' (the reactor root), is " + build.get("context"));
        }
        Object dockerfile = build.get("dockerfile");
        if (dockerfile == null || !Path.of(String.valueOf(dockerfile)).normalize().equals(Path.of(DOCKERFILE))) {
            problem(name + ": build.dockerfile is " + dockerfile + ", expected the one " + DOCKERFILE);
        }
        Map<String, String> args = new LinkedHashMap<>();
        if (build.get("args") instanceof Map<?, ?> a) {
            a.forEach((k, v) -> args.put(String.valueOf(k), String.valueOf(v)));
        }
        if (!name.equals(args.get("SERVICE"))) {
            problem(name + ": build arg SERVICE is " + args.get("SERVICE") + ", expected " + name);
        }
        if (!String.valueOf(port).equals(args.get("PORT"))) {
            problem(name + ": build arg PORT is " + args.get("PORT") + ", server.port default is " + port);
        }
        if (Files.exists(root.resolve(name).resolve("Dockerfile"))) {
            problem(name + ": " + name + "/Dockerfile is back; every service is built from " + DOCKERFILE);
        }

        Map<Integer, Integer> ports = publishedPorts(svc);
        if (!Integer.valueOf(port).equals(ports.get(port))) {
            problem(name + ": ports must publish " + port + ":" + port + " (server.port), are " + ports);
        }
        Map<String, String> env = environment(svc);
        if (env.containsKey("SERVER_PORT") && !String.valueOf(port).equals(env.get("SERVER_PORT"))) {
            problem(name + ": SERVER_PORT is " + env.get("SERVER_PORT") + ", server.port default is " + port);
        }

        String uri = env.get("MONGODB_URI");
        if (uri == null) {
            problem(name + ": MONGODB_URI is not set");
        } else {
            String db = databaseOf(withSampleValues(uri));
            String expectedDb = app.database() == null ? spec.database() : app.database();
            if (!expectedDb.equals(db)) {
                problem(name + ": MONGODB_URI database is " + db + ", application.yml's default is " + expectedDb);
            }
            URI u = URI.create(withSampleValues(uri));
            if (mongoName != null && !mongoName.equals(u.getHost())) {
                problem(name + ": MONGODB_URI host is " + u.getHost() + ", the MongoDB service is " + mongoName);
            }
            if (replicaSet != null && (u.getQuery() == null || !u.getQuery().contains("replicaSet=" + replicaSet))) {
                problem(name + ": MONGODB_URI lacks replicaSet=" + replicaSet);
            }
        }
        if (kafkaInternal != null && !kafkaInternal.equals(env.get("KAFKA_BOOTSTRAP_SERVERS"))) {
            problem(name + ": KAFKA_BOOTSTRAP_SERVERS is " + env.get("KAFKA_BOOTSTRAP_SERVERS")
                    + ", the kafka service's internal listener is " + kafkaInternal);
        }
        if (spec.sendsMail()) {
            if (mailName != null && !mailName.equals(env.get("SMTP_HOST"))) {
                problem(name + ": SMTP_HOST is " + env.get("SMTP_HOST") + ", the mail catcher is " + mailName);
            }
            if (smtpPort != null && !String.valueOf(smtpPort).equals(env.get("SMTP_PORT"))) {
                problem(name + ": SMTP_PORT is " + env.get("SMTP_PORT") + ", the mail catcher listens on " + smtpPort);
            }
            // Every mail links to its item in the web console; the default (127.0.0.1) means nothing to a reader.
            if (env.getOrDefault("TDKT_CONSOLE_URL", "").isBlank()) {
                problem(name + ": TDKT_CONSOLE_URL is not set (the links in its mails)");
            }
        }
        if (!env.getOrDefault("JAVA_TOOL_OPTIONS", "").contains("-Xmx")) {
            problem(name + ": JAVA_TOOL_OPTIONS sets no -Xmx");
        }

        Map<String, Object> health = svc.get("healthcheck") instanceof Map<?, ?> ? map(svc.get("healthcheck"), "healthcheck") : Map.of();
        String test = String.join(" ", strings(health.get("test")));
        if (!test.contains(READINESS) || !test.contains(":" + port + "/")) {
            problem(name + ": healthcheck must probe localhost:" + port + READINESS + ", is '" + test + "'");
        }

        Map<String, String> deps = dependsOn(svc);
        requireCondition(name, deps, mongoName, "service_healthy");
        requireCondition(name, deps, kafkaName, "service_healthy");
        requireCondition(name, deps, "kafka-init", "service_completed_successfully");
        if (spec.sendsMail() && mailName != null && !deps.containsKey(mailName)) {
            problem(name + ": must depend on " + mailName);
        }
    }

    /** The one Dockerfile: builds the module named by the SERVICE build arg, runs it as a non-root user. */
    private void checkDockerfile(Map<String, Object> services) {
        Path file = root.resolve(DOCKERFILE);
        if (!Files.isRegularFile(file)) {
            problem(DOCKERFILE + " does not exist");
            return;
        }
        String text = Reactor.read(file);
        String where = DOCKERFILE;
        requireIn(where, text, "FROM eclipse-temurin:21-jdk AS build", "a build stage on eclipse-temurin:21-jdk");
        requireIn(where, text, "ARG SERVICE", "ARG SERVICE");
        requireIn(where, text, "ARG PORT", "ARG PORT");
        requireIn(where, text, "./mvnw ", "the Maven wrapper");
        if (!text.contains("-pl \"${SERVICE}\" -am") && !text.contains("-pl ${SERVICE} -am")) {
            problem(where + ": lacks '-pl \"${SERVICE}\" -am'");
        }
        requireIn(where, text, "-DskipTests", "-DskipTests");
        requireIn(where, text, "FROM eclipse-temurin:21-jre", "a run stage on eclipse-temurin:21-jre");
        requireIn(where, text, "EXPOSE ${PORT}", "EXPOSE ${PORT}");
        requireIn(where, text, "SERVER_PORT=${PORT}", "SERVER_PORT=${PORT}");
        requireIn(where, text, "HEALTHCHECK", "a HEALTHCHECK");
        requireIn(where, text, READINESS, "the readiness probe " + READINESS);
        requireIn(where, text, "JAVA_TOOL_OPTIONS", "JAVA_TOOL_OPTIONS");
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(text);
        String last = null;
        while (user.find()) {
            last = user.group(1);
        }
        if (last == null || last.equals("root") || last.equals("0") || last.startsWith("0:") || last.startsWith("root:")) {
            problem(where + ": the run stage must switch to a non-root USER");
        }
        if (!Files.isRegularFile(root.resolve("mvnw"))) {
            problem(where + ": runs ./mvnw, but the reactor has no Maven wrapper (mvnw)");
        }
        if (!Files.isRegularFile(root.resolve(".mvn/wrapper/maven-wrapper.properties"))) {
            problem(where + ": runs ./mvnw, but .mvn/wrapper/maven-wrapper.properties is missing");
        }
        // Whatever compose builds from it must be a module of the reactor.
        for (Map.Entry<String, Object> e : services.entrySet()) {
            if (map(e.getValue(), e.getKey()).get("build") instanceof Map<?, ?> b && b.get("args") instanceof Map<?, ?> a
                    && a.get("SERVICE") != null && !Files.isRegularFile(root.resolve(String.valueOf(a.get("SERVICE"))).resolve("pom.xml"))) {
                problem(e.getKey() + ": build arg SERVICE " + a.get("SERVICE") + " is not a module of the reactor");
            }
        }
    }

    // --- security, tracing --------------------------------------------------------------------

    /** Keycloak as the services must see it: the issuer its tokens carry and its JWK set on the network. */
    record Auth(String issuer, String jwkSetUri) {
    }

    private Auth checkKeycloak(String name, Map<String, Object> keycloak) {
        Map<String, String> env = environment(keycloak);
        String command = String.join(" ", strings(keycloak.get("command")));
        if (!command.contains("--import-realm")) {
            problem(name + ": command must import the realm (--import-realm), is '" + command + "'");
        }
        requiredSecret(name + ": KC_BOOTSTRAP_ADMIN_USERNAME", env.get("KC_BOOTSTRAP_ADMIN_USERNAME"));
        requiredSecret(name + ": KC_BOOTSTRAP_ADMIN_PASSWORD", env.get("KC_BOOTSTRAP_ADMIN_PASSWORD"));
        Path imports = hostPathOfMount(keycloak, KEYCLOAK_IMPORT);
        if (imports == null || !Files.isDirectory(imports)) {
            problem(name + ": does not mount the realm folder deploy/keycloak at " + KEYCLOAK_IMPORT);
        }
        String hostname = env.get("KC_HOSTNAME");
        if (hostname == null) {
            problem(name + ": KC_HOSTNAME is not set, so the issuer of a token depends on who asked for it");
            return null;
        }
        String realm = "tdkt";
        if (imports != null) {
            Path realmFile = imports.resolve(realm + "-realm.json");
            if (Files.isRegularFile(realmFile)) {
                String declared = new tools.jackson.databind.json.JsonMapper().readTree(Reactor.read(realmFile)).path("realm").asString();
                if (!realm.equals(declared)) {
                    problem(name + ": " + root.relativize(realmFile) + " declares realm '" + declared + "', not '" + realm + "'");
                }
            }
        }
        String port = env.getOrDefault("KC_HTTP_PORT", "8080");
        return new Auth(hostname + "/realms/" + realm,
                "http://" + name + ":" + port + "/realms/" + realm + "/protocol/openid-connect/certs");
    }

    /**
     * The web console: built from the Dockerfile as module web-console, reading every variable it gets,
     * signed in at the same issuer as the services' tokens, its client secret required and shared with
     * Keycloak (the realm's tdkt-console client), and the services at their compose names and ports.
     */
    private void checkConsole(Map<String, Object> console, Auth auth, Map<String, String> keycloakEnv,
            Map<String, Integer> servicePorts) {
        String name = CONSOLE;
        Path yml = root.resolve(CONSOLE).resolve("src/main/resources/application.yml");
        if (!Files.isRegularFile(yml)) {
            problem(name + ": " + root.relativize(yml) + " is missing");
            return;
        }
        Set<String> read = new HashSet<>(BOUND_BY_NAME.keySet());
        Matcher m = PLACEHOLDER.matcher(Reactor.read(yml));
        while (m.find()) {
            read.add(m.group(1));
        }
        Map<String, String> env = environment(console);
        for (String variable : env.keySet()) {
            if (!read.contains(variable)) {
                problem(name + ": sets " + variable + ", which application.yml does not read");
            }
        }
        if (!(console.get("build") instanceof Map<?, ?> b) || !(b.get("args") instanceof Map<?, ?> args)
                || !CONSOLE.equals(String.valueOf(args.get("SERVICE")))) {
            problem(name + ": must be built from " + DOCKERFILE + " with SERVICE " + CONSOLE);
        }
        if (!String.valueOf(CONSOLE_PORT).equals(env.get("SERVER_PORT"))) {
            problem(name + ": SERVER_PORT must be " + CONSOLE_PORT + ", is " + env.get("SERVER_PORT"));
        }
        if (auth != null && !auth.issuer().equals(env.get("TDKT_AUTH_ISSUER"))) {
            problem(name + ": TDKT_AUTH_ISSUER is " + env.get("TDKT_AUTH_ISSUER") + ", Keycloak issues tokens as " + auth.issuer());
        }
        String secret = requiredSecret(name + ": TDKT_CONSOLE_CLIENT_SECRET", env.get("TDKT_CONSOLE_CLIENT_SECRET"));
        if (secret != null && !String.valueOf(keycloakEnv.get("TDKT_CONSOLE_CLIENT_SECRET")).contains("${" + secret)) {
            problem(name + ": Keycloak does not get ${" + secret + "} as TDKT_CONSOLE_CLIENT_SECRET for the realm's client");
        }
        if (!java.util.Objects.equals(env.get("TDKT_CONSOLE_URL"), keycloakEnv.get("TDKT_CONSOLE_URL"))) {
            problem(name + ": TDKT_CONSOLE_URL (" + env.get("TDKT_CONSOLE_URL") + ") differs from Keycloak's ("
                    + keycloakEnv.get("TDKT_CONSOLE_URL") + "), which fixes the client's redirect address");
        }
        for (ServiceSpec spec : SERVICES) {
            String variable = "TDKT_" + spec.module().replace("-service", "").toUpperCase(java.util.Locale.ROOT) + "_URL";
            String expected = "http://" + spec.module() + ":" + servicePorts.getOrDefault(spec.module(), spec.port());
            if (!expected.equals(env.get(variable))) {
                problem(name + ": " + variable + " is " + env.get(variable) + ", expected " + expected);
            }
        }
        Map<Integer, Integer> published = publishedPorts(console);
        if (!published.containsValue(CONSOLE_PORT)) {
            problem(name + ": does not publish its port " + CONSOLE_PORT);
        }
    }

    private void checkServiceSecurity(ServiceSpec spec, AppConfig app, Map<String, Object> svc, Kafka kafka,
            Map<String, Object> mongo, Auth auth, String jaegerName) {
        String name = spec.module();
        Map<String, String> env = environment(svc);

        // Every variable is read by the service: a placeholder of application.yml or a name Boot binds.
        Set<String> read = new HashSet<>(BOUND_BY_NAME.keySet());
        app.flat().values().forEach(v -> {
            Matcher m = PLACEHOLDER.matcher(v);
            while (m.find()) {
                read.add(m.group(1));
            }
        });
        for (String variable : env.keySet()) {
            if (!read.contains(variable)) {
                problem(name + ": sets " + variable + ", which application.yml does not read");
            }
        }
        for (String variable : READ_BY_APPLICATION_YML.keySet()) {
            if (!env.containsKey(variable)) {
                problem(name + ": lacks " + variable);
            }
        }

        if (kafka != null) {
            checkKafkaClient(name, env, kafka);
        }

        // MongoDB: the service's own user, created by the init script for its database.
        String uri = env.get("MONGODB_URI");
        if (uri != null && mongo != null) {
            Matcher credentials = Pattern.compile("^mongodb://([^:@/]+):(\\$\\{[^}]*})@").matcher(uri);
            if (!credentials.find()) {
                problem(name + ": MONGODB_URI has no user:${PASSWORD}@ (access control is on)");
            } else {
                String user = credentials.group(1);
                String variable = requiredSecret(name + ": MongoDB password", credentials.group(2));
                String database = databaseOf(withSampleValues(uri));
                String scripts = mountedScripts(mongo, ".js").entrySet().stream()
                        .filter(e -> e.getKey().startsWith("/docker-entrypoint-initdb.d/"))
                        .map(Map.Entry::getValue).collect(Collectors.joining("\n"));
                if (!scripts.contains("'" + user + "'") || !scripts.contains("'" + database + "'")
                        || (variable != null && !scripts.contains("'" + variable + "'"))) {
                    problem(name + ": no script in /docker-entrypoint-initdb.d creates MongoDB user '" + user + "' on "
                            + database + " with the password ${" + variable + "}");
                }
                if (variable != null && !environment(mongo).containsKey(variable)) {
                    problem(name + ": the mongo service does not get " + variable + " to create the user");
                }
                String query = URI.create(withSampleValues(uri)).getQuery();
                if (query != null && query.contains("authSource=") && !query.contains("authSource=" + database)) {
                    problem(name + ": MONGODB_URI authenticates against another database than " + database);
                }
            }
        }

        if (auth != null) {
            if (!auth.issuer().equals(env.get("TDKT_AUTH_ISSUER"))) {
                problem(name + ": TDKT_AUTH_ISSUER is " + env.get("TDKT_AUTH_ISSUER") + ", Keycloak issues tokens as "
                        + auth.issuer());
            }
            if (!auth.jwkSetUri().equals(env.get("TDKT_AUTH_JWK_SET_URI"))) {
                problem(name + ": TDKT_AUTH_JWK_SET_URI is " + env.get("TDKT_AUTH_JWK_SET_URI") + ", expected "
                        + auth.jwkSetUri());
            }
        }
        String otlp = env.get("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT");
        if (jaegerName != null && !("http://" + jaegerName + ":4318/v1/traces").equals(otlp)) {
            problem(name + ": MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT is " + otlp + ", expected http://"
                    + jaegerName + ":4318/v1/traces");
        }
        String sampling = env.get("MANAGEMENT_TRACING_SAMPLING_PROBABILITY");
        if (sampling == null || !sampling.matches("0(\\.\\d+)?|1(\\.0+)?")) {
            problem(name + ": MANAGEMENT_TRACING_SAMPLING_PROBABILITY must be a probability, is " + sampling);
        }
    }

    /** Only what a person uses is published; UIs without a login of their own on the loopback only. */
    private void checkPublishedPorts(Map<String, Object> services, Map<String, Integer> servicePorts) {
        for (Map.Entry<String, Object> e : services.entrySet()) {
            Map<String, Object> svc = map(e.getValue(), e.getKey());
            Map<Integer, Integer> published = publishedPorts(svc);
            if (published.isEmpty()) {
                continue;
            }
            String image = String.valueOf(svc.get("image"));
            Integer allowed = servicePorts.get(e.getKey());
            String facing = null;
            for (Map.Entry<String, Integer> u : USER_FACING.entrySet()) {
                if (image.startsWith(u.getKey())) {
                    facing = u.getKey();
                    allowed = u.getValue();
                }
            }
            for (Integer container : published.values()) {
                if (!container.equals(allowed)) {
                    problem(e.getKey() + ": publishes container port " + container + "; only the port a person uses may be published");
                }
            }
            if (facing != null && LOOPBACK_ONLY.contains(facing)) {
                for (Object p : list(svc.get("ports"))) {
                    if (!String.valueOf(p).startsWith("127.0.0.1:")) {
                        problem(e.getKey() + ": has no login of its own, publish it on 127.0.0.1 only, not '" + p + "'");
                    }
                }
            }
        }
    }

    /** Every variable compose interpolates is listed in .env.example; secrets are required, never defaulted. */
    private void checkSecrets() {
        // Comments may mention ${VAR:?…} as an example: only the YAML itself counts.
        String compose = Reactor.read(root.resolve("docker-compose.yml")).replaceAll("(?m)^\\s*#.*$", "");
        Path example = root.resolve(".env.example");
        Set<String> listed = new HashSet<>();
        if (!Files.isRegularFile(example)) {
            problem(".env.example is missing (it lists every variable docker-compose.yml needs)");
        } else {
            Matcher line = Pattern.compile("(?m)^\\s*#?\\s*([A-Z][A-Z0-9_]*)=").matcher(Reactor.read(example));
            while (line.find()) {
                listed.add(line.group(1));
            }
        }
        Set<String> used = new LinkedHashSet<>();
        Matcher m = INTERPOLATION.matcher(compose);
        while (m.find()) {
            String variable = m.group(1);
            used.add(variable);
            boolean secret = variable.endsWith("PASSWORD") || variable.endsWith("USERNAME") || variable.endsWith("_USER");
            if (secret && !(m.group(2) != null && m.group(2).endsWith("?"))) {
                problem("docker-compose.yml: ${" + variable + "} must be required (${" + variable + ":?…}), never defaulted");
            }
        }
        for (String variable : used) {
            if (!listed.contains(variable)) {
                problem(".env.example: does not list " + variable + ", which docker-compose.yml uses");
            }
        }
        for (String variable : listed) {
            if (!used.contains(variable)) {
                problem(".env.example: lists " + variable + ", which docker-compose.yml does not use");
            }
        }
    }

    /** A value that must be exactly ${VAR:?…}: returns VAR, or null after recording the problem. */
    private String requiredSecret(String what, String value) {
        Matcher m = value == null ? null : INTERPOLATION.matcher(value.strip());
        if (m == null || !m.matches() || m.group(2) == null || !m.group(2).endsWith("?")) {
            problem(what + " must come from the environment as ${VAR:?message}, is " + value);
            return null;
        }
        return m.group(1);
    }

    /** The value with every compose interpolation replaced by a sample, so that it parses as a URI. */
    static String withSampleValues(String value) {
        return INTERPOLATION.matcher(value).replaceAll(r -> r.group(2) != null && r.group(2).endsWith("-")
                ? Matcher.quoteReplacement(r.group(3)) : "sample");
    }

    // --- monitoring ------------------------------------------------------------------------------

    private void checkPrometheus(String name, Map<String, Object> prometheus, Map<String, Integer> servicePorts) {
        Path config = hostPathOfMount(prometheus, "/etc/prometheus/prometheus.yml");
        if (config == null || !Files.isRegularFile(config)) {
            problem(name + ": does not mount an existing prometheus.yml at /etc/prometheus/prometheus.yml");
            return;
        }
        Map<String, Object> yml = map(loadYaml(config), "prometheus.yml");
        Map<String, String> targets = new LinkedHashMap<>(); // host:port -> metrics path
        for (Object sc : list(yml.get("scrape_configs"))) {
            Map<String, Object> scrape = map(sc, "scrape_config");
            String path = String.valueOf(scrape.getOrDefault("metrics_path", "/metrics"));
            for (Object stat : list(scrape.get("static_configs"))) {
                for (String t : strings(map(stat, "static_config").get("targets"))) {
                    targets.put(t, path);
                }
            }
        }
        for (Map.Entry<String, Integer> service : servicePorts.entrySet()) {
            String target = service.getKey() + ":" + service.getValue();
            String path = targets.get(target);
            if (path == null) {
                problem("prometheus.yml: does not scrape " + target + " (scraped: " + targets.keySet() + ")");
            } else if (!METRICS_PATH.equals(path)) {
                problem("prometheus.yml: scrapes " + target + " at " + path + ", not " + METRICS_PATH);
            }
        }
    }

    private void checkGrafana(String name, Map<String, Object> grafana, String prometheusName, Map<String, Object> services) {
        Map<String, String> env = environment(grafana);
        requiredSecret(name + ": GF_SECURITY_ADMIN_PASSWORD", env.get("GF_SECURITY_ADMIN_PASSWORD"));
        if (!"false".equals(env.get("GF_AUTH_ANONYMOUS_ENABLED"))) {
            problem(name + ": GF_AUTH_ANONYMOUS_ENABLED must be \"false\", is " + env.get("GF_AUTH_ANONYMOUS_ENABLED"));
        }
        Path provisioning = hostPathOfMount(grafana, "/etc/grafana/provisioning");
        if (provisioning == null || !Files.isDirectory(provisioning)) {
            problem(name + ": does not mount a provisioning folder at /etc/grafana/provisioning");
            return;
        }
        try (var files = Files.walk(provisioning)) {
            List<Path> ymls = files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).toList();
            boolean datasource = false;
            List<String> dashboardPaths = new ArrayList<>();
            for (Path f : ymls) {
                Map<String, Object> y = map(loadYaml(f), f.toString());
                for (Object ds : list(y.get("datasources"))) {
                    Map<String, Object> d = map(ds, "datasource");
                    if ("prometheus".equals(d.get("type"))
                            && String.valueOf(d.get("url")).equals("http://" + prometheusName + ":9090")) {
                        datasource = true;
                    }
                }
                for (Object pr : list(y.get("providers"))) {
                    Object options = map(pr, "provider").get("options");
                    if (options instanceof Map<?, ?> o && o.get("path") != null) {
                        dashboardPaths.add(String.valueOf(o.get("path")));
                    }
                }
            }
            if (!datasource) {
                problem(name + ": no provisioned Prometheus datasource at http://" + prometheusName + ":9090");
            }
            if (dashboardPaths.isEmpty()) {
                problem(name + ": no provisioned dashboard provider");
            }
            for (String containerPath : dashboardPaths) {
                Path host = hostPathOfMount(grafana, containerPath);
                if (host == null || !Files.isDirectory(host)) {
                    problem(name + ": dashboard folder " + containerPath + " is not mounted from the repository");
                    continue;
                }
                checkDashboards(host);
            }
        } catch (java.io.IOException e) {
            problem(name + ": " + e);
        }
    }

    private void checkDashboards(Path folder) throws java.io.IOException {
        String all;
        try (var files = Files.list(folder)) {
            List<Path> json = files.filter(f -> f.toString().endsWith(".json")).toList();
            if (json.isEmpty()) {
                problem("grafana: no dashboard JSON in " + folder);
                return;
            }
            StringBuilder sb = new StringBuilder();
            for (Path f : json) {
                String text = Reactor.read(f);
                try {
                    new tools.jackson.databind.json.JsonMapper().readTree(text);
                } catch (RuntimeException e) {
                    problem("grafana: " + f.getFileName() + " is not valid JSON: " + e.getMessage());
                }
                sb.append(text);
            }
            all = sb.toString();
        }
        for (String metric : List.of("http_server_requests_seconds_count", "http_server_requests_seconds_sum",
                "tdkt_outbox_backlog", "tdkt_events_consumed_total", "tdkt_events_unknown_total",
                "tdkt_events_duplicate_total", "tdkt_notification_deliveries_total", "jvm_memory_used_bytes",
                // notification-service's per-kind outcomes, latency histogram, circuit and SMTP send timer (issue 15)
                "tdkt_notification_emails_total", "tdkt_notification_latency_seconds_bucket",
                "tdkt_notification_smtp_circuit", "tdkt_notification_send_seconds_count")) {
            if (!all.contains(metric)) {
                problem("grafana dashboards: no panel uses " + metric);
            }
        }
        if (!Pattern.compile("histogram_quantile\\(0\\.95,[^\"]*http_server_requests_seconds_bucket").matcher(all).find()) {
            problem("grafana dashboards: no p95 panel from http_server_requests_seconds_bucket (histogram_quantile(0.95, …))");
        }
        if (!Pattern.compile("histogram_quantile\\(0\\.99,[^\"]*tdkt_notification_latency_seconds_bucket").matcher(all).find()) {
            problem("grafana dashboards: no p99 panel from tdkt_notification_latency_seconds_bucket (histogram_quantile(0.99, …))");
        }
    }

    // --- files ------------------------------------------------------------------------------------

    private void checkBindMounts(Map<String, Object> services) {
        for (Map.Entry<String, Object> e : services.entrySet()) {
            for (String v : strings(map(e.getValue(), e.getKey()).get("volumes"))) {
                String source = v.split(":")[0];
                if (source.startsWith("./") || source.startsWith("../")) {
                    if (!Files.exists(root.resolve(source).normalize())) {
                        problem(e.getKey() + ": mounts " + source + ", which does not exist");
                    }
                }
            }
        }
    }

    // --- helpers ----------------------------------------------------------------------------------

    private void problem(String text) {
        problems.add(text);
    }

    private void requireIn(String where, String text, String needle, String what) {
        if (!text.contains(needle)) {
            problem(where + ": lacks " + what);
        }
    }

    private void requireCondition(String service, Map<String, String> deps, String dependency, String condition) {
        if (dependency != null && !condition.equals(deps.get(dependency))) {
            problem(service + ": depends_on " + dependency + " must have condition " + condition + ", has "
                    + deps.get(dependency));
        }
    }

    private String findService(Map<String, Object> services, String imagePrefix,
            java.util.function.Predicate<Map<String, Object>> filter) {
        for (Map.Entry<String, Object> e : services.entrySet()) {
            Map<String, Object> s = map(e.getValue(), e.getKey());
            if (String.valueOf(s.get("image")).startsWith(imagePrefix) && filter.test(s)) {
                return e.getKey();
            }
        }
        problem("docker-compose.yml: no service with image " + imagePrefix + "…");
        return null;
    }

    /** The container path of a mounted file whose name ends with suffix, or null. */
    private static String mountedScript(Map<String, Object> svc, String suffix) {
        for (String v : strings(svc.get("volumes"))) {
            String[] parts = v.split(":");
            if (parts.length >= 2 && parts[0].startsWith(".") && parts[1].endsWith(suffix)) {
                return parts[1];
            }
        }
        return null;
    }

    /** Container path → text of every mounted repository file whose name ends with suffix. */
    private Map<String, String> mountedScripts(Map<String, Object> svc, String suffix) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String v : strings(svc.get("volumes"))) {
            String[] parts = v.split(":");
            if (parts.length >= 2 && parts[0].startsWith(".") && parts[1].endsWith(suffix)) {
                Path host = root.resolve(parts[0]).normalize();
                out.put(parts[1], Files.isRegularFile(host) ? Reactor.read(host) : "");
            }
        }
        return out;
    }

    private Path hostPathOfMount(Map<String, Object> svc, String containerPath) {
        for (String v : strings(svc.get("volumes"))) {
            String[] parts = v.split(":");
            if (parts.length >= 2 && parts[1].equals(containerPath) && parts[0].startsWith(".")) {
                return root.resolve(parts[0]).normalize();
            }
        }
        return null;
    }

    static String databaseOf(String mongoUri) {
        String rest = mongoUri.replaceFirst("^mongodb(\\+srv)?://", "");
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String path = rest.substring(slash + 1);
        int q = path.indexOf('?');
        return q >= 0 ? path.substring(0, q) : path;
    }

    /** NAME://host:port,… → NAME → host:port. */
    private static Map<String, String> listeners(String value) {
        Map<String, String> out = new LinkedHashMap<>();
        if (value == null) {
            return out;
        }
        for (String l : value.split("\\s*,\\s*")) {
            int i = l.indexOf("://");
            if (i > 0) {
                out.put(l.substring(0, i), l.substring(i + 3));
            }
        }
        return out;
    }

    /** Published port → container port, from short ("h:c", "ip:h:c") or long syntax. */
    private static Map<Integer, Integer> publishedPorts(Map<String, Object> svc) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (Object p : list(svc.get("ports"))) {
            if (p instanceof Map<?, ?> m) {
                out.put(Integer.valueOf(String.valueOf(m.get("published"))), Integer.valueOf(String.valueOf(m.get("target"))));
            } else {
                String[] parts = String.valueOf(p).replaceAll("/(tcp|udp)$", "").split(":");
                if (parts.length == 1) {
                    out.put(Integer.valueOf(parts[0]), Integer.valueOf(parts[0]));
                } else {
                    out.put(Integer.valueOf(parts[parts.length - 2]), Integer.valueOf(parts[parts.length - 1]));
                }
            }
        }
        return out;
    }

    private static Map<String, String> environment(Map<String, Object> svc) {
        Map<String, String> env = new LinkedHashMap<>();
        Object raw = svc.get("environment");
        if (raw instanceof Map<?, ?> m) {
            m.forEach((k, v) -> env.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else if (raw instanceof List<?> l) {
            for (Object o : l) {
                String s = String.valueOf(o);
                int i = s.indexOf('=');
                env.put(i < 0 ? s : s.substring(0, i), i < 0 ? "" : s.substring(i + 1));
            }
        }
        return env;
    }

    /** depends_on as dependency → condition (service_started for the short list form). */
    private static Map<String, String> dependsOn(Map<String, Object> svc) {
        Map<String, String> out = new LinkedHashMap<>();
        Object raw = svc.get("depends_on");
        if (raw instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k),
                    v instanceof Map<?, ?> c ? String.valueOf(c.get("condition")) : "service_started"));
        } else if (raw instanceof List<?> l) {
            l.forEach(o -> out.put(String.valueOf(o), "service_started"));
        }
        return out;
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, String> out) {
        map.forEach((k, v) -> {
            String key = prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k;
            if (v instanceof Map<?, ?> m) {
                flatten(key, m, out);
            } else if (v instanceof Collection<?> c) {
                out.put(key, c.stream().map(String::valueOf).collect(Collectors.joining(",")));
            } else {
                out.put(key, v == null ? "" : String.valueOf(v));
            }
        });
    }

    private static Object loadYaml(Path file) {
        return new Yaml(new LoaderOptions()).load(Reactor.read(file));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String what) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalStateException(what + " is not a mapping: " + o);
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(o).split("\\s+"));
    }

    /** ${NAME:default} */
    record Placeholder(String variable, String defaultValue) {
        static Placeholder parse(String value) {
            if (value == null) {
                return null;
            }
            Matcher m = PLACEHOLDER.matcher(value.trim());
            return m.matches() ? new Placeholder(m.group(1), m.group(2)) : null;
        }
    }

    @Override
    public String toString() {
        return Objects.toString(root);
    }
}
