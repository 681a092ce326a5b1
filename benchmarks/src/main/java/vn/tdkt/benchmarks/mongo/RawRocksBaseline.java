package vn.tdkt.benchmarks.mongo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * The floor under the server's figures: RocksDB itself, in process, writing and reading the same
 * BSON bytes under the same kind of keys with the same durability (WAL on, no per-write fsync).
 */
final class RawRocksBaseline implements AutoCloseable {

    private final Path dir;
    private final Options options;
    private final RocksDB db;
    private final WriteOptions writeOptions;

    RawRocksBaseline() throws IOException, RocksDBException {
        RocksDB.loadLibrary();
        dir = Files.createTempDirectory("raw-rocks-");
        options = new Options().setCreateIfMissing(true);
        db = RocksDB.open(options, dir.toString());
        writeOptions = new WriteOptions().setSync(false);
    }

    static byte[] key(int i) {
        byte[] key = new byte[14];
        key[0] = 'D';
        key[8] = 1;
        key[9] = 0x0A;
        key[10] = (byte) (i >>> 24);
        key[11] = (byte) (i >>> 16);
        key[12] = (byte) (i >>> 8);
        key[13] = (byte) i;
        return key;
    }

    double putsPerSecond(byte[] value, int count) throws RocksDBException {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            db.put(writeOptions, key(i), value);
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    double getsPerSecond(int count, int keys) throws RocksDBException {
        java.util.Random random = new java.util.Random(1);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (db.get(key(random.nextInt(keys))) == null) {
                throw new IllegalStateException("missing key");
            }
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    double batchPutsPerSecond(byte[] value, int count, int batchSize, int offset) throws RocksDBException {
        long start = System.nanoTime();
        for (int i = 0; i < count; i += batchSize) {
            try (WriteBatch batch = new WriteBatch()) {
                for (int j = i; j < Math.min(count, i + batchSize); j++) {
                    batch.put(key(offset + j), value);
                }
                db.write(writeOptions, batch);
            }
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    @Override
    public void close() throws IOException {
        db.close();
        options.close();
        writeOptions.close();
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
