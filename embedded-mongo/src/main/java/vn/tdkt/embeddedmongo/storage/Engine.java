package vn.tdkt.embeddedmongo.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.CompressionType;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.embeddedmongo.error.MongoError;

/**
 * The one RocksDB instance behind the server, and its durability policy.
 *
 * <p>Every acknowledged write is appended to RocksDB's write-ahead log before the reply is sent.
 * By default the log is not fsync'ed per write but every {@link #WAL_SYNC_MILLIS} ms: a killed
 * process (kill -9) loses nothing, because the written log is already in the operating system's
 * page cache; only an OS crash or power loss can lose up to that window. {@code syncEveryWrite}
 * fsyncs the log before each acknowledgement instead (RocksDB groups concurrent syncs).
 */
public final class Engine implements AutoCloseable {

    static final long WAL_SYNC_MILLIS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final Path directory;
    private final boolean temporary;
    private final LRUCache cache;
    private final Options options;
    private final RocksDB db;
    private final WriteOptions writeOptions;
    private final ReadOptions readOptions;
    private final ScheduledExecutorService walSyncer;
    private final Catalog catalog;
    private long lastId;

    private Engine(Path directory, boolean temporary, boolean syncEveryWrite) throws RocksDBException {
        RocksDB.loadLibrary();
        this.directory = directory;
        this.temporary = temporary;
        this.cache = new LRUCache(64L << 20);
        BlockBasedTableConfig table = new BlockBasedTableConfig()
                .setBlockCache(cache)
                .setFilterPolicy(new BloomFilter(10, false))
                .setCacheIndexAndFilterBlocks(true);
        this.options = new Options()
                .setCreateIfMissing(true)
                .setTableFormatConfig(table)
                .setCompressionType(CompressionType.LZ4_COMPRESSION)
                .setWriteBufferSize(32L << 20)
                .setMaxWriteBufferNumber(3)
                .setMaxBackgroundJobs(2)
                .setKeepLogFileNum(2);
        this.db = RocksDB.open(options, directory.toString());
        this.writeOptions = new WriteOptions().setSync(syncEveryWrite);
        this.readOptions = new ReadOptions();
        byte[] seq = db.get(new byte[] {Keys.SEQUENCE});
        this.lastId = seq == null ? 0 : Keys.getLong(seq, 0);
        this.catalog = new Catalog(this);
        this.walSyncer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "embedded-mongo-wal-sync");
            t.setDaemon(true);
            return t;
        });
        if (!syncEveryWrite) {
            walSyncer.scheduleWithFixedDelay(this::syncWal, WAL_SYNC_MILLIS, WAL_SYNC_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Opens (creating if needed) the data folder, or a temporary folder deleted on close when {@code directory} is null. */
    public static Engine open(Path directory, boolean syncEveryWrite) {
        try {
            boolean temporary = directory == null;
            Path dir = temporary ? Files.createTempDirectory("embedded-mongo-") : directory;
            Files.createDirectories(dir);
            return new Engine(dir, temporary, syncEveryWrite);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RocksDBException e) {
            throw new IllegalStateException("cannot open RocksDB at " + directory + ": " + e.getMessage(), e);
        }
    }

    public Catalog catalog() {
        return catalog;
    }

    RocksDB db() {
        return db;
    }

    ReadOptions readOptions() {
        return readOptions;
    }

    void write(WriteBatch batch) {
        try {
            db.write(writeOptions, batch);
        } catch (RocksDBException e) {
            throw new MongoError(1, "InternalError", "storage write failed: " + e.getMessage());
        }
    }

    byte[] get(byte[] key) {
        try {
            return db.get(readOptions, key);
        } catch (RocksDBException e) {
            throw new MongoError(1, "InternalError", "storage read failed: " + e.getMessage());
        }
    }

    /** Allocates a collection or index id; persisted in the same batch as the catalog change. */
    synchronized long nextId(WriteBatch batch) throws RocksDBException {
        lastId++;
        byte[] value = new byte[8];
        Keys.putLong(value, 0, lastId);
        batch.put(new byte[] {Keys.SEQUENCE}, value);
        return lastId;
    }

    /** Approximate bytes on disk and in memtables for a key range, for the stats commands. */
    long approximateSize(byte[] start, byte[] end) {
        try (org.rocksdb.Slice s = new org.rocksdb.Slice(start); org.rocksdb.Slice e = new org.rocksdb.Slice(end)) {
            long[] sizes = db.getApproximateSizes(java.util.List.of(new org.rocksdb.Range(s, e)),
                    org.rocksdb.SizeApproximationFlag.INCLUDE_FILES, org.rocksdb.SizeApproximationFlag.INCLUDE_MEMTABLES);
            return sizes[0];
        }
    }

    public long totalSizeOnDisk() {
        try {
            return db.getLongProperty("rocksdb.total-sst-files-size") + db.getLongProperty("rocksdb.size-all-mem-tables");
        } catch (RocksDBException e) {
            return 0;
        }
    }

    public boolean temporary() {
        return temporary;
    }

    public Path directory() {
        return directory;
    }

    private void syncWal() {
        try {
            db.syncWal();
        } catch (RocksDBException e) {
            LOG.warn("WAL sync failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        walSyncer.shutdownNow();
        try {
            walSyncer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            db.syncWal();
            db.closeE();
        } catch (RocksDBException e) {
            LOG.warn("RocksDB close: {}", e.getMessage());
        }
        writeOptions.close();
        readOptions.close();
        options.close();
        cache.close();
        if (temporary) {
            deleteRecursively(directory);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", dir, e.getMessage());
        }
    }
}
