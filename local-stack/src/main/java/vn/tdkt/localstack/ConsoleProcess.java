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
 * The web console ({@code web-console}) as a separate JVM, started after the services it reads. Like
 * the auth server it is not a {@link Service}: no database, no Kafka, never scaled. Users open it at
 * {@link #publicUrl()} ({@code http://localhost:<port>}: not 127.0.0.1, whose cookies the auth server on the
 * same host would share), which the auth server must know as the console's redirect address
 * ({@code TDKT_CONSOLE_URL}), so the port is fixed when this object is built, before anything starts.
 */
public final class ConsoleProcess implements AutoCloseable {

    public static final String MODULE = "web-console";
    public static final int DEFAULT_PORT = 8080;
    /** A small JVM: it renders pages and holds sessions, nothing more. */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private static final Logger log = LoggerFactory.getLogger(ConsoleProcess.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final int port;
    private final Path jar;
    private final Path logFile;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final ChildJvm jvm;

    private ConsoleProcess(Builder b) {
        this.port = Ports.orFree(b.port);
        this.jar = Objects.requireNonNull(b.jar, "jar (projectRoot or jar)");
        this.logFile = b.logFile != null ? b.logFile : jar.getParent().resolve(MODULE + "-" + port + ".log");
        Map<String, String> env = new LinkedHashMap<>(b.environment);
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("TDKT_CONSOLE_URL", publicUrl(port));
        this.environment = Map.copyOf(env);
        this.jvmOptions = List.copyOf(b.jvmOptions);
        this.jvm = new ChildJvm(MODULE, port, logFile, log);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The Spring Boot jar {@code <root>/web-console/target/web-console-<version>.jar}. */
    public static Path jar(Path projectRoot) {
        return projectRoot.resolve(MODULE).resolve("target").resolve(MODULE + "-" + BuildInfo.version() + ".jar");
    }

    /** {@code http://localhost:<port>}: what users open and what the auth server redirects back to. */
    public static String publicUrl(int port) {
        return "http://localhost:" + port;
    }

    /** The environment the auth server needs to accept this console as a client: its address. */
    public static Map<String, String> authServerEnvironment(int port) {
        return Map.of("TDKT_CONSOLE_URL", publicUrl(port));
    }

    /** Launches the JVM (output appended to the log file); does not wait: see {@link #awaitReady(Duration)}. */
    public synchronized ConsoleProcess start() {
        jvm.launchJar(jar, jvmOptions, environment); // TDKT_CONSOLE_CLIENT_SECRET, if set, is inherited
        return this;
    }

    /** Waits until {@code GET /actuator/health/readiness} answers UP; fails early if the process exits. */
    public ConsoleProcess awaitReady(Duration timeout) {
        jvm.awaitReady(baseUrl(), timeout);
        return this;
    }

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

    /** {@code http://127.0.0.1:<port>}, for probes; users open {@link #publicUrl()}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String publicUrl() {
        return publicUrl(port);
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

    /** Port 0 (the default) means a free port, chosen when built. */
    public static final class Builder {
        private int port;
        private Path jar;
        private Path logFile;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private List<String> jvmOptions = DEFAULT_JVM_OPTIONS;

        private Builder() {
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder projectRoot(Path root) {
            this.jar = ConsoleProcess.jar(root.toAbsolutePath());
            return this;
        }

        public Builder jar(Path jar) {
            this.jar = jar.toAbsolutePath();
            return this;
        }

        public Builder logFile(Path logFile) {
            this.logFile = logFile.toAbsolutePath();
            return this;
        }

        /** The issuer and the services' addresses ({@link SystemLauncher} passes them). */
        public Builder environment(Map<String, String> environment) {
            this.environment.putAll(environment);
            return this;
        }

        public Builder jvmOptions(List<String> options) {
            this.jvmOptions = List.copyOf(options);
            return this;
        }

        public ConsoleProcess build() {
            return new ConsoleProcess(this);
        }
    }
}
