package vn.tdkt.embeddedmongo.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ExplainVerbosity;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import vn.tdkt.embeddedmongo.EmbeddedMongoServer;

/**
 * The query shape of a work queue whose history must not slow it down (notification-service's delivery
 * claim): only items still to do carry {@code due}, a sparse index on it, and a claim
 * {@code findAndModify({due: {$lte: now}}, sort {due: 1})}. Both servers must answer it from that index
 * without reading the history, and must not let the sparse index hide documents from other queries.
 * Runs on the embedded server always and on real MongoDB where Docker exists.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparseDueIndexConformanceTest {

    private final List<AutoCloseable> servers = new ArrayList<>();
    private final List<Named<MongoClient>> clients = new ArrayList<>();

    @BeforeAll
    void start() {
        EmbeddedMongoServer embedded = EmbeddedMongoServer.builder().build().start();
        servers.add(embedded);
        clients.add(Named.of("embedded", MongoClients.create(embedded.connectionString())));
        if (DockerClientFactory.instance().isDockerAvailable()) {
            GenericContainer<?> mongo = new GenericContainer<>("mongo:7.0").withExposedPorts(27017)
                    .waitingFor(Wait.forLogMessage("(?i).*waiting for connections.*", 1));
            mongo.start();
            servers.add(mongo::stop);
            clients.add(Named.of("mongo:7.0", MongoClients.create(
                    "mongodb://" + mongo.getHost() + ":" + mongo.getMappedPort(27017))));
        }
    }

    @AfterAll
    void stop() throws Exception {
        for (Named<MongoClient> client : clients) {
            client.getPayload().close();
        }
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    Stream<Named<MongoClient>> servers() {
        return clients.stream();
    }

    private static MongoCollection<Document> queue(MongoClient client) {
        MongoCollection<Document> coll = client.getDatabase("sparse" + UUID.randomUUID().toString().substring(0, 8))
                .getCollection("items");
        coll.createIndex(Indexes.ascending("due"), new IndexOptions().sparse(true).name("due"));
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            docs.add(new Document("_id", i).append("status", "DONE"));
        }
        for (int i = 0; i < 5; i++) {
            docs.add(new Document("_id", 1000 + i).append("status", "TODO").append("due", new Date(1_000_000L * (5 - i))));
        }
        coll.insertMany(docs);
        return coll;
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the clients are closed once, after all
    @MethodSource("servers")
    void theClaimIsAnIndexScanThatReadsNoHistory(MongoClient client) {
        MongoCollection<Document> coll = queue(client);
        Date now = new Date(3_000_000L);

        Document explain = client.getDatabase(coll.getNamespace().getDatabaseName()).runCommand(new Document("explain",
                        new Document("findAndModify", "items").append("query", Filters.lte("due", now))
                                .append("sort", Sorts.ascending("due"))
                                .append("update", new Document("$set", new Document("due", new Date(9_000_000L)))))
                        .append("verbosity", "executionStats"));

        assertThat(explain.get("queryPlanner", Document.class).toJson()).contains("IXSCAN").doesNotContain("COLLSCAN");
        assertThat(explain.get("executionStats", Document.class).get("totalDocsExamined", Number.class).longValue())
                .isLessThanOrEqualTo(3);
        assertThat(coll.find(Filters.lte("due", now)).sort(Sorts.ascending("due"))
                .explain(ExplainVerbosity.EXECUTION_STATS).get("executionStats", Document.class)
                .get("totalDocsExamined", Number.class).longValue()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the clients are closed once, after all
    @MethodSource("servers")
    void theSparseIndexHidesNothing(MongoClient client) {
        MongoCollection<Document> coll = queue(client);
        Date now = new Date(3_000_000L);

        assertThat(ids(coll.find(Filters.lte("due", now)).sort(Sorts.ascending("due")))).containsExactly(1004, 1003, 1002);
        Document claimed = coll.findOneAndUpdate(Filters.lte("due", now), new Document("$unset", new Document("due", "")),
                new com.mongodb.client.model.FindOneAndUpdateOptions().sort(Sorts.ascending("due")));
        assertThat(claimed.getInteger("_id")).as("the most overdue").isEqualTo(1004);
        assertThat(coll.countDocuments(Filters.eq("due", null))).as("documents without due").isEqualTo(301);
        assertThat(coll.countDocuments(Filters.exists("due", false))).isEqualTo(301);
        assertThat(ids(coll.find(Filters.lte("due", now)).sort(Sorts.ascending("due")))).containsExactly(1003, 1002);
    }

    private static List<Integer> ids(Iterable<Document> docs) {
        List<Integer> out = new ArrayList<>();
        docs.forEach(d -> out.add(d.getInteger("_id")));
        return out;
    }
}
