package vn.tdkt.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One instance of a service as a separate JVM ({@code java -jar <module>.jar}), the way the one
 * command runs it. Restartable: {@link #kill()} or {@link #stop()} then {@link #start()} again on the
 * same port with the same environment, which is how the system tests crash a service mid-flow.
 */
public final class ServiceProcess implements AutoCloseable {

    /**
     * Every service JVM: a small explicit heap and the serial GC, so four of them fit beside the
     * infrastructure; C1 only, because on 2 cores four JVMs starting at once spend their time in the
     * JIT, and local runs need a quick start more than peak throughput.
     */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    /** Writing the class data sharing archive on exit costs several seconds of CPU, more on a busy machine. */
    private static final Duration STOP_GRACE_WRITING_ARCHIVE = Duration.ofSeconds(90);

    private final Service service;
    private final int port;
    private final Path jar;
    private final Path logFile;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final ClassDataSharing classDataSharing; // null: run the jar as is
    private final ChildJvm jvm;
    private Duration stopGrace = STOP_GRACE;

    private ServiceProcess(Builder b) {
        this.service = b.service;
        this.port = Ports.orFree(b.port);
        this.jar = Objects.requireNonNull(b.jar, "jar");
        this.logFile = b.logFile != null ? b.logFile
                : jar.getParent().resolve(service.moduleName() + "-" + port + ".log");
        Map<String, String> env = new LinkedHashMap<>(b.environment);
        env.put("SERVER_PORT", String.valueOf(port));
        this.environment = Map.copyOf(env);
        this.jvmOptions = List.copyOf(b.jvmOptions);
        this.classDataSharing = b.classDataSharing;
        this.jvm = new ChildJvm(service.moduleName(), port, logFile, log);
    }

    public static Builder builder(Service service) {
        return new Builder(service);
    }

    /** Launches the JVM (output appended to the log file); does not wait: see {@link #awaitReady(Duration)}. */
    public synchronized ServiceProcess start() {
        jvm.checkStartable(jar);
        List<String> command = new ArrayList<>();
        command.add(ChildJvm.javaExecutable());
        command.addAll(jvmOptions);
        stopGrace = STOP_GRACE;
        if (classDataSharing != null) {
            if (classDataSharing.writesArchiveOnExit(service)) {
                stopGrace = STOP_GRACE_WRITING_ARCHIVE;
            }
            command.addAll(classDataSharing.launchArguments(service, jar, ChildJvm.javaExecutable()));
        } else {
            command.add("-jar");
            command.add(jar.toString());
        }
        jvm.launch(command, jar.getParent().getParent(), environment);
        return this;
    }

    /**
     * Waits until {@code GET /actuator/health/readiness} answers UP. Fails early, naming the service
     * and its log, if the process exits or the timeout passes.
     */
    public ServiceProcess awaitReady(Duration timeout) {
        jvm.awaitReady(baseUrl(), timeout);
        return this;
    }

    /**
     * SIGTERM (Spring's graceful shutdown), then SIGKILL if it has not exited within 30 s (90 s
     * when it writes its class data sharing archive on the way out).
     */
    public synchronized void stop() {
        jvm.stop(stopGrace);
    }

    /** SIGKILL, like a crash: no graceful shutdown, no chance to acknowledge anything. */
    public synchronized void kill() {
        jvm.kill();
    }

    /** {@link #stop()} then {@link #start()} on the same port. */
    public synchronized ServiceProcess restart() {
        stop();
        return start();
    }

    public synchronized boolean isAlive() {
        return jvm.isAlive();
    }

    public Service service() {
        return service;
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>} */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public synchronized long pid() {
        return jvm.running().pid();
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
        return service + ":" + port;
    }

    /** How to run one service instance; port 0 (the default) means a free port. */
    public static final class Builder {
        private final Service service;
        private int port;
        private Path jar;
        private Path logFile;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private List<String> jvmOptions = DEFAULT_JVM_OPTIONS;
        private ClassDataSharing classDataSharing;

        private Builder(Service service) {
            this.service = Objects.requireNonNull(service, "service");
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The reactor root; the jar is {@code <root>/<module>/target/<module>-<version>.jar}. */
        public Builder projectRoot(Path root) {
            this.jar = service.jar(root.toAbsolutePath());
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

        /** Usually {@link Infrastructure#environment(String)}; SERVER_PORT is added from the port. */
        public Builder environment(Map<String, String> environment) {
            this.environment.putAll(environment);
            return this;
        }

        public Builder jvmOptions(List<String> options) {
            this.jvmOptions = List.copyOf(options);
            return this;
        }

        /**
         * Keeps an extracted copy of the jar and a CDS archive under this directory: the first run
         * writes the archive on a graceful stop, later runs start about 3 times faster in CPU time.
         */
        public Builder classDataSharing(Path cacheDirectory) {
            this.classDataSharing = cacheDirectory == null ? null : new ClassDataSharing(cacheDirectory);
            return this;
        }

        Builder classDataSharing(ClassDataSharing shared) {
            this.classDataSharing = shared;
            return this;
        }

        public ServiceProcess build() {
            return new ServiceProcess(this);
        }
    }
}
