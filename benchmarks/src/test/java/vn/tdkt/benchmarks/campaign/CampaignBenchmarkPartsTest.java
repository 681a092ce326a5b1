package vn.tdkt.benchmarks.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's pure parts (no timing, no processes): its data, its statistics, its GC log reading. */
class CampaignBenchmarkPartsTest {

    @Test
    void theCsvHasTheImportsColumnsAndOneLinePerUnitParentsFirst(@TempDir Path dir) throws Exception {
        UnitRows rows = new UnitRows("BN-I", "BN", 3_000);
        List<String> lines = Files.readAllLines(rows.writeCsv(dir.resolve("u.csv"), 0, rows.count()), StandardCharsets.UTF_8);

        assertThat(lines).hasSize(3_001);
        assertThat(lines.getFirst()).isEqualTo(String.join(",", UnitRows.COLUMNS));
        assertThat(lines.get(1)).startsWith("BN-I-0000000,Ủy ban nhân dân huyện Đông Anh 0,DISTRICT,BN,");
        assertThat(lines.get(3_000)).contains(",COMMUNE,BN-I-0000002,");
        assertThat(lines.stream().skip(1)).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(14));
    }

    @Test
    void aCellWithACommaOrAQuoteIsQuoted() {
        assertThat(UnitRows.quoted("Xã A, huyện B")).isEqualTo("\"Xã A, huyện B\"");
        assertThat(UnitRows.quoted("Nhà \"văn hóa\"")).isEqualTo("\"Nhà \"\"văn hóa\"\"\"");
        assertThat(UnitRows.quoted("Đồng Đăng")).isEqualTo("Đồng Đăng");
    }

    @Test
    void theBaselineDocumentCarriesTheStateAndTheRegisteredEventAsTheOutboxKeepsIt() {
        UnitRows.Row row = new UnitRows("BN-I", "BN", 10).row(5);
        Document withEvent = UnitRows.document(row, Instant.parse("2026-12-02T05:00:00Z"), true);
        Document published = UnitRows.document(row, Instant.parse("2026-12-02T05:00:00Z"), false);

        assertThat(withEvent.getString("_id")).isEqualTo("BN-I-0000005");
        assertThat(withEvent.getLong("version")).isZero();
        Document pending = withEvent.getList("pendingEvents", Document.class).getFirst();
        assertThat(pending.getString("type")).isEqualTo("tdkt.unit.registered.v1");
        assertThat(pending.getString("topic")).isEqualTo("tdkt.unit.events");
        assertThat(pending.getString("payload")).contains("\"code\":\"BN-I-0000005\"", "\"staffCount\":15");
        assertThat(published.getList("pendingEvents", Document.class)).isEmpty();
    }

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
}
