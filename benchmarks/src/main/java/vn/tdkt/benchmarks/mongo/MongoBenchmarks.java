package vn.tdkt.benchmarks.mongo;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;

/**
 * Throughput of embedded-mongo through the official driver, each figure next to raw RocksDB doing
 * the same work in process. The server runs in a forked JVM with {@code -Xmx256m}; its heap is
 * sampled through serverStatus during the bulk load.
 *
 * <pre>mvn -pl benchmarks -am install -DskipTests && mvn -pl benchmarks exec:exec</pre>
 */
public final class MongoBenchmarks {

    private static final int SINGLE = Integer.getInteger("bench.single", 20_000);
    private static final int BULK = Integer.getInteger("bench.bulk", 1_000_000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);

    private MongoBenchmarks() {
    }

    static Document smallDoc(int i) {
        return new Document("_id", i).append("name", "Đơn vị " + i).append("score", i % 100).append("active", true);
    }

    public static void main(String[] args) throws Exception {
        byte[] sample = new RawBsonDocument(smallDoc(123_456), new DocumentCodec()).getByteBuffer().array();
        List<String[]> rows = new ArrayList<>();

        double rawPut;
        double rawGet;
        double rawBulk;
        try (RawRocksBaseline raw = new RawRocksBaseline()) {
            double put = 0;
            double get = 0;
            for (int round = 0; round < ROUNDS; round++) { // same warm-up as the server gets
                put = raw.putsPerSecond(sample, SINGLE);
                get = raw.getsPerSecond(SINGLE, SINGLE);
            }
            rawPut = put;
            rawGet = get;
            rawBulk = raw.batchPutsPerSecond(sample, BULK, 10_000, 10_000_000);
        }

        try (ServerProcess server = ServerProcess.start("256m");
             MongoClient client = MongoClients.create(MongoClientSettings.builder()
                     .applyConnectionString(new ConnectionString(server.connectionString))
                     .applyToConnectionPoolSettings(p -> p.maxSize(CLIENTS + 4)).build())) {
            MongoCollection<Document> single = client.getDatabase("bench").getCollection("single");

            // Warm-up iterations (JIT on both sides), then the measured one: steady state, as JMH reports.
            double inserts = 0;
            for (int round = 0; round < ROUNDS; round++) {
                int base = round * SINGLE;
                long start = System.nanoTime();
                for (int i = 0; i < SINGLE; i++) {
                    single.insertOne(smallDoc(base + i));
                }
                inserts = SINGLE / seconds(start);
                System.out.printf(Locale.ROOT, "insertOne round %d: %,.0f/s%n", round, inserts);
            }
            rows.add(row("insertOne, 1 client (acknowledged)", inserts, rawPut, "raw RocksDB put"));

            Random random = new Random(7);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            double finds = 0;
            double driverCpuMicros = 0;
            for (int round = 0; round < ROUNDS; round++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                for (int i = 0; i < SINGLE; i++) {
                    if (single.find(Filters.eq("_id", random.nextInt(SINGLE * ROUNDS))).first() == null) {
                        throw new IllegalStateException("missing document");
                    }
                }
                finds = SINGLE / seconds(start);
                driverCpuMicros = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / SINGLE;
                System.out.printf(Locale.ROOT, "find by _id round %d: %,.0f/s (client thread CPU %.1f us per find)%n",
                        round, finds, driverCpuMicros);
            }
            rows.add(row("find by _id, 1 client", finds, rawGet, "raw RocksDB get"));

            // The same finds without the driver, and the machine's bare loopback round trip of their size.
            byte[][] requests = new byte[SINGLE * ROUNDS][];
            for (int id = 0; id < requests.length; id++) {
                requests[id] = WireClient.findById("bench", "single", id);
            }
            double wireFinds = 0;
            int replyBytes;
            try (WireClient wire = new WireClient(server.connectionString)) {
                replyBytes = wire.replyBytesOf(requests[0]);
                for (int round = 0; round < ROUNDS; round++) {
                    long start = System.nanoTime();
                    for (int i = 0; i < SINGLE; i++) {
                        wire.roundTrip(requests[random.nextInt(requests.length)]);
                    }
                    wireFinds = SINGLE / seconds(start);
                    System.out.printf(Locale.ROOT, "find by _id, bare wire client, round %d: %,.0f/s%n", round, wireFinds);
                }
            }
            double loopback = 0;
            for (int round = 0; round < ROUNDS; round++) {
                loopback = LoopbackBaseline.roundTripsPerSecond(requests[0].length, replyBytes, SINGLE);
                System.out.printf(Locale.ROOT, "loopback round trip %d+%d bytes, round %d: %,.0f/s%n",
                        requests[0].length, replyBytes, round, loopback);
            }
            rows.add(row("find by _id, 1 client", finds, loopback, "loopback round trip"));
            rows.add(row("find by _id, 1 bare wire client (no driver)", wireFinds, loopback, "loopback round trip"));

            MongoCollection<Document> concurrent = client.getDatabase("bench").getCollection("concurrent");
            int perClient = Math.max(1, SINGLE / CLIENTS);
            parallel(CLIENTS, perClient, (c, i) -> concurrent.insertOne(smallDoc(-1 - (c * 1_000_000 + i)))); // warm-up
            double concurrentInserts = parallel(CLIENTS, perClient, (c, i) ->
                    concurrent.insertOne(smallDoc(c * 1_000_000 + i)));
            rows.add(row("insertOne, " + CLIENTS + " clients", concurrentInserts, rawPut, "raw RocksDB put"));
            double concurrentFinds = parallel(CLIENTS, perClient, (c, i) ->
                    concurrent.find(Filters.eq("_id", c * 1_000_000 + (i * 7919) % perClient)).first());
            rows.add(row("find by _id, " + CLIENTS + " clients", concurrentFinds, rawGet, "raw RocksDB get"));

            MongoCollection<Document> bulk = client.getDatabase("bench").getCollection("bulk");
            AtomicLong peakHeapMb = new AtomicLong();
            AtomicBoolean sampling = new AtomicBoolean(true);
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (sampling.get()) {
                    Document status = client.getDatabase("admin").runCommand(new Document("serverStatus", 1));
                    long used = status.get("mem", Document.class).get("heapUsedMB", Number.class).longValue();
                    peakHeapMb.accumulateAndGet(used, Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            long start = System.nanoTime();
            List<Document> batch = new ArrayList<>(10_000);
            for (int i = 0; i < BULK; i++) {
                batch.add(smallDoc(i));
                if (batch.size() == 10_000) {
                    bulk.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                bulk.insertMany(batch);
            }
            double bulkRate = BULK / seconds(start);
            sampling.set(false);
            sampler.join();
            long count = bulk.countDocuments();
            if (count != BULK) {
                throw new IllegalStateException("bulk count " + count);
            }
            rows.add(row("insertMany " + BULK + " docs (batches of 10,000)", bulkRate, rawBulk, "raw RocksDB WriteBatch"));
            Document status = client.getDatabase("admin").runCommand(new Document("serverStatus", 1));
            System.out.printf(Locale.ROOT, "%nofficial driver: client thread CPU %.1f us per find (last round)%n", driverCpuMicros);
            System.out.printf(Locale.ROOT, "server JVM -Xmx256m: peak heap used during bulk load %d MB (heap max %d MB)%n",
                    peakHeapMb.get(), status.get("mem", Document.class).get("heapMaxMB", Number.class).longValue());
        }
        System.out.printf(Locale.ROOT, "%n%-44s %14s %16s  %s%n", "operation", "ops/s", "baseline ops/s", "ratio");
        for (String[] r : rows) {
            System.out.printf(Locale.ROOT, "%-44s %14s %16s  %s  (%s)%n", (Object[]) r);
        }
    }

    interface Op {
        void run(int client, int i);
    }

    private static double parallel(int clients, int perClient, Op op) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        op.run(client, i);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return (double) clients * perClient / seconds(start);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String[] row(String name, double rate, double baseline, String baselineName) {
        return new String[] {name, String.format(Locale.ROOT, "%,.0f", rate), String.format(Locale.ROOT, "%,.0f", baseline),
                String.format(Locale.ROOT, "%.2f", rate / baseline), baselineName};
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
