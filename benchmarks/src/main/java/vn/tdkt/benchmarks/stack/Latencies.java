package vn.tdkt.benchmarks.stack;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Latencies in nanoseconds, summarised by nearest-rank percentiles (no interpolation: every figure was measured). */
public record Latencies(long[] sortedNanos, int lost) {

    public static Latencies of(List<Long> nanos, int lost) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Latencies(sorted, lost);
    }

    public int count() {
        return sortedNanos.length;
    }

    /** Nearest rank: the smallest value with at least {@code p} of all values at or below it. */
    public double percentileMillis(double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    public double medianMillis() {
        return percentileMillis(0.50);
    }

    public double p95Millis() {
        return percentileMillis(0.95);
    }

    public double maxMillis() {
        return sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "n=%d median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%s", count(),
                medianMillis(), p95Millis(), percentileMillis(0.99), maxMillis(), lost == 0 ? "" : ", " + lost + " lost");
    }
}
