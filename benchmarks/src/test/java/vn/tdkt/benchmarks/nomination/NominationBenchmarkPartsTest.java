package vn.tdkt.benchmarks.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nomination benchmark's pure parts (no timing, no processes): its dossiers, its CSV, its document copies. */
class NominationBenchmarkPartsTest {

    @Test
    void everyNomineeHasItsOwnFixedWidthIdSoNoneIsAPrefixOfAnother() {
        Dossiers dossiers = new Dossiers("R");

        assertThat(dossiers.nomineeId(7)).isEqualTo("NB-R-00000007");
        assertThat(dossiers.nomineeId(70)).hasSameSizeAs(dossiers.nomineeId(7)).doesNotStartWith(dossiers.nomineeId(7));
        assertThat(new Dossiers("W").nomineeId(7)).isNotEqualTo(dossiers.nomineeId(7));
        @SuppressWarnings("unchecked")
        Map<String, Object> nominee = (Map<String, Object>) dossiers.request(3).get("nominee");
        assertThat(nominee).containsEntry("nomineeId", "NB-R-00000003").containsEntry("unitCode", "LS-CL-NL");
        assertThat(dossiers.request(3)).containsEntry("nominatingUnitCode", "LS-CL").containsEntry("award", "GIAY_KHEN");
    }

    @Test
    void theCsvHasOneLinePerNomineeWithTheImportsColumnsQuotingTheAchievements(@TempDir Path dir) throws Exception {
        Path csv = CsvImport.writeCsv(dir.resolve("n.csv"), new Dossiers("I"), 3);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);

        assertThat(lines).hasSize(4);
        assertThat(lines.getFirst()).isEqualTo(String.join(",", CsvImport.COLUMNS));
        assertThat(lines.get(1)).startsWith("INDIVIDUAL,NB-I-00000000,Hoàng Thị Lan,Công chức Văn hoá – Xã hội,LS-CL-NL,")
                .contains(",GIAY_KHEN,REGULAR,2025,\"Hoàn thành xuất sắc", "\"\"Toàn dân đoàn kết")
                .endsWith(",2024:HTXSNV;2025:HTXSNV,NONE");
    }

    @Test
    void aCopyOfTheStoredDocumentIsAnotherDossierOfTheSameShape() {
        Date at = new Date(0);
        Document stored = new Document("_id", "11111111-aaaa").append("nomineeId", "NB-W-00000001")
                .append("dossier", new Document("nominee", new Document("nomineeId", "NB-W-00000001")
                        .append("name", "Hoàng Thị Lan")))
                .append("liveKey", "NB-W-00000001|GIAY_KHEN|2025").append("version", 1L).append("updatedAt", at)
                .append("pendingEvents", List.of(new Document("eventId", "ev-1").append("key", "11111111-aaaa")
                        .append("payload", "{\"nominationId\":\"11111111-aaaa\",\"nomineeId\":\"NB-W-00000001\"}")));
        DocumentTemplate template = new DocumentTemplate(stored, "NB-W-00000001");

        Document copy = template.copyFor("NB-B-00000042");

        assertThat(template.withPendingEvents()).isTrue();
        assertThat(copy.getString("_id")).isNotEqualTo("11111111-aaaa").hasSize(36);
        assertThat(copy.getString("liveKey")).isEqualTo("NB-B-00000042|GIAY_KHEN|2025");
        assertThat(copy.get("dossier", Document.class).get("nominee", Document.class).getString("nomineeId"))
                .isEqualTo("NB-B-00000042");
        Document event = copy.getList("pendingEvents", Document.class).getFirst();
        assertThat(event.getString("eventId")).isNotEqualTo("ev-1");
        assertThat(event.getString("key")).isEqualTo(copy.getString("_id"));
        assertThat(event.getString("payload")).contains(copy.getString("_id"), "NB-B-00000042")
                .doesNotContain("NB-W-00000001");
        assertThat(copy.get("updatedAt")).isSameAs(at);
        assertThat(stored.getString("liveKey")).isEqualTo("NB-W-00000001|GIAY_KHEN|2025");
    }
}
