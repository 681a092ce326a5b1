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

/** The campaign benchmark's pure parts (no timing, no processes): its data. */
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
}
