package vn.tdkt.localstack;

import java.nio.file.Path;

import vn.tdkt.embeddedmongo.EmbeddedMongoServer;

/** The project's MongoDB-wire server; durable under a directory, or in memory when there is none. */
final class MongoNode implements AutoCloseable {

    private final EmbeddedMongoServer server;

    private MongoNode(EmbeddedMongoServer server) {
        this.server = server;
    }

    static MongoNode start(int port, Path dataDirectory) {
        var builder = EmbeddedMongoServer.builder().bindAddress("127.0.0.1").port(port);
        if (dataDirectory != null) {
            builder.dataDirectory(dataDirectory);
        }
        EmbeddedMongoServer server = builder.build();
        server.start();
        return new MongoNode(server);
    }

    int port() {
        return server.port();
    }

    String connectionString() {
        return server.connectionString();
    }

    @Override
    public void close() {
        server.close();
    }
}
