package vn.tdkt.embeddedmongo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.embeddedmongo.EmbeddedMongoServer;

/** Behaviour specific to the embedded server: lifecycle, persistence across clean restarts, cursor timeouts, counters. */
class EmbeddedServerTest {

    Path dir;

    @BeforeEach
    void tempDir() throws IOException {
        dir = Files.createTempDirectory("embedded-mongo-test-");
    }

    @AfterEach
    void cleanUp() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void dataAndIndexesSurviveACleanRestart() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.builder().dataDirectory(dir).build().start();
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> c = client.getDatabase("app").getCollection("units");
            c.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            c.insertOne(new Document("_id", 1).append("code", "ĐV-01").append("tags", List.of("a", "b")));
            c.insertOne(new Document("_id", 2).append("code", "ĐV-02"));
            c.deleteOne(Filters.eq("_id", 2));
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.builder().dataDirectory(dir).build().start();
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> c = client.getDatabase("app").getCollection("units");
            assertThat(c.find().into(new ArrayList<>())).containsExactly(new Document("_id", 1).append("code", "ĐV-01")
                    .append("tags", List.of("a", "b")));
            assertThat(c.estimatedDocumentCount()).isEqualTo(1);
            assertThat(c.listIndexes().into(new ArrayList<>())).hasSize(2);
            assertThatThrownBy(() -> c.insertOne(new Document("code", "ĐV-01"))).hasMessageContaining("E11000");
            Document explain = c.find(Filters.eq("tags", "b")).explain();
            assertThat(explain.toJson()).contains("COLLSCAN");
            c.createIndex(Indexes.ascending("tags"));
            assertThat(c.find(Filters.eq("tags", "b")).explain().toJson()).contains("IXSCAN").contains("tags_1");
        }
        assertThat(dir.resolve("CURRENT")).exists();
    }

    @Test
    void idleCursorsTimeOut() throws InterruptedException {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.builder().cursorTimeout(Duration.ofMillis(300)).build().start();
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase db = client.getDatabase("app");
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                docs.add(new Document("_id", i));
            }
            db.getCollection("c").insertMany(docs);
            long id = db.runCommand(Document.parse("{find: 'c', batchSize: 2}")).get("cursor", Document.class).getLong("id");
            Thread.sleep(1_000);
            assertThatThrownBy(() -> db.runCommand(new Document("getMore", id).append("collection", "c")))
                    .isInstanceOfSatisfying(MongoCommandException.class, e -> assertThat(e.getErrorCode()).isEqualTo(43));
            Document status = db.runCommand(new Document("serverStatus", 1));
            assertThat(status.get("metrics", Document.class).get("cursor", Document.class).get("timedOut", Number.class)
                    .longValue()).isEqualTo(1);
        }
    }

    @Test
    void serverStatusCountsExaminedDocuments() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.builder().build().start();
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase db = client.getDatabase("app");
            MongoCollection<Document> c = db.getCollection("c");
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                docs.add(new Document("_id", i).append("k", "key" + i));
            }
            c.insertMany(docs);
            c.createIndex(Indexes.ascending("k"));
            long before = scanned(db);
            for (int i = 0; i < 50; i++) {
                assertThat(c.find(Filters.eq("k", "key" + i)).first()).isNotNull();
                assertThat(c.find(Filters.eq("_id", i)).first()).isNotNull();
            }
            assertThat(scanned(db) - before).isEqualTo(100);
            c.find(Filters.eq("missing", 1)).first();
            assertThat(scanned(db) - before).isEqualTo(1100);
        }
    }

    private static long scanned(MongoDatabase db) {
        return db.runCommand(new Document("serverStatus", 1)).get("metrics", Document.class)
                .get("queryExecutor", Document.class).get("scannedObjects", Number.class).longValue();
    }

    @Test
    void portIsBoundOnStartAndReleasedOnClose() throws IOException {
        EmbeddedMongoServer server = EmbeddedMongoServer.builder().build().start();
        int port = server.port();
        assertThat(server.connectionString()).isEqualTo("mongodb://127.0.0.1:" + port);
        server.close();
        try (java.net.ServerSocket again = new java.net.ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }
}
