package vn.tdkt.benchmarks.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's heap while something runs, two ways. (1) Its own metrics: {@code /actuator/prometheus}
 * every {@value #INTERVAL_MS} ms (a scrape is not free: every 200 ms, scrapes were a tenth of the service's CPU
 * during an import, slowing what was measured), the sum of {@code jvm_memory_used_bytes{area="heap"}} over the pools (what Micrometer reads
 * from the memory MXBeans: live objects and garbage not yet collected), and the sum of
 * {@code jvm_memory_max_bytes{area="heap"}} (the heap's ceiling). (2) The JVM's GC log ({@code -Xlog:gc}):
 * for every collection in the window, the heap in use before it (the true peak between samples) and after it
 * (what survived: the live set).
 */
public final class ServiceHeap {

    static final long INTERVAL_MS = 2_000;
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    public record Figures(long sampledPeakUsedBytes, long maxBytes, int samples, long gcPeakBeforeBytes,
                   long gcPeakAfterBytes, long gcPeakCommittedBytes, int collections, int fullCollections) {

        public String describe() {
            return String.format(Locale.ROOT, "sampled peak used %s MB of max %s MB (%d samples); GC log: %d pauses"
                            + " (%d full), peak before GC %s MB, peak after GC (live) %s MB, peak committed %s MB",
                    mb(sampledPeakUsedBytes), mb(maxBytes), samples, collections, fullCollections,
                    mb(gcPeakBeforeBytes), mb(gcPeakAfterBytes), mb(gcPeakCommittedBytes));
        }
    }

    private final Supplier<String> prometheus;
    private final Path gcLog;
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong max = new AtomicLong();
    private volatile int samples;
    private volatile boolean sampling;
    private Thread sampler;
    private int gcLinesBefore;

    public ServiceHeap(Supplier<String> prometheus, Path gcLog) {
        this.prometheus = prometheus;
        this.gcLog = gcLog;
    }

    public void start() {
        gcLinesBefore = gcLines().size();
        peak.set(0);
        samples = 0;
        sampling = true;
        sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
            while (sampling) {
                try {
                    sample();
                } catch (RuntimeException e) {
                    // a slow or refused scrape under load: the GC log still has every collection
                }
                try {
                    Thread.sleep(INTERVAL_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    public Figures stop() throws InterruptedException {
        sampling = false;
        sampler.join();
        sample();
        List<String> lines = gcLines();
        GcPeaks gc = gcPeaks(lines.subList(Math.min(gcLinesBefore, lines.size()), lines.size()));
        return new Figures(peak.get(), max.get(), samples, gc.before(), gc.after(), gc.committed(), gc.collections(),
                gc.full());
    }

    public record GcPeaks(long before, long after, long committed, int collections, int full) {
    }

    /** From {@code -Xlog:gc} lines such as {@code GC(3) Pause Young (Normal) (G1 Evacuation Pause) 52M->9M(256M) 4.1ms}. */
    public static GcPeaks gcPeaks(List<String> lines) {
        long before = 0;
        long after = 0;
        long committed = 0;
        int collections = 0;
        int full = 0;
        for (String line : lines) {
            Matcher m = GC_LINE.matcher(line);
            if (m.find()) {
                collections++;
                if (line.contains("Pause Full")) {
                    full++;
                }
                before = Math.max(before, bytes(m.group(1), m.group(2)));
                after = Math.max(after, bytes(m.group(3), m.group(4)));
                committed = Math.max(committed, bytes(m.group(5), m.group(6)));
            }
        }
        return new GcPeaks(before, after, committed, collections, full);
    }

    private void sample() {
        long used = 0;
        long ceiling = 0;
        for (String line : prometheus.get().lines().toList()) {
            if (line.contains("area=\"heap\"")) {
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                if (line.startsWith("jvm_memory_used_bytes{")) {
                    used += (long) value;
                } else if (line.startsWith("jvm_memory_max_bytes{") && value > 0) {
                    ceiling += (long) value;
                }
            }
        }
        samples++;
        peak.accumulateAndGet(used, Math::max);
        max.set(ceiling);
    }

    private List<String> gcLines() {
        try {
            return Files.isRegularFile(gcLog) ? Files.readAllLines(gcLog, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long bytes(String number, String unit) {
        long n = Long.parseLong(number);
        return switch (unit) {
            case "K" -> n * 1024;
            case "M" -> n * 1024 * 1024;
            default -> n * 1024 * 1024 * 1024;
        };
    }

    public static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f", bytes / (1024.0 * 1024.0));
    }
}
