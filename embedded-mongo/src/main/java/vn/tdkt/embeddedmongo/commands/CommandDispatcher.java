package vn.tdkt.embeddedmongo.commands;

import java.util.HashMap;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.embeddedmongo.error.MongoError;
import vn.tdkt.embeddedmongo.server.ServerStats;
import vn.tdkt.embeddedmongo.storage.DuplicateKeyError;
import vn.tdkt.embeddedmongo.storage.Engine;
import vn.tdkt.embeddedmongo.storage.TtlReaper;
import vn.tdkt.embeddedmongo.wire.Request;

/**
 * Routes a command to its handler and shapes the reply: {@code ok: 1} on success, and on failure
 * {@code {ok: 0, errmsg, code, codeName}} exactly as MongoDB answers, so drivers raise the same
 * exceptions. No failure of one command escapes to the connection.
 */
public final class CommandDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(CommandDispatcher.class);
    private static final Map<String, Command> COMMANDS = new HashMap<>();
    private static final Set<String> CRUD = Set.of("find", "getMore", "insert", "update", "delete");

    static {
        HandshakeCommands.register(COMMANDS);
        ReadCommands.register(COMMANDS);
        WriteCommands.register(COMMANDS);
        COMMANDS.put("findAndModify", FindAndModifyCommand::run);
        COMMANDS.put("findandmodify", FindAndModifyCommand::run);
        COMMANDS.put("aggregate", AggregateCommand::run);
        IndexCommands.register(COMMANDS);
        CollectionCommands.register(COMMANDS);
        StatsCommands.register(COMMANDS);
        Command noTransactions = (ctx, r) -> {
            throw transactionsUnsupported();
        };
        COMMANDS.put("commitTransaction", noTransactions);
        COMMANDS.put("abortTransaction", noTransactions);
    }

    private final Engine engine;
    private final CursorRegistry cursors;
    private final ServerStats stats;
    private final TtlReaper reaper;
    private final java.util.concurrent.CountDownLatch shutdown = new java.util.concurrent.CountDownLatch(1);
    private final org.bson.types.ObjectId processId = new org.bson.types.ObjectId(); // topologyVersion of this server

    public CommandDispatcher(Engine engine, CursorRegistry cursors, ServerStats stats, TtlReaper reaper) {
        this.engine = engine;
        this.cursors = cursors;
        this.stats = stats;
        this.reaper = reaper;
    }

    static Set<String> names() {
        return new TreeSet<>(COMMANDS.keySet());
    }

    /** Runs one command for a connection and returns the reply document. */
    public BsonDocument execute(Request request, long connectionId, String host) {
        String name = request.commandName();
        try {
            Command command = COMMANDS.get(name);
            if (command == null) {
                throw new MongoError(59, "CommandNotFound", "no such command: '" + name + "'");
            }
            if (!CRUD.contains(name)) {
                stats.commands.incrementAndGet();
            }
            // A standalone mongod refuses transactions and retryable writes alike.
            if (request.body().containsKey("txnNumber") || request.body().containsKey("startTransaction")) {
                throw transactionsUnsupported();
            }
            BsonDocument reply = command.run(new CommandContext(engine, cursors, stats, reaper, connectionId, host, shutdown, processId), request);
            reply.append("ok", new BsonDouble(1.0));
            return reply;
        } catch (MongoError e) {
            return error(e);
        } catch (UnsupportedOperationException e) {
            return error(new MongoError(115, "CommandNotSupported", name + " is not supported yet: " + e.getMessage()));
        } catch (RuntimeException e) {
            LOG.warn("command {} failed", name, e);
            return error(new MongoError(1, "InternalError", name + " failed: " + e));
        }
    }

    /** Releases awaitable hello commands that are parked until the topology changes: it is about to. */
    public void shutdown() {
        shutdown.countDown();
    }

    static MongoError transactionsUnsupported() {
        return new MongoError(20, "IllegalOperation",
                "Transaction numbers are only allowed on a replica set member or mongos");
    }

    static BsonDocument error(MongoError e) {
        BsonDocument doc = new BsonDocument("ok", new BsonDouble(0.0))
                .append("errmsg", new BsonString(String.valueOf(e.getMessage())))
                .append("code", new BsonInt32(e.code()))
                .append("codeName", new BsonString(e.codeName()));
        if (e instanceof DuplicateKeyError dup) {
            doc.append("keyPattern", dup.keyPattern()).append("keyValue", dup.keyValue());
        }
        return doc;
    }

}
