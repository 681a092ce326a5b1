package vn.tdkt.nomination.honours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tdkt.events.Topics;
import vn.tdkt.events.nomination.HonourSource;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.nomination.EmbeddedMongo;
import vn.tdkt.nomination.MongoConfiguration;
import vn.tdkt.support.outbox.OutboxProperties;
import vn.tdkt.support.outbox.OutboxWrites;

/** Honours batches on the embedded MongoDB: one document per batch with its events, read back per recipient. */
@DataMongoTest
@Import({HonoursRepository.class, OutboxWrites.class, MongoConfiguration.class})
@EnableConfigurationProperties(OutboxProperties.class)
class HonoursRepositoryTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-20T02:00:00Z"), ZoneOffset.UTC);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "tdkt_nomination_honours_repository");
    }

    @Autowired
    HonoursRepository honours;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void empty() {
        mongo.remove(new Query(), HonourBatchDocument.COLLECTION);
    }

    static HonourEntry line(String recipient, String unit, int year, String award, String name) {
        return new HonourEntry(recipient, RecipientKind.INDIVIDUAL, "Hoàng Thị Mai", unit, year, award, name,
                "125/QĐ-STC", LocalDate.of(year + 1, 1, 20));
    }

    @Test
    void aBatchIsOneDocumentWithAnEventPerLine() {
        List<HonourEntry> lines = List.of(line("CB-0042", "LS-STC", 2024, "CSTD_CO_SO", "Chiến sĩ thi đua cơ sở"),
                line("CB-0043", "LS-STC", 2024, "LAO_DONG_TIEN_TIEN", "Lao động tiên tiến"));
        HonourBatch.Outcome outcome = HonourBatch.record(BatchId.newId(), HonourSource.CSV_IMPORT, lines,
                List.of("line 2.", "line 3."), List.of(), CLOCK);

        honours.insert(outcome.batch(), outcome.events());

        Document stored = mongo.getCollection(HonourBatchDocument.COLLECTION)
                .find(new Document("_id", outcome.batch().id().value())).first();
        assertThat(stored.getLong("version")).isZero();
        assertThat(stored.getList("pendingEvents", Document.class)).hasSize(2).allSatisfy(event -> {
            assertThat(event.getString("type")).isEqualTo("tdkt.nomination.honour-recorded.v1");
            assertThat(event.getString("topic")).isEqualTo(Topics.NOMINATION_EVENTS);
        });
        assertThat(stored.getList("pendingEvents", Document.class)).extracting(e -> e.getString("key"))
                .containsExactly("CB-0042", "CB-0043");
        assertThat(stored.getList("entries", Document.class).getFirst().get("decisionDate"))
                .as("a date is midnight UTC").isEqualTo(Date.from(Instant.parse("2025-01-20T00:00:00Z")));
    }

    @Test
    void linesAreReadPerRecipientAcrossBatchesInYearOrder() {
        for (int year : new int[] {2024, 2022, 2023}) {
            HonourBatch.Outcome outcome = HonourBatch.record(BatchId.newId(), HonourSource.API,
                    List.of(line("CB-0042", "LS-STC", year, "CSTD_CO_SO", "Chiến sĩ thi đua cơ sở")), List.of(""),
                    List.of(), CLOCK);
            honours.insert(outcome.batch(), outcome.events());
        }
        HonourBatch.Outcome other = HonourBatch.record(BatchId.newId(), HonourSource.API,
                List.of(line("CB-9", "LS-CL", 2024, "GIAY_KHEN", "Giấy khen")), List.of(""), List.of(), CLOCK);
        honours.insert(other.batch(), other.events());

        assertThat(honours.linesOf(List.of("CB-0042"))).extracting(HonourEntry::year).containsExactly(2022, 2023, 2024);
        assertThat(honours.linesOf(List.of("CB-0042", "CB-9"))).hasSize(4);
        assertThat(honours.linesOf(List.of("KHONG-CO"))).isEmpty();
        assertThat(honours.linesOf(List.of("CB-0042")).getFirst().awardName()).isEqualTo("Chiến sĩ thi đua cơ sở");
    }

    @Test
    void theHistoryReadByTheDriverIsTheMappedLinesProjected() {
        for (int year : new int[] {2024, 2022}) {
            HonourBatch.Outcome outcome = HonourBatch.record(BatchId.newId(), HonourSource.API,
                    List.of(line("CB-0042", "LS-STC", year, "CSTD_CO_SO", "Chiến sĩ thi đua cơ sở"),
                            line("CB-7", "LS-CL", year, "GIAY_KHEN", "Giấy khen")), List.of("", ""), List.of(), CLOCK);
            honours.insert(outcome.batch(), outcome.events());
        }
        HonourBatch.Outcome collective = HonourBatch.record(BatchId.newId(), HonourSource.API,
                List.of(new HonourEntry("TT-LS-CL", RecipientKind.COLLECTIVE, "Phòng Nội vụ", "LS-CL", 2023,
                        "GIAY_KHEN", "Giấy khen", null, null)), List.of(""), List.of(), CLOCK);
        honours.insert(collective.batch(), collective.events());

        for (List<String> asked : List.of(List.of("CB-0042"), List.of("CB-0042", "TT-LS-CL"), List.of("KHONG-CO"))) {
            assertThat(honours.historyOf(asked)).as(asked.toString()).isEqualTo(honours.linesOf(asked).stream()
                    .map(e -> new HonoursHistory.Line(e.recipientId(), e.recipientKind(), e.unitCode(), e.year(),
                            e.awardCode())).toList());
        }
        assertThat(honours.historyOf(List.of("CB-0042", "TT-LS-CL"))).extracting(HonoursHistory.Line::recipientId)
                .containsExactly("CB-0042", "CB-0042", "TT-LS-CL");
    }
}
