package vn.tdkt.embeddedmongo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the server as a process:
 * {@code java -cp ... vn.tdkt.embeddedmongo.EmbeddedMongoMain --port 27017 --bind 127.0.0.1 --data-dir ./.data/mongo}.
 * Stops cleanly (RocksDB closed) on SIGTERM or Ctrl-C.
 */
public final class EmbeddedMongoMain {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongoMain.class);

    private EmbeddedMongoMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 27017;
        String bind = "127.0.0.1";
        Path dataDir = Path.of(".data", "mongo");
        boolean inMemory = false;
        boolean syncEveryWrite = false;
        long spinMicros = 100;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--bind", "--bind_ip" -> bind = args[++i];
                case "--data-dir", "--dbpath" -> dataDir = Path.of(args[++i]);
                case "--in-memory" -> inMemory = true;
                case "--sync-every-write" -> syncEveryWrite = true;
                case "--spin-wait-micros" -> spinMicros = Long.parseLong(args[++i]);
                case "--help", "-h" -> {
                    System.out.println("usage: EmbeddedMongoMain [--port 27017] [--bind 127.0.0.1] "
                            + "[--data-dir ./.data/mongo | --in-memory] [--sync-every-write] [--spin-wait-micros 100]");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        EmbeddedMongoServer server = EmbeddedMongoServer.builder().bindAddress(bind).port(port)
                .dataDirectory(inMemory ? null : dataDir.toAbsolutePath()).syncEveryWrite(syncEveryWrite)
                .spinWait(Duration.ofNanos(spinMicros * 1_000)).build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "embedded-mongo-shutdown"));
        String message = "embedded-mongo ready on " + server.connectionString()
                + (inMemory ? " (in memory)" : " (data in " + dataDir.toAbsolutePath() + ")");
        LOG.info(message);
        System.out.println(message);
        System.out.flush();
        stopped.await();
    }
}
