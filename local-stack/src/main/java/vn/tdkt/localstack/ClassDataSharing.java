package vn.tdkt.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The java arguments that run {@code jar} with the archive, or plain {@code -jar} if extraction fails. */
    /** Whether a JVM started now writes the archive when it exits (there is none yet), which takes a while. */
    boolean writesArchiveOnExit(Service service) {
        return !Files.exists(directory.resolve(service.moduleName() + ".jsa"));
    }

    List<String> launchArguments(Service service, Path jar, String java) {
        synchronized (locks.computeIfAbsent(service, s -> new Object())) {
            return prepare(service, jar, java);
        }
    }

    private List<String> prepare(Service service, Path jar, String java) {
        Path extracted = directory.resolve(service.moduleName());
        Path archive = directory.resolve(service.moduleName() + ".jsa");
        try {
            String source = Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
            Path marker = extracted.resolve(".source");
            if (!Files.exists(marker) || !Files.readString(marker, StandardCharsets.UTF_8).equals(source)) {
                extract(jar, extracted, java);
                Files.deleteIfExists(archive); // its classes came from the old jar
                Files.writeString(marker, source, StandardCharsets.UTF_8);
            }
            return List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive",
                    "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                    "-jar", extracted.resolve(jar.getFileName()).toString());
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
