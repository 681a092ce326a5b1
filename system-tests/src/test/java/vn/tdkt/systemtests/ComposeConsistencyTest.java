package vn.tdkt.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Docker cannot run on the build machines, so this test keeps docker-compose.yml honest: it parses
 * the compose file, what it mounts and builds, .env.example and each service's application.yml, and
 * checks that they agree (ports, databases, bootstrap servers, topics, health checks, scraping, the
 * one Dockerfile, credentials for MongoDB and Kafka, Keycloak as issuer, tracing, published ports).
 * The drift cases prove that the check fails when any one of them drifts.
 */
class ComposeConsistencyTest {

    private static final Path ROOT = Reactor.root();

    @Test
    void composeFileAgreesWithTheServicesConfigurationAndTheContracts() {
        List<String> problems = ComposeConsistency.check(ROOT);

        assertThat(problems).as("docker-compose.yml drifted from the services / contracts:%n  %s",
                String.join("\n  ", problems)).isEmpty();
    }

    @Test
    void kafkaInitCreatesExactlyTheContractTopics() {
        assertThat(ComposeConsistency.expectedTopics())
                .hasSize(vn.tdkt.events.Topics.ALL.size() + vn.tdkt.events.ConsumerGroups.deadLetterTopics().size())
                .doesNotHaveDuplicates();
    }

    static Stream<Arguments> drifts() {
        return Stream.of(
                drift("a service's published port", "docker-compose.yml",
                        literal("\"8082:8082\"", "\"8092:8082\""), "nomination-service: ports must publish 8082:8082"),
                drift("a service's database", "docker-compose.yml",
                        literal("/tdkt_delegate?replicaSet", "/tdkt_delegates?replicaSet"),
                        "delegate-service: MONGODB_URI database is tdkt_delegates"),
                drift("the replica set of a connection string", "docker-compose.yml",
                        literal("/tdkt_campaign?replicaSet=rs0&", "/tdkt_campaign?"), "campaign-service: MONGODB_URI lacks replicaSet"),
                drift("a service's bootstrap servers", "docker-compose.yml",
                        inBlock("  campaign-service:", "      SERVER_PORT: 8081\n",
                                "      SERVER_PORT: 8081\n      KAFKA_BOOTSTRAP_SERVERS: localhost:9092\n"),
                        "campaign-service: KAFKA_BOOTSTRAP_SERVERS is localhost:9092"),
                drift("the broker's internal listener", "docker-compose.yml",
                        literal("INTERNAL://kafka:29092", "INTERNAL://kafka:19092"), "KAFKA_BOOTSTRAP_SERVERS is kafka:29092"),
                drift("topic auto-creation", "docker-compose.yml",
                        literal("KAFKA_AUTO_CREATE_TOPICS_ENABLE: \"false\"", "KAFKA_AUTO_CREATE_TOPICS_ENABLE: \"true\""),
                        "KAFKA_AUTO_CREATE_TOPICS_ENABLE must be false"),
                drift("a dead-letter topic missing from kafka-init", "docker-compose.yml",
                        regex("\\s*tdkt\\.congress\\.events\\.notification-service\\.dlq", ""),
                        "kafka-init: does not create topics [tdkt.congress.events.notification-service.dlq]"),
                drift("a topic that is not in the contracts", "docker-compose.yml",
                        literal("tdkt.unit.events,", "tdkt.unit.events,\n        tdkt.audit.events,"),
                        "kafka-init: creates topics that are not in the contracts: [tdkt.audit.events]"),
                drift("a state topic that is not compacted", "docker-compose.yml",
                        literal("        tdkt.unit.events,\n        tdkt.campaign.events,\n        tdkt.bloc.events\n"
                                + "      COMPACTED_TOPIC_CONFIG", "        tdkt.unit.events\n      COMPACTED_TOPIC_CONFIG"),
                        "kafka-init: COMPACTED_TOPICS is [tdkt.unit.events], Topics.COMPACTED is"),
                drift("a compaction setting", "docker-compose.yml",
                        literal("min.compaction.lag.ms=604800000", "min.compaction.lag.ms=0"),
                        "kafka-init: COMPACTED_TOPIC_CONFIG is {cleanup.policy=compact, min.cleanable.dirty.ratio=0.5, min.compaction.lag.ms=0"),
                drift("a topic script that ignores the compaction", "deploy/kafka/create-topics.sh",
                        regex("COMPACTED_TOPIC_CONFIG", "STATE_CONFIG"), "does not apply COMPACTED_TOPIC_CONFIG"),
                drift("the partition count", "docker-compose.yml",
                        literal("TOPIC_PARTITIONS: 6", "TOPIC_PARTITIONS: 3"), "kafka-init: TOPIC_PARTITIONS is 3"),
                drift("a health check", "docker-compose.yml",
                        literal("localhost:8084/actuator/health/readiness", "localhost:8084/actuator/health"),
                        "notification-service: healthcheck must probe localhost:8084/actuator/health/readiness"),
                drift("a depends_on condition", "docker-compose.yml",
                        literal("condition: service_completed_successfully", "condition: service_started"),
                        "depends_on kafka-init must have condition service_completed_successfully"),
                drift("the mail catcher's SMTP port", "docker-compose.yml",
                        literal("SMTP_PORT: 1025", "SMTP_PORT: 2525"), "notification-service: SMTP_PORT is 2525"),
                drift("a Prometheus target", "deploy/prometheus/prometheus.yml",
                        literal("delegate-service:8083", "delegate-service:8080"), "does not scrape delegate-service:8083"),
                drift("a Prometheus metrics path", "deploy/prometheus/prometheus.yml",
                        firstOnly("metrics_path: /actuator/prometheus", "metrics_path: /metrics"),
                        "scrapes campaign-service:8081 at /metrics"),
                drift("a dashboard without the per-kind email outcomes", "deploy/grafana/dashboards/tdkt-notifications.json",
                        regex("tdkt_notification_emails_total", "tdkt_notification_mails_total"),
                        "no panel uses tdkt_notification_emails_total"),
                drift("a dashboard without the notification latency p99", "deploy/grafana/dashboards/tdkt-notifications.json",
                        literal("histogram_quantile(0.99, sum by (le) (rate(tdkt_notification_latency_seconds_bucket",
                                "histogram_quantile(0.9, sum by (le) (rate(tdkt_notification_latency_seconds_bucket"),
                        "no p99 panel from tdkt_notification_latency_seconds_bucket"),
                drift("the console URL of the mails' links", "docker-compose.yml",
                        regex("\\n\\s*TDKT_CONSOLE_URL: [^\\n]*", ""), "notification-service: TDKT_CONSOLE_URL is not set"),
                drift("a dashboard without the outbox backlog", "deploy/grafana/dashboards/tdkt-overview.json",
                        regex("tdkt_outbox_backlog", "tdkt_outbox_pending"), "no panel uses tdkt_outbox_backlog"),
                drift("the Dockerfile that is gone", "deploy/Dockerfile", null, "deploy/Dockerfile does not exist"),
                drift("a Dockerfile that builds a fixed module", "deploy/Dockerfile",
                        literal("-pl \"${SERVICE}\" -am", "-pl campaign-service -am"), "lacks '-pl \"${SERVICE}\" -am'"),
                drift("a Dockerfile running as root", "deploy/Dockerfile",
                        regex("(?m)^USER \\S+$", "USER root"), "must switch to a non-root USER"),
                drift("a service built as another module", "docker-compose.yml",
                        literal("SERVICE: delegate-service", "SERVICE: nomination-service"),
                        "delegate-service: build arg SERVICE is nomination-service"),
                drift("a service built from its own Dockerfile", "docker-compose.yml",
                        firstOnly("dockerfile: deploy/Dockerfile", "dockerfile: campaign-service/Dockerfile"),
                        "build.dockerfile is campaign-service/Dockerfile, expected the one deploy/Dockerfile"),
                drift("a published MongoDB port", "docker-compose.yml",
                        literal("    hostname: mongo\n", "    hostname: mongo\n    ports:\n      - \"27017:27017\"\n"),
                        "mongo: publishes [27017]"),
                drift("a published Prometheus port", "docker-compose.yml",
                        literal("      - --storage.tsdb.retention.time=15d\n", "      - --storage.tsdb.retention.time=15d\n    ports:\n      - \"9090:9090\"\n"),
                        "prometheus: publishes container port 9090"),
                drift("a UI without login on every interface", "docker-compose.yml",
                        literal("\"127.0.0.1:16686:16686\"", "\"16686:16686\""), "jaeger: has no login of its own"),
                drift("MongoDB without a root password from the environment", "docker-compose.yml",
                        regex("MONGO_INITDB_ROOT_PASSWORD: \\$\\{MONGO_ROOT_PASSWORD:\\?[^}]*}", "MONGO_INITDB_ROOT_PASSWORD: example"),
                        "mongo: MONGO_INITDB_ROOT_PASSWORD must come from the environment"),
                drift("a MongoDB user that no init script creates", "docker-compose.yml",
                        literal("mongodb://campaign-service:", "mongodb://campaign:"),
                        "campaign-service: no script in /docker-entrypoint-initdb.d creates MongoDB user 'campaign'"),
                drift("Kafka clients without authentication", "docker-compose.yml",
                        literal("INTERNAL:SASL_PLAINTEXT", "INTERNAL:PLAINTEXT"), "listener INTERNAL is PLAINTEXT, must be SASL"),
                drift("a Kafka login the broker does not know", "docker-compose.yml",
                        literal("username=\"delegate-service\"", "username=\"delegate\""),
                        "delegate-service: logs in to Kafka as 'delegate', which is not a user of the broker"),
                drift("a Kafka password with a default", "docker-compose.yml",
                        literal("${KAFKA_NOTIFICATION_PASSWORD:?", "${KAFKA_NOTIFICATION_PASSWORD:-notification"),
                        "${KAFKA_NOTIFICATION_PASSWORD} must be required"),
                drift("a Grafana password with a default", "docker-compose.yml",
                        regex("\\$\\{GRAFANA_ADMIN_PASSWORD:\\?[^}]*}", "\\${GRAFANA_ADMIN_PASSWORD:-admin}"),
                        "grafana: GF_SECURITY_ADMIN_PASSWORD must come from the environment"),
                drift("anonymous Grafana", "docker-compose.yml",
                        literal("GF_AUTH_ANONYMOUS_ENABLED: \"false\"", "GF_AUTH_ANONYMOUS_ENABLED: \"true\""),
                        "grafana: GF_AUTH_ANONYMOUS_ENABLED must be \"false\""),
                drift("an issuer other than Keycloak's", "docker-compose.yml",
                        literal("http://keycloak:8180}/realms/tdkt", "http://keycloak:8180}/realms/other"),
                        "campaign-service: TDKT_AUTH_ISSUER is ${KEYCLOAK_URL:-http://keycloak:8180}/realms/other"),
                drift("a console signing in elsewhere than Keycloak", "docker-compose.yml",
                        inBlock("  web-console:", "/realms/tdkt", "/realms/other"),
                        "web-console: TDKT_AUTH_ISSUER is ${KEYCLOAK_URL:-http://keycloak:8180}/realms/other"),
                drift("a console with a default client secret", "docker-compose.yml",
                        inBlock("  web-console:", "${TDKT_CONSOLE_CLIENT_SECRET:?", "${TDKT_CONSOLE_CLIENT_SECRET:-secret"),
                        "web-console: TDKT_CONSOLE_CLIENT_SECRET must come from the environment"),
                drift("a console reading a service at the wrong port", "docker-compose.yml",
                        literal("http://nomination-service:8082", "http://nomination-service:8080"),
                        "web-console: TDKT_NOMINATION_URL is http://nomination-service:8080, expected http://nomination-service:8082"),
                drift("a console whose address Keycloak does not know", "docker-compose.yml",
                        inBlock("  web-console:", "TDKT_CONSOLE_URL: ${CONSOLE_URL:-http://localhost:8080}", "TDKT_CONSOLE_URL: http://tdkt.example"),
                        "web-console: TDKT_CONSOLE_URL (http://tdkt.example) differs from Keycloak's"),
                drift("Keycloak without a fixed hostname", "docker-compose.yml",
                        regex("\\n *KC_HOSTNAME: [^\\n]*", ""), "keycloak: KC_HOSTNAME is not set"),
                drift("a service without the tracing endpoint", "docker-compose.yml",
                        literal("http://jaeger:4318/v1/traces", "http://jaeger:4317"),
                        "notification-service: MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT is http://jaeger:4317"),
                drift("a variable application.yml does not read", "docker-compose.yml",
                        literal("TDKT_AUTH_JWK_SET_URI: http", "TDKT_AUTH_JWKS_URI: http"),
                        "sets TDKT_AUTH_JWKS_URI, which application.yml does not read"),
                drift("a variable missing from .env.example", ".env.example",
                        regex("(?m)^KEYCLOAK_DB_PASSWORD=.*$", ""), ".env.example: does not list KEYCLOAK_DB_PASSWORD"),
                drift("an application.yml that ignores the SASL login", "delegate-service/src/main/resources/application.yml",
                        literal("${KAFKA_SASL_JAAS_CONFIG:}", "\"\""), "sasl.jaas.config must be ${KAFKA_SASL_JAAS_CONFIG:…}"),
                drift("an application.yml without histogram buckets", "nomination-service/src/main/resources/application.yml",
                        literal("\"[http.server.requests]\": true", "\"[http.server.requests]\": false"),
                        "nomination-service application.yml: management.metrics.distribution.percentiles-histogram"),
                drift("a dashboard without the p95", "deploy/grafana/dashboards/tdkt-overview.json",
                        literal("histogram_quantile(0.95", "histogram_quantile(0.5"), "no p95 panel"),
                drift("a service's server.port default", "campaign-service/src/main/resources/application.yml",
                        regex("\\$\\{SERVER_PORT:8081}", "\\${SERVER_PORT:8091}"), "campaign-service: ports must publish 8091:8091"),
                drift("a service's database default", "nomination-service/src/main/resources/application.yml",
                        regex("/tdkt_nomination\\b", "/tdkt_nominations"), "nomination-service: MONGODB_URI database is tdkt_nomination,"),
                drift("build output in the build context", ".dockerignore",
                        regex("(?m)^\\*\\*/target$", "target"), ".dockerignore does not exclude **/target"),
                drift("a binding destination", "notification-service/src/main/resources/application.yml",
                        regex("destination:\\s*tdkt\\.campaign\\.events", "destination: tdkt.campaigns.events"),
                        "uses destination 'tdkt.campaigns.events', which kafka-init does not create"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drifts")
    void driftIsCaught(String what, String file, UnaryOperator<String> change, String expectedProblem,
            @TempDir Path copy) throws IOException {
        copyReactorFiles(ROOT, copy);
        List<String> before = ComposeConsistency.check(copy);
        Path target = copy.resolve(file);
        if (change == null) {
            Files.delete(target);
        } else {
            String original = Files.readString(target);
            String changed = change.apply(original);
            assertThat(changed).as("the drift '%s' no longer applies to %s: update this test", what, file)
                    .isNotEqualTo(original);
            Files.writeString(target, changed);
        }

        List<String> after = new ArrayList<>(ComposeConsistency.check(copy));
        after.removeAll(before);

        assertThat(after).as("problems found after changing %s (%s)", file, what)
                .anySatisfy(p -> assertThat(p).contains(expectedProblem));
    }

    // ------------------------------------------------------------------------------------------

    private static Arguments drift(String what, String file, UnaryOperator<String> change, String expected) {
        return Arguments.of(what, file, change, expected);
    }

    private static UnaryOperator<String> literal(String from, String to) {
        return s -> s.replace(from, to);
    }

    private static UnaryOperator<String> firstOnly(String from, String to) {
        return s -> s.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    }

    private static UnaryOperator<String> regex(String from, String to) {
        return s -> s.replaceAll(from, to);
    }

    /** Replaces the first {@code from} after the line that opens a block. */
    private static UnaryOperator<String> inBlock(String blockStart, String from, String to) {
        return s -> {
            int block = s.indexOf("\n" + blockStart + "\n");
            int at = block < 0 ? -1 : s.indexOf(from, block);
            return at < 0 ? s : s.substring(0, at) + to + s.substring(at + from.length());
        };
    }

    /** The files the check reads: compose, deploy/, the Dockerfiles, application.yml, the wrapper. */
    static void copyReactorFiles(Path from, Path to) throws IOException {
        List<String> files = new ArrayList<>(List.of("docker-compose.yml", ".dockerignore", ".env.example", "mvnw",
                ".mvn/wrapper/maven-wrapper.properties"));
        for (ComposeConsistency.ServiceSpec s : ComposeConsistency.SERVICES) {
            files.add(s.module() + "/pom.xml");
            files.add(s.module() + "/src/main/resources/application.yml");
        }
        files.add(ComposeConsistency.CONSOLE + "/pom.xml");
        files.add(ComposeConsistency.CONSOLE + "/src/main/resources/application.yml");
        try (Stream<Path> deploy = Files.walk(from.resolve("deploy"))) {
            deploy.filter(Files::isRegularFile).forEach(f -> files.add(from.relativize(f).toString()));
        }
        for (String f : files) {
            Path source = from.resolve(f);
            if (Files.isRegularFile(source)) {
                Path target = to.resolve(f);
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
