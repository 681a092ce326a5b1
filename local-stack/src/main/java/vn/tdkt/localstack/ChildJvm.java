package vn.tdkt.localstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;

/**
 * One of our JVMs run as a child process on its port, its output appended to its log file: what
 * {@link AuthServerProcess} and {@link ServiceProcess} do alike (checks before a start, the launch, the
 * readiness wait, SIGTERM with a grace period, SIGKILL). They decide the command line and the grace;
 * lines are logged under their logger and name, as before this was shared.
 */
final class ChildJvm {

    private final String name;
    private final int port;
    private final Path logFile;
    private final Logger log;
    private Process process;
    private Instant startedAt;

    /** @param name the module name, in log lines and errors */
    ChildJvm(String name, int port, Path logFile, Logger log) {
        this.name = name;
        this.port = port;
        this.logFile = logFile;
        this.log = log;
    }

    /** The java of the JVM running this code, so children run on the same JDK (>= 21) as the launcher. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Refuses a start while running, without the jar, or on a port something else holds. */
    synchronized void checkStartable(Path jar) {
        if (isAlive()) {
            throw new IllegalStateException(this + " is already running");
        }
        if (!Files.isRegularFile(jar)) {
            throw new MissingJarException(name, jar);
        }
        if (Ports.inUse(port)) {
            throw new IllegalStateException("port " + port + " for " + name + " is already in use");
        }
    }

    /** Checks, then runs {@code java <jvmOptions> -jar <jar>} in the jar's folder; does not wait. */
    synchronized void launchJar(Path jar, List<String> jvmOptions, Map<String, String> environment) {
        checkStartable(jar);
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        launch(command, jar.getParent(), environment);
    }

    /** Launches {@code command} in {@code directory} with {@code environment} added; does not wait. */
    synchronized void launch(List<String> command, Path directory, Map<String, String> environment) {
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(environment);
        try {
            Files.createDirectories(logFile.getParent());
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
        startedAt = Instant.now();
        log.info("started {} on port {} (pid {}), log {}", name, port, process.pid(), logFile);
    }

    /**
     * Waits until {@code GET /actuator/health/readiness} at {@code baseUrl} answers UP. Fails early,
     * naming the JVM and its log, if the process exits or the timeout passes.
     */
    void awaitReady(String baseUrl, Duration timeout) {
        Process p = running();
        Readiness.await(name, port, baseUrl, logFile, p, timeout);
        log.info("{} on port {} ready after {} ms", name, port, Duration.between(startedAt, Instant.now()).toMillis());
    }

    /** SIGTERM, then SIGKILL if it has not exited within {@code grace}. */
    synchronized void stop(Duration grace) {
        if (process == null) {
            return;
        }
        Process p = process;
        p.destroy();
        try {
            if (!p.waitFor(grace.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("{} (pid {}) did not stop within {} s; killing it", name, p.pid(), grace.toSeconds());
                p.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        log.info("stopped {} on port {}", name, port);
        process = null;
    }

    /** SIGKILL, like a crash: no graceful shutdown. */
    synchronized void kill() {
        if (process == null) {
            return;
        }
        Process p = process;
        p.destroyForcibly();
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("killed {} on port {}", name, port);
        process = null;
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    synchronized Process running() {
        if (process == null) {
            throw new IllegalStateException(this + " is not started");
        }
        return process;
    }

    /** As its owner names itself: {@code <module>:<port>}. */
    @Override
    public String toString() {
        return name + ":" + port;
    }
}
