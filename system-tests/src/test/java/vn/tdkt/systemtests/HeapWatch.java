package vn.tdkt.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import vn.tdkt.localstack.Service;
import vn.tdkt.localstack.ServiceProcess;
import vn.tdkt.localstack.SystemLauncher;

/**
 * Whether each service's memory is back to its baseline after a fault: the heap that survives a full
 * collection ({@code jcmd <pid> GC.run}, then the heap in use from {@code /actuator/prometheus}), against
 * the same figure taken after the first, fault-free round. A leak (an event, a connection or a retry
 * kept for ever) grows that figure fault after fault; garbage does not.
 */
final class HeapWatch {

    /** Growth over the baseline still counted as "back": caches fill and the projections grow a little. */
    static final long TOLERANCE_BYTES = 24L * 1024 * 1024;
    static final double TOLERANCE_SHARE = 0.30;

    /** The live heap of every service against its baseline; {@code back} when each is within the tolerance. */
    record Reading(Map<Service, Long> baseline, Map<Service, Long> now) {

        boolean back() {
            return now.entrySet().stream().allMatch(e -> within(baseline.get(e.getKey()), e.getValue()));
        }

        private static boolean within(Long base, long now) {
            return base == null || now <= base + Math.max(TOLERANCE_BYTES, (long) (base * TOLERANCE_SHARE));
        }

        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            now.forEach((s, bytes) -> {
                Long base = baseline.get(s);
                parts.add(s.moduleName().replace("-service", "") + " " + (base == null ? "?" : mb(base)) + "→" + mb(bytes)
                        + (within(base, bytes) ? "" : " (over)"));
            });
            return "live heap MB " + String.join(", ", parts);
        }

        private static String mb(long bytes) {
            return Long.toString(Math.round(bytes / (1024.0 * 1024.0)));
        }
    }

    private final SystemLauncher system;
    private final Map<Service, Long> baseline = new EnumMap<>(Service.class);

    HeapWatch(SystemLauncher system) {
        this.system = system;
    }

    boolean hasBaseline() {
        return !baseline.isEmpty();
    }

    void takeBaseline() {
        baseline.putAll(liveHeaps());
    }

    /** Reads every service; when one is over, collects and reads once more after a while (a cache may be draining). */
    Reading read() {
        Reading r = new Reading(Map.copyOf(baseline), liveHeaps());
        if (!r.back()) {
            sleep(Duration.ofSeconds(10));
            r = new Reading(Map.copyOf(baseline), liveHeaps());
        }
        return r;
    }

    private Map<Service, Long> liveHeaps() {
        Map<Service, Long> heaps = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            heaps.put(s, liveHeap(system.instance(s)));
        }
        return heaps;
    }

    /** Full collection, then the heap in use (every heap pool) as the service's own metrics report it. */
    static long liveHeap(ServiceProcess p) {
        fullCollection(p.pid());
        Api.Response r = Api.get(p.baseUrl() + "/actuator/prometheus", null, Map.of("Accept", "text/plain"));
        if (r.status() != 200) {
            throw new IllegalStateException("no metrics from " + p + ": " + r.status());
        }
        return r.body().lines()
                .filter(l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** {@code jcmd <pid> GC.run}, with the jcmd beside the service's own java. */
    private static void fullCollection(long pid) {
        Path java = ProcessHandle.of(pid).flatMap(h -> h.info().command()).map(Path::of)
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
        Path jcmd = java.resolveSibling("jcmd");
        if (!Files.isExecutable(jcmd)) {
            jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        }
        try {
            Process gc = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!gc.waitFor(60, TimeUnit.SECONDS)) {
                gc.destroyForcibly();
                throw new IllegalStateException("jcmd GC.run on " + pid + " did not finish within 60 s");
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + jcmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
