package vn.tdkt.benchmarks.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The shared benchmark parts that are pure (no timing, no processes): statistics, GC log reading, shapes. */
class StackPartsTest {

    @Test
    void percentilesAreNearestRank() {
        Latencies l = Latencies.of(List.of(5_000_000L, 1_000_000L, 3_000_000L, 2_000_000L, 4_000_000L), 0);

        assertThat(l.medianMillis()).isEqualTo(3.0);
        assertThat(l.p95Millis()).isEqualTo(5.0);
        assertThat(l.percentileMillis(0.2)).isEqualTo(1.0);
        assertThat(Latencies.of(List.of(), 2).medianMillis()).isNaN();
    }

    @Test
    void theGcLogGivesThePeaksBeforeAndAfterEachCollection() {
        ServiceHeap.GcPeaks peaks = ServiceHeap.gcPeaks(List.of(
                "[0.004s] Using G1",
                "[3.120s] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->6M(256M) 5.010ms",
                "[9.870s] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 150M->41M(256M) 12.3ms",
                "[12.01s] GC(2) Pause Full (G1 Compaction Pause) 200M->60M(230M) 80.1ms"));

        assertThat(peaks.collections()).isEqualTo(3);
        assertThat(peaks.full()).isEqualTo(1);
        assertThat(peaks.before()).isEqualTo(200L << 20);
        assertThat(peaks.after()).isEqualTo(60L << 20);
        assertThat(peaks.committed()).isEqualTo(256L << 20);
    }

    @Test
    void shapesNameEveryDifferingPathAndTheSizes() {
        Document a = new Document("_id", "x").append("events", List.of(new Document("id", "e").append("trace", "t")));
        Document b = new Document("_id", "y").append("events", List.of(new Document("id", "f").append("trace", null)));

        assertThat(Shapes.compare(a, new Document(a), null)).startsWith("same fields and types (6 paths); ");
        assertThat(Shapes.compare(a, b, "note")).startsWith("DIFFERENT: /events[]/trace: service String, baseline null;")
                .endsWith("(note)");
        assertThat(Shapes.size(new Document())).isEqualTo(5);
    }
}
