package vn.tdkt.benchmarks.apportionment;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import vn.tdkt.benchmarks.stack.RunFacts;

/**
 * Requests at a fixed rate whatever the answers do (an open loop): each request's latency is measured from the
 * moment it was due, not from when it was sent, so a slow answer that delays the next ones counts against the
 * service (no coordinated omission). Answers are read whole.
 */
final class OpenLoop {

    record Result(String name, int sent, int ok, int failed, double seconds, long[] micros) {

        double rate() {
            return ok / seconds;
        }

        double percentile(double p) {
            if (micros.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100 * micros.length) - 1;
            return micros[Math.max(0, Math.min(micros.length - 1, index))] / 1000.0;
        }

        String describe() {
            return String.format(Locale.ROOT, "%d sent, %d ok, %d failed, %.1f/s; p50 %.1f ms, p95 %.1f ms, "
                    + "p99 %.1f ms, max %.1f ms", sent, ok, failed, rate(), percentile(50), percentile(95),
                    percentile(99), percentile(100));
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8, task -> {
                Thread thread = new Thread(task, "open-loop-client");
                thread.setDaemon(true);
                return thread;
            })).build();

    /** {@code rate} requests per second for {@code seconds}; request i from {@code requests}. */
    Result run(String name, int rate, int seconds, IntFunction<HttpRequest> requests) throws InterruptedException {
        int total = rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        long[] micros = new long[total];
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime() + 50_000_000;
        AtomicInteger next = new AtomicInteger();
        List<String> firstFailures = new ArrayList<>();
        clock.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            // every request due by now goes out, each measured from its own due time
            while (next.get() < total && start + next.get() * periodNanos <= now) {
                int i = next.getAndIncrement();
                long due = start + i * periodNanos;
                http.sendAsync(requests.apply(i), HttpResponse.BodyHandlers.ofByteArray()).whenComplete((r, e) -> {
                    micros[i] = (System.nanoTime() - due) / 1000;
                    if (e == null && r.statusCode() == 200) {
                        ok.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                        synchronized (firstFailures) {
                            if (firstFailures.size() < 3) {
                                firstFailures.add(e != null ? e.toString() : r.statusCode() + " "
                                        + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
                            }
                        }
                    }
                    done.countDown();
                });
            }
        }, 0, 1, TimeUnit.MILLISECONDS);
        boolean finished = done.await(seconds + 120L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        clock.shutdownNow();
        if (!finished) {
            throw new IllegalStateException(name + ": answers still missing after " + (seconds + 120) + " s");
        }
        if (!firstFailures.isEmpty()) {
            RunFacts.say("  first failures: %s", firstFailures);
        }
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return new Result(name, total, ok.get(), failed.get(), elapsed, sorted);
    }
}
