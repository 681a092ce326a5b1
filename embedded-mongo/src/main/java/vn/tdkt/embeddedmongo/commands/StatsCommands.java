package vn.tdkt.embeddedmongo.commands;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.util.Map;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import vn.tdkt.embeddedmongo.error.MongoError;
import vn.tdkt.embeddedmongo.index.IndexSpec;
import vn.tdkt.embeddedmongo.server.ServerStats;
import vn.tdkt.embeddedmongo.storage.CollectionStore;
import vn.tdkt.embeddedmongo.wire.Request;

/**
 * collStats, dbStats and serverStatus with real figures: document counts and data sizes kept by
 * storage, on-disk sizes estimated by RocksDB, and the server's own counters.
 */
final class StatsCommands {

    private StatsCommands() {
    }

    static void register(Map<String, Command> commands) {
        commands.put("collStats", StatsCommands::collStats);
        commands.put("dbStats", StatsCommands::dbStats);
        commands.put("dbstats", StatsCommands::dbStats);
        commands.put("serverStatus", StatsCommands::serverStatus);
    }

    static BsonDocument collStats(CommandContext ctx, Request request) {
        String ns = Args.namespace(request);
        CollectionStore collection = ctx.catalog().get(ns);
        if (collection == null) {
            throw new MongoError(26, "NamespaceNotFound", "Collection [" + ns + "] not found.");
        }
        BsonDocument indexSizes = new BsonDocument();
        long totalIndexSize = 0;
        for (IndexSpec index : collection.indexes()) {
            long size = index.isId() ? collection.count() * 16 : collection.indexSize(index);
            indexSizes.append(index.name(), new BsonInt64(size));
            totalIndexSize += size;
        }
        long count = collection.count();
        long size = collection.dataSize();
        long storage = collection.storageSize();
        return new BsonDocument("ns", new BsonString(ns))
                .append("size", new BsonInt64(size))
                .append("count", new BsonInt64(count))
                .append("avgObjSize", new BsonInt64(count == 0 ? 0 : size / count))
                .append("storageSize", new BsonInt64(storage))
                .append("nindexes", new BsonInt32(collection.indexes().size()))
                .append("totalIndexSize", new BsonInt64(totalIndexSize))
                .append("totalSize", new BsonInt64(storage + totalIndexSize))
                .append("indexSizes", indexSizes)
                .append("capped", BsonBoolean.FALSE)
                .append("scaleFactor", new BsonInt32(1));
    }

    static BsonDocument dbStats(CommandContext ctx, Request request) {
        long objects = 0;
        long dataSize = 0;
        long storage = 0;
        long indexes = 0;
        long indexSize = 0;
        int collections = 0;
        for (CollectionStore collection : ctx.catalog().collections(request.database())) {
            collections++;
            objects += collection.count();
            dataSize += collection.dataSize();
            storage += collection.storageSize();
            for (IndexSpec index : collection.indexes()) {
                indexes++;
                indexSize += index.isId() ? collection.count() * 16 : collection.indexSize(index);
            }
        }
        File dir = ctx.engine().directory().toFile();
        return new BsonDocument("db", new BsonString(request.database()))
                .append("collections", new BsonInt32(collections))
                .append("views", new BsonInt32(0))
                .append("objects", new BsonInt64(objects))
                .append("avgObjSize", new BsonDouble(objects == 0 ? 0 : (double) dataSize / objects))
                .append("dataSize", new BsonDouble(dataSize))
                .append("storageSize", new BsonDouble(storage))
                .append("indexes", new BsonInt64(indexes))
                .append("indexSize", new BsonDouble(indexSize))
                .append("totalSize", new BsonDouble(storage + indexSize))
                .append("scaleFactor", new BsonInt32(1))
                .append("fsUsedSize", new BsonDouble(dir.getTotalSpace() - dir.getUsableSpace()))
                .append("fsTotalSize", new BsonDouble(dir.getTotalSpace()));
    }

    static BsonDocument serverStatus(CommandContext ctx, Request request) {
        ServerStats s = ctx.stats();
        long uptimeMillis = (System.nanoTime() - s.startNanos) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        BsonDocument opcounters = new BsonDocument("insert", new BsonInt64(s.inserts.get()))
                .append("query", new BsonInt64(s.queries.get()))
                .append("update", new BsonInt64(s.updates.get()))
                .append("delete", new BsonInt64(s.deletes.get()))
                .append("getmore", new BsonInt64(s.getMores.get()))
                .append("command", new BsonInt64(s.commands.get()));
        BsonDocument metrics = new BsonDocument("queryExecutor", new BsonDocument("scanned", new BsonInt64(s.keysExamined.get()))
                .append("scannedObjects", new BsonInt64(s.docsExamined.get())))
                .append("cursor", ctx.cursors().metrics())
                .append("ttl", new BsonDocument("deletedDocuments", new BsonInt64(ctx.reaper().deletedDocuments()))
                        .append("passes", new BsonInt64(ctx.reaper().passes())));
        return new BsonDocument("host", new BsonString(ctx.host()))
                .append("version", new BsonString(HandshakeCommands.VERSION))
                .append("process", new BsonString("mongod"))
                .append("pid", new BsonInt64(ProcessHandle.current().pid()))
                .append("uptime", new BsonDouble(uptimeMillis / 1000.0))
                .append("uptimeMillis", new BsonInt64(uptimeMillis))
                .append("uptimeEstimate", new BsonInt64(uptimeMillis / 1000))
                .append("localTime", new BsonDateTime(System.currentTimeMillis()))
                .append("connections", new BsonDocument("current", new BsonInt32((int) s.currentConnections.get()))
                        .append("available", new BsonInt32(1_000_000 - (int) s.currentConnections.get()))
                        .append("totalCreated", new BsonInt64(s.totalConnections.get())))
                .append("network", new BsonDocument("bytesIn", new BsonInt64(s.bytesIn.get()))
                        .append("bytesOut", new BsonInt64(s.bytesOut.get()))
                        .append("numRequests", new BsonInt64(s.requests.get())))
                .append("opcounters", opcounters)
                .append("mem", new BsonDocument("bits", new BsonInt32(64))
                        .append("heapUsedMB", new BsonInt64(heapUsed >> 20))
                        .append("heapMaxMB", new BsonInt64(rt.maxMemory() >> 20)))
                .append("storageEngine", new BsonDocument("name", new BsonString("rocksdb"))
                        .append("persistent", BsonBoolean.valueOf(!ctx.engine().temporary()))
                        .append("totalSizeBytes", new BsonInt64(ctx.engine().totalSizeOnDisk())))
                .append("metrics", metrics);
    }
}
