package vn.tdkt.embeddedmongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import vn.tdkt.embeddedmongo.commands.CommandDispatcher;
import vn.tdkt.embeddedmongo.commands.CursorRegistry;
import vn.tdkt.embeddedmongo.server.ServerStats;
import vn.tdkt.embeddedmongo.server.SpinWait;
import vn.tdkt.embeddedmongo.server.WireServer;
import vn.tdkt.embeddedmongo.storage.Engine;
import vn.tdkt.embeddedmongo.storage.TtlReaper;

/**
 * A MongoDB-compatible server on RocksDB, for tests and local runs:
 * <pre>{@code
 * try (EmbeddedMongoServer mongo = EmbeddedMongoServer.builder().build().start()) {
 *     MongoClient client = MongoClients.create(mongo.connectionString());
 * }
 * }</pre>
 * Without a data directory the data lives in a temporary folder deleted on {@link #close()}.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private final Builder config;
    private Engine engine;
    private CursorRegistry cursors;
    private TtlReaper reaper;
    private WireServer wire;
    private CommandDispatcher dispatcher;
    private boolean closed;

    private EmbeddedMongoServer(Builder config) {
        this.config = config;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Opens storage and binds the port; returns once clients can connect. */
    public synchronized EmbeddedMongoServer start() {
        if (wire != null) {
            return this;
        }
        engine = Engine.open(config.dataDirectory, config.syncEveryWrite);
        ServerStats stats = new ServerStats();
        cursors = new CursorRegistry(config.cursorTimeout);
        reaper = new TtlReaper(engine.catalog(), config.ttlInterval.toMillis());
        dispatcher = new CommandDispatcher(engine, cursors, stats, reaper);
        wire = new WireServer(config.bindAddress, config.port, dispatcher, stats, SpinWait.of(config.spinWait));
        try {
            wire.start();
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot bind " + config.bindAddress + ":" + config.port, e);
        }
        return this;
    }

    public int port() {
        if (wire == null) {
            throw new IllegalStateException("server not started");
        }
        return wire.port();
    }

    public String connectionString() {
        return "mongodb://" + config.bindAddress + ":" + port();
    }

    /** Stops accepting, closes the connections and cursors, and closes RocksDB cleanly. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (dispatcher != null) {
            dispatcher.shutdown();
        }
        if (wire != null) {
            wire.close();
        }
        if (reaper != null) {
            reaper.close();
        }
        if (cursors != null) {
            cursors.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    /** Options of a server; all optional. */
    public static final class Builder {

        private String bindAddress = "127.0.0.1";
        private int port;
        private Path dataDirectory;
        private boolean syncEveryWrite;
        private Duration cursorTimeout = Duration.ofMinutes(10);
        private Duration ttlInterval = Duration.ofSeconds(2);
        private Duration spinWait = Duration.ofNanos(100_000);

        private Builder() {
        }

        /** Address to listen on; default 127.0.0.1. */
        public Builder bindAddress(String bindAddress) {
            this.bindAddress = bindAddress;
            return this;
        }

        /** TCP port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Folder of the RocksDB data; absent = a temporary folder deleted on close. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /** fsync the write-ahead log before acknowledging each write (default: every 100 ms). */
        public Builder syncEveryWrite(boolean syncEveryWrite) {
            this.syncEveryWrite = syncEveryWrite;
            return this;
        }

        /** How long an idle cursor survives; default 10 minutes, as in MongoDB. */
        public Builder cursorTimeout(Duration cursorTimeout) {
            this.cursorTimeout = cursorTimeout;
            return this;
        }

        /** How often expired TTL documents are deleted; default 2 seconds (MongoDB: 60). */
        public Builder ttlInterval(Duration ttlInterval) {
            this.ttlInterval = ttlInterval;
            return this;
        }

        /**
         * How long a connection polls for its next request after a reply before it blocks; default
         * 100 µs, zero turns polling off. Trades a little CPU for round-trip latency (see the README).
         */
        public Builder spinWait(Duration spinWait) {
            if (spinWait.isNegative()) {
                throw new IllegalArgumentException("spinWait must not be negative: " + spinWait);
            }
            this.spinWait = spinWait;
            return this;
        }

        public EmbeddedMongoServer build() {
            return new EmbeddedMongoServer(this);
        }
    }
}
