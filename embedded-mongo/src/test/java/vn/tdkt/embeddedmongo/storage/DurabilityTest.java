package vn.tdkt.embeddedmongo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The documented durability policy, tested the hard way: the server runs in a child JVM, clients
 * write, the process is killed with SIGKILL while writes are in flight, and a restarted server on
 * the same folder must hold every write that was acknowledged.
 */
class DurabilityTest {

    Path dir;

    @BeforeEach
    void tempDir() throws IOException {
        dir = Files.createTempDirectory("embedded-mongo-kill9-");
    }

    @AfterEach
    void cleanUp() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesKill9() throws Exception {
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        Child first = Child.start(dir);
        try (MongoClient client = MongoClients.create(first.connectionString)) {
            MongoCollection<Document> c = client.getDatabase("durable").getCollection("docs");
            c.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            c.insertOne(new Document("_id", "counter").append("n", 0));
            for (int i = 0; i < 300; i++) {
                c.insertOne(new Document("_id", i).append("code", "C" + i).append("text", "Khen thưởng " + i));
                acknowledged.add(i);
            }
            for (int i = 0; i < 100; i++) {
                c.updateOne(Filters.eq("_id", "counter"), Updates.inc("n", 1));
            }
            List<Document> bulk = new ArrayList<>();
            for (int i = 300; i < 2300; i++) {
                bulk.add(new Document("_id", i).append("code", "C" + i));
            }
            c.insertMany(bulk);
            for (int i = 300; i < 2300; i++) {
                acknowledged.add(i);
            }
            // Keep writing from another thread and kill the server in the middle of it.
            AtomicBoolean stop = new AtomicBoolean();
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                for (int i = 10_000; !stop.get(); i++) {
                    try {
                        c.insertOne(new Document("_id", i).append("code", "C" + i));
                        acknowledged.add(i);
                    } catch (MongoException e) {
                        return; // the server is gone; this write was never acknowledged
                    }
                }
            });
            Thread.sleep(400);
            first.kill();
            stop.set(true);
            writer.get(30, TimeUnit.SECONDS);
        }
        assertThat(acknowledged.size()).isGreaterThan(2300);

        Child second = Child.start(dir);
        try (MongoClient client = MongoClients.create(second.connectionString)) {
            MongoCollection<Document> c = client.getDatabase("durable").getCollection("docs");
            Set<Integer> present = ConcurrentHashMap.newKeySet();
            c.find(Filters.type("_id", "int")).forEach(d -> present.add(d.getInteger("_id")));
            assertThat(present).containsAll(acknowledged);
            assertThat(c.find(Filters.eq("_id", "counter")).first().getInteger("n")).isEqualTo(100);
            assertThat(c.find(Filters.eq("code", "C42")).first().getString("text")).isEqualTo("Khen thưởng 42");
            assertThat(c.find(Filters.eq("code", "C42")).explain().toJson()).contains("code_1");
        } finally {
            second.kill();
        }
    }

    /** The server as a separate process started from this test's classpath. */
    private static final class Child {
        final Process process;
        final String connectionString;

        private Child(Process process, String connectionString) {
            this.process = process;
            this.connectionString = connectionString;
        }

        static Child start(Path dir) throws IOException, InterruptedException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-Xmx128m", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                    "vn.tdkt.embeddedmongo.EmbeddedMongoMain", "--port", "0", "--data-dir", dir.toString())
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<String> ready = new CompletableFuture<>();
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    String line;
                    while ((line = out.readLine()) != null) {
                        int at = line.indexOf("embedded-mongo ready on ");
                        if (at >= 0 && !ready.isDone()) {
                            ready.complete(line.substring(at + 24).split(" ")[0]);
                        }
                    }
                } catch (IOException e) {
                    // the process died; the drain ends
                }
                ready.completeExceptionally(new IllegalStateException("server process ended before it was ready"));
            });
            try {
                return new Child(process, ready.get(60, TimeUnit.SECONDS));
            } catch (Exception e) {
                process.destroyForcibly();
                throw new IllegalStateException("server did not start", e);
            }
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
