package vn.tdkt.benchmarks.mongo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** embedded-mongo in its own JVM with a capped heap, so its heap is measured apart from the clients'. */
final class ServerProcess implements AutoCloseable {

    final Process process;
    final String connectionString;
    private final Path dir;

    private ServerProcess(Process process, String connectionString, Path dir) {
        this.process = process;
        this.connectionString = connectionString;
        this.dir = dir;
    }

    static ServerProcess start(String maxHeap) throws IOException {
        Path dir = Files.createTempDirectory("bench-mongo-");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx" + maxHeap, "--enable-native-access=ALL-UNNAMED",
                "-Dlogback.configurationFile=" + System.getProperty("logback.configurationFile", ""),
                "-cp", System.getProperty("java.class.path"), "vn.tdkt.embeddedmongo.EmbeddedMongoMain",
                "--port", "0", "--data-dir", dir.toString(),
                "--spin-wait-micros", System.getProperty("bench.spinMicros", "100"))
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> {
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    int at = line.indexOf("embedded-mongo ready on ");
                    if (at >= 0) {
                        ready.complete(line.substring(at + 24).split(" ")[0]);
                    } else if (line.contains("OutOfMemoryError")) {
                        System.err.println("server: " + line);
                    }
                }
            } catch (IOException e) {
                // process ended
            }
            ready.completeExceptionally(new IllegalStateException("server ended before it was ready"));
        });
        try {
            return new ServerProcess(process, ready.get(60, TimeUnit.SECONDS), dir);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("server did not start", e);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
