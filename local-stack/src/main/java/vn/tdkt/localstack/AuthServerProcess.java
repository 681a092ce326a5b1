package vn.tdkt.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local authorization server ({@code auth-server}, Spring Authorization Server) as a separate JVM,
 * started before the services. Not one of the {@link Service}s: it has no database, no Kafka, no CDS
 * training, and is never scaled. Its issuer is its own address ({@code http://127.0.0.1:<port>}), so on a
 * free port (tests) the services are told that address through {@link #clientEnvironment()}.
 */
public final class AuthServerProcess implements AutoCloseable {

    public static final String MODULE = "auth-server";
    public static final int DEFAULT_PORT = 9000;
    /** One small JVM beside the services; C1 only for a quick start, as for the services. */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private static final Logger log = LoggerFactory.getLogger(AuthServerProcess.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final int port;
    private final Path jar;
    private final Path logFile;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final ChildJvm jvm;

    private AuthServerProcess(Builder b) {
        this.port = Ports.orFree(b.port);
        this.jar = Objects.requireNonNull(b.jar, "jar (projectRoot or jar)");
        this.logFile = b.logFile != null ? b.logFile : jar.getParent().resolve(MODULE + "-" + port + ".log");
        Map<String, String> env = new LinkedHashMap<>(b.environment);
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("TDKT_AUTH_ISSUER", baseUrl());
        env.put("TDKT_AUTH_KEY_DIR", Objects.requireNonNull(b.keyDirectory, "keyDirectory").toString());
        this.environment = Map.copyOf(env);
        this.jvmOptions = List.copyOf(b.jvmOptions);
        this.jvm = new ChildJvm(MODULE, port, logFile, log);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The Spring Boot jar {@code <root>/auth-server/target/auth-server-<version>.jar}. */
    public static Path jar(Path projectRoot) {
        return projectRoot.resolve(MODULE).resolve("target").resolve(MODULE + "-" + BuildInfo.version() + ".jar");
    }

    /** Launches the JVM (output appended to the log file); does not wait: see {@link #awaitReady(Duration)}. */
    public synchronized AuthServerProcess start() {
        jvm.launchJar(jar, jvmOptions, environment); // TDKT_DEMO_PASSWORD, if set, is inherited from this JVM
        return this;
    }

    /** Waits until {@code GET /actuator/health/readiness} answers UP; fails early if the process exits. */
    public AuthServerProcess awaitReady(Duration timeout) {
        jvm.awaitReady(baseUrl(), timeout);
        return this;
    }

    /** SIGTERM, then SIGKILL if it has not exited within 30 s. */
    public synchronized void stop() {
        jvm.stop(STOP_GRACE);
    }

    public synchronized boolean isAlive() {
        return jvm.isAlive();
    }

    public synchronized long pid() {
        return jvm.running().pid();
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>}: also the issuer ({@code iss}) of its tokens. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String issuer() {
        return baseUrl();
    }

    public String jwkSetUri() {
        return baseUrl() + "/oauth2/jwks";
    }

    /** What a service needs to check its tokens: {@code TDKT_AUTH_ISSUER} and {@code TDKT_AUTH_JWK_SET_URI}. */
    public Map<String, String> clientEnvironment() {
        return Map.of("TDKT_AUTH_ISSUER", issuer(), "TDKT_AUTH_JWK_SET_URI", jwkSetUri());
    }

    public Path jar() {
        return jar;
    }

    public Path logFile() {
        return logFile;
    }

    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return MODULE + ":" + port;
    }

    /** Port 0 (the default) means a free port. */
    public static final class Builder {
        private int port;
        private Path jar;
        private Path logFile;
        private Path keyDirectory;
        private List<String> jvmOptions = DEFAULT_JVM_OPTIONS;
        private final Map<String, String> environment = new LinkedHashMap<>();

        private Builder() {
        }

        /** More environment, e.g. the web console's address ({@link ConsoleProcess#authServerEnvironment(int)}). */
        public Builder environment(Map<String, String> environment) {
            this.environment.putAll(environment);
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The reactor root: the jar is {@link AuthServerProcess#jar(Path)}. */
        public Builder projectRoot(Path root) {
            this.jar = AuthServerProcess.jar(root.toAbsolutePath());
            return this;
        }

        public Builder jar(Path jar) {
            this.jar = jar.toAbsolutePath();
            return this;
        }

        /** Where stdout and stderr go (appended); default next to the jar. */
        public Builder logFile(Path logFile) {
            this.logFile = logFile.toAbsolutePath();
            return this;
        }

        /** Where the signing key is kept ({@code TDKT_AUTH_KEY_DIR}); the same directory keeps tokens valid across restarts. */
        public Builder keyDirectory(Path directory) {
            this.keyDirectory = directory.toAbsolutePath();
            return this;
        }

        public Builder jvmOptions(List<String> options) {
            this.jvmOptions = List.copyOf(options);
            return this;
        }

        public AuthServerProcess build() {
            return new AuthServerProcess(this);
        }
    }
}
