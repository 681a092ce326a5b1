package vn.tdkt.nomination;

import org.springframework.test.context.DynamicPropertyRegistry;
import vn.tdkt.embeddedmongo.EmbeddedMongoServer;

/** One embedded-mongo server for all persistence tests of this JVM, each test class on its own database. */
public final class EmbeddedMongo {

    private static EmbeddedMongoServer server;

    private EmbeddedMongo() {
    }

    public static synchronized String uri(String database) {
        if (server == null) {
            server = EmbeddedMongoServer.builder().port(0).build().start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-mongo-stop"));
        }
        return server.connectionString() + "/" + database;
    }

    public static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.mongodb.uri", () -> uri(database));
    }
}
