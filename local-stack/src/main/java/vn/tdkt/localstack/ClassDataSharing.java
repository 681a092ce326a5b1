package vn.tdkt.localstack;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dynamic CDS archive per service (JDK 19+ {@code -XX:+AutoCreateSharedArchive}): the first run
 * writes it when the service exits gracefully, later runs map the already parsed and verified
 * classes instead of loading them. Measured on campaign-service: 23 s of CPU to readiness without,
 * 8 s with. CDS only covers classes of the JVM's own class loaders, so the Spring Boot jar is run
 * extracted ({@code -Djarmode=tools extract}), re-extracted whenever the jar changes.
 */
final class ClassDataSharing {

    private static final Logger log = LoggerFactory.getLogger(ClassDataSharing.class);

    private final Path directory;
    private final Map<Service, Object> locks = new ConcurrentHashMap<>(); // extract each jar once, all in parallel

    ClassDataSharing(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    /** Whether a JVM started now writes the archive when it exits (there is none yet), which takes a while. */
    boolean writesArchiveOnExit(Service service) {
        return !Files.exists(archive(service));
    }

    /**
     * The java arguments that run {@code jar}: with the archive ({@code -Xshare:auto}: a JVM that cannot
     * map it starts without), with {@code -XX:+AutoCreateSharedArchive} when there is no archive yet (it is
     * written on a graceful exit), or plain {@code -jar} if extraction fails.
     */
    List<String> launchArguments(Service service, Path jar, String java) {
        synchronized (locks.computeIfAbsent(service, s -> new Object())) {
            return prepare(service, jar, java);
        }
    }

    /**
     * Writes the archive by a training run (Spring's {@code -Dspring.context.exit=onRefresh}: the JVM exits
     * once every singleton is created, before the web server, listeners and schedulers start) unless the
     * current jar already has one. The context connects to MongoDB while refreshing (index creation), so
     * {@code environment} must point at a running infrastructure.
     *
     * @return whether an archive now exists
     */
    boolean train(Service service, Path jar, String java, List<String> jvmOptions, Map<String, String> environment,
            Duration timeout) throws IOException, InterruptedException {
        synchronized (locks.computeIfAbsent(service, s -> new Object())) {
            List<String> launch = prepare(service, jar, java);
            Path archive = archive(service);
            if (Files.exists(archive)) {
                return true;
            }
            if (!launch.contains("-XX:+AutoCreateSharedArchive")) {
                return false; // extraction failed
            }
            Path partial = directory.resolve(service.moduleName() + ".jsa.training");
            Path output = directory.resolve(service.moduleName() + "-training.log");
            Files.deleteIfExists(partial);
            List<String> command = new ArrayList<>();
            command.add(java);
            command.addAll(jvmOptions);
            command.addAll(List.of("-XX:ArchiveClassesAtExit=" + partial, "-Xshare:auto", "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off", "-Dspring.context.exit=onRefresh", "-Dserver.port=0",
                    "-jar", launch.getLast()));
            ProcessBuilder pb = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            pb.environment().putAll(environment);
            Process p = pb.start();
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new IOException("the training run of " + service + " did not end within " + timeout.toSeconds()
                        + " s; see " + output);
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(partial)) {
                Files.deleteIfExists(partial);
                throw new IOException("the training run of " + service + " failed (exit " + p.exitValue() + "): "
                        + LogTail.of(output, 5));
            }
            Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }

    private Path archive(Service service) {
        return directory.resolve(service.moduleName() + ".jsa");
    }

    private List<String> prepare(Service service, Path jar, String java) {
        Path extracted = directory.resolve(service.moduleName());
        Path archive = directory.resolve(service.moduleName() + ".jsa");
        try {
            // the archive also depends on the JVM: a new one means a new archive (the old one would be ignored)
            String source = Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis()
                    + " " + System.getProperty("java.vm.version");
            Path marker = extracted.resolve(".source");
            if (!Files.exists(marker) || !Files.readString(marker, StandardCharsets.UTF_8).equals(source)) {
                extract(jar, extracted, java);
                Files.deleteIfExists(archive); // its classes came from the old jar
                Files.writeString(marker, source, StandardCharsets.UTF_8);
            }
            String app = extracted.resolve(jar.getFileName()).toString();
            if (Files.exists(archive)) { // only read: nothing written at exit, so stopping stays quick
                return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto",
                        "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", app);
            }
            return List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive",
                    "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", app);
        } catch (IOException | RuntimeException e) {
            log.warn("no class data sharing for {} ({}); running the jar as is", service, e.getMessage());
            return List.of("-jar", jar.toString());
        }
    }

    private static void extract(Path jar, Path destination, String java) throws IOException {
        Files2.deleteRecursively(destination);
        Files.createDirectories(destination.getParent());
        Path output = destination.getParent().resolve(destination.getFileName() + "-extract.log");
        Process p = new ProcessBuilder(java, "-Djarmode=tools", "-jar", jar.toString(),
                "extract", "--destination", destination.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("extracting " + jar.getFileName() + " failed: " + LogTail.of(output, 5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while extracting " + jar.getFileName(), e);
        }
        if (!Files.isRegularFile(destination.resolve(jar.getFileName()))) {
            throw new IOException("extracting " + jar.getFileName() + " produced no " + jar.getFileName());
        }
    }
}
