package vn.tdkt.embeddedmongo.commands;

import java.lang.management.ManagementFactory;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.error.MongoError;
import vn.tdkt.embeddedmongo.storage.CollectionStore;
import vn.tdkt.embeddedmongo.wire.Frame;
import vn.tdkt.embeddedmongo.wire.Request;

/**
 * The commands drivers and mongosh send around connecting: the handshake (a standalone server at
 * wire version 21, MongoDB 7.0), build and host information, sessions (accepted and ignored) and
 * the diagnostic commands mongosh asks for at start-up, answered as a standalone mongod does.
 */
final class HandshakeCommands {

    static final String VERSION = "7.0.14";
    static final int MAX_WIRE_VERSION = 21;

    private HandshakeCommands() {
    }

    static void register(Map<String, Command> commands) {
        commands.put("hello", (ctx, r) -> hello(ctx, r, true));
        commands.put("isMaster", (ctx, r) -> hello(ctx, r, false));
        commands.put("ismaster", (ctx, r) -> hello(ctx, r, false));
        commands.put("ping", (ctx, r) -> new BsonDocument());
        commands.put("buildInfo", (ctx, r) -> buildInfo());
        commands.put("buildinfo", (ctx, r) -> buildInfo());
        commands.put("getParameter", HandshakeCommands::getParameter);
        Command accepted = (ctx, r) -> new BsonDocument();
        commands.put("endSessions", accepted);
        commands.put("killSessions", accepted);
        commands.put("refreshSessions", accepted);
        commands.put("killAllSessions", accepted);
        commands.put("startSession", (ctx, r) -> new BsonDocument("id", new BsonDocument("id",
                new org.bson.BsonBinary(java.util.UUID.randomUUID()))).append("timeoutMinutes", new BsonInt32(30)));
        commands.put("getLog", HandshakeCommands::getLog);
        commands.put("connectionStatus", (ctx, r) -> new BsonDocument("authInfo", new BsonDocument("authenticatedUsers",
                new BsonArray()).append("authenticatedUserRoles", new BsonArray())));
        commands.put("getCmdLineOpts", (ctx, r) -> new BsonDocument("argv", new BsonArray(java.util.List.of(
                new BsonString("embedded-mongo")))).append("parsed", new BsonDocument("storage",
                new BsonDocument("dbPath", new BsonString(ctx.engine().directory().toString()))
                        .append("engine", new BsonString("rocksdb")))));
        commands.put("hostInfo", HandshakeCommands::hostInfo);
        commands.put("whatsmyuri", (ctx, r) -> new BsonDocument("you", new BsonString(ctx.host())));
        commands.put("getDefaultRWConcern", (ctx, r) -> new BsonDocument("defaultReadConcern",
                new BsonDocument("level", new BsonString("local")))
                .append("defaultWriteConcern", new BsonDocument("w", new BsonInt32(1)).append("wtimeout", new BsonInt32(0)))
                .append("defaultReadConcernSource", new BsonString("implicit"))
                .append("defaultWriteConcernSource", new BsonString("implicit")));
        commands.put("replSetGetStatus", (ctx, r) -> {
            throw new MongoError(76, "NoReplicationEnabled", "not running with --replSet");
        });
        commands.put("logout", accepted);
        commands.put("listCommands", HandshakeCommands::listCommands);
    }

    static BsonDocument hello(CommandContext ctx, Request request, boolean modern) {
        awaitTopologyChange(ctx, request.body());
        BsonDocument reply = new BsonDocument();
        if (request.body().containsKey("helloOk")) {
            reply.append("helloOk", BsonBoolean.TRUE);
        }
        reply.append(modern ? "isWritablePrimary" : "ismaster", BsonBoolean.TRUE)
                .append("topologyVersion", new BsonDocument("processId", new org.bson.BsonObjectId(ctx.processId()))
                        .append("counter", new BsonInt64(0)))
                .append("maxBsonObjectSize", new BsonInt32(CollectionStore.MAX_DOCUMENT_SIZE))
                .append("maxMessageSizeBytes", new BsonInt32(Frame.MAX_MESSAGE_SIZE))
                .append("maxWriteBatchSize", new BsonInt32(WriteCommands.MAX_WRITE_BATCH))
                .append("localTime", new BsonDateTime(System.currentTimeMillis()))
                .append("logicalSessionTimeoutMinutes", new BsonInt32(30))
                .append("connectionId", new BsonInt32((int) ctx.connectionId()))
                .append("minWireVersion", new BsonInt32(0))
                .append("maxWireVersion", new BsonInt32(MAX_WIRE_VERSION))
                .append("readOnly", BsonBoolean.FALSE);
        return reply;
    }

    /**
     * Streaming server monitoring: a hello carrying our topologyVersion and maxAwaitTimeMS is
     * answered only when the topology changes or the time is up. A standalone's topology never
     * changes, so it waits the full time (or until shutdown); replying at once would make the
     * driver's monitor spin.
     */
    private static void awaitTopologyChange(CommandContext ctx, BsonDocument body) {
        BsonValue version = body.get("topologyVersion");
        BsonValue maxAwait = body.get("maxAwaitTimeMS");
        if (version == null || !version.isDocument() || maxAwait == null || !maxAwait.isNumber()) {
            return;
        }
        BsonValue processId = version.asDocument().get("processId");
        if (processId == null || !processId.isObjectId() || !processId.asObjectId().getValue().equals(ctx.processId())) {
            return; // a different server incarnation: answer at once with the new version
        }
        try {
            ctx.shutdown().await(Math.max(0, maxAwait.asNumber().longValue()), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static BsonDocument buildInfo() {
        String[] parts = VERSION.split("\\.");
        BsonArray versionArray = new BsonArray();
        for (String p : parts) {
            versionArray.add(new BsonInt32(Integer.parseInt(p)));
        }
        versionArray.add(new BsonInt32(0));
        return new BsonDocument("version", new BsonString(VERSION))
                .append("gitVersion", new BsonString("embedded-mongo"))
                .append("modules", new BsonArray())
                .append("allocator", new BsonString("system"))
                .append("javascriptEngine", new BsonString("none"))
                .append("sysInfo", new BsonString("deprecated"))
                .append("versionArray", versionArray)
                .append("bits", new BsonInt32(64))
                .append("debug", BsonBoolean.FALSE)
                .append("maxBsonObjectSize", new BsonInt32(CollectionStore.MAX_DOCUMENT_SIZE))
                .append("storageEngines", new BsonArray(java.util.List.of(new BsonString("rocksdb"))));
    }

    private static BsonDocument getParameter(CommandContext ctx, Request request) {
        BsonDocument known = new BsonDocument("featureCompatibilityVersion",
                new BsonDocument("version", new BsonString("7.0")))
                .append("authenticationMechanisms", new BsonArray())
                .append("logLevel", new BsonInt32(0))
                .append("cursorTimeoutMillis", new BsonInt64(600_000))
                .append("ttlMonitorSleepSecs", new BsonInt32(60))
                .append("internalQueryMaxBlockingSortMemoryUsageBytes", new BsonInt64(100L << 20));
        BsonValue first = request.body().get("getParameter");
        boolean all = first.isString() && first.asString().getValue().equals("*")
                || first.isDocument() && first.asDocument().getBoolean("allParameters", BsonBoolean.FALSE).getValue();
        if (all) {
            return known;
        }
        BsonDocument reply = new BsonDocument();
        for (String name : request.body().keySet()) {
            if (known.containsKey(name)) {
                reply.put(name, known.get(name));
            }
        }
        if (reply.isEmpty()) {
            throw new MongoError(72, "InvalidOptions", "no option found to get");
        }
        return reply;
    }

    private static BsonDocument getLog(CommandContext ctx, Request request) {
        BsonValue which = request.body().get("getLog");
        if (which.isString() && which.asString().getValue().equals("*")) {
            return new BsonDocument("names", new BsonArray(java.util.List.of(new BsonString("global"),
                    new BsonString("startupWarnings"))));
        }
        if (!which.isString() || !(which.asString().getValue().equals("global")
                || which.asString().getValue().equals("startupWarnings"))) {
            throw MongoError.badValue("no RamLog named: " + which);
        }
        return new BsonDocument("totalLinesWritten", new BsonInt32(0)).append("log", new BsonArray());
    }

    private static BsonDocument hostInfo(CommandContext ctx, Request request) {
        Runtime rt = Runtime.getRuntime();
        long mem = 0;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            mem = os.getTotalMemorySize() >> 20;
        }
        return new BsonDocument("system", new BsonDocument("currentTime", new BsonDateTime(System.currentTimeMillis()))
                .append("hostname", new BsonString(ctx.host()))
                .append("cpuAddrSize", new BsonInt32(64))
                .append("memSizeMB", new BsonInt64(mem))
                .append("numCores", new BsonInt32(rt.availableProcessors()))
                .append("cpuArch", new BsonString(System.getProperty("os.arch"))))
                .append("os", new BsonDocument("type", new BsonString(System.getProperty("os.name")))
                        .append("name", new BsonString(System.getProperty("os.name")))
                        .append("version", new BsonString(System.getProperty("os.version"))))
                .append("extra", new BsonDocument());
    }

    private static BsonDocument listCommands(CommandContext ctx, Request request) {
        BsonDocument commands = new BsonDocument();
        for (String name : CommandDispatcher.names()) {
            commands.append(name, new BsonDocument("help", new BsonString("")));
        }
        return new BsonDocument("commands", commands);
    }
}
