package vn.tdkt.nomination.honourboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tdkt.nomination.EmbeddedMongo;
import vn.tdkt.nomination.MongoConfiguration;
import vn.tdkt.support.paging.PageQuery;

/**
 * The board on the embedded MongoDB: one published entry per unit and source (freed by withdrawing), the pages by
 * status, and the sources read from the decisions' and the register's documents as they are stored, reduced to
 * what a board may show.
 */
@DataMongoTest
@Import({HonourBoardRepository.class, MongoConfiguration.class})
class HonourBoardRepositoryTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "tdkt_nomination_honour_board");
    }

    @Autowired
    HonourBoardRepository board;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void empty() {
        for (String collection : List.of(BoardEntryDocument.COLLECTION, HonourBoardRepository.DECISIONS,
                HonourBoardRepository.EXEMPLARS)) {
            mongo.remove(new Query(), collection);
        }
        mongo.insert(new Document("_id", "d-1").append("number", "15/QĐ-UBND").append("date", LocalDate.of(2025, 12, 20))
                .append("grantorUnitCode", "LS-CL-NL").append("grantorLevel", "COMMUNE")
                .append("nominationIds", List.of("dx-1"))
                .append("honours", List.of(new Document("nominationId", "dx-1").append("recipientKind", "INDIVIDUAL")
                        .append("nomineeId", "CB-NL-0012").append("nomineeName", "Lương Văn Hùng")
                        .append("nomineeUnitCode", "LS-CL-NL").append("nominatingUnitCode", "LS-CL-NL")
                        .append("awardCode", "LAO_DONG_TIEN_TIEN").append("awardName", "Lao động tiên tiến")
                        .append("year", 2025))), HonourBoardRepository.DECISIONS);
        mongo.insert(new Document("_id", "LS-CL-NL:2025-12").append("unitCode", "LS-CL-NL")
                .append("unitName", "Văn phòng xã Nhân Lý").append("month", "2025-12")
                .append("entries", List.of(new Document("recipientKind", "COLLECTIVE").append("name", "Tổ Một cửa")
                        .append("achievement", "100% hồ sơ đúng hạn"))), HonourBoardRepository.EXEMPLARS);
    }

    static BoardEntry entry(String sourceId) {
        return BoardEntry.publish("LS-CL", BoardEntry.validate(new BoardEntry.Draft("HONOUR", sourceId, "Ông Hùng",
                null, "Lời khen", List.of("AWARD"))), new Source(SourceKind.HONOUR, sourceId, "LS-CL-NL", "INDIVIDUAL",
                java.util.Map.of(PublishedField.AWARD, "Lao động tiên tiến")), "thiduakt.chilang",
                Instant.parse("2026-01-20T02:00:00Z"));
    }

    @Test
    void aSourceIsPublishedOnceUntilWithdrawn() {
        BoardEntry first = board.insert(entry("dx-1"));
        assertThatThrownBy(() -> board.insert(entry("dx-1"))).isInstanceOf(DuplicateKeyException.class);

        BoardEntry withdrawn = board.update(first.withdraw("thiduakt.chilang", Instant.parse("2026-01-21T02:00:00Z")));
        BoardEntry again = board.insert(entry("dx-1"));

        assertThat(withdrawn.version()).isEqualTo(first.version() + 1);
        assertThat(board.find("LS-CL", first.id())).get().extracting(BoardEntry::status)
                .isEqualTo(BoardEntry.Status.WITHDRAWN);
        assertThat(board.find("LS-HL", first.id())).as("another unit's board").isEmpty();
        assertThat(board.page("LS-CL", BoardEntry.Status.PUBLISHED, PageQuery.of(0, 20)).items())
                .extracting(BoardEntry::id).containsExactly(again.id());
        assertThat(board.page("LS-CL", null, PageQuery.of(0, 20)).totalItems()).isEqualTo(2);
    }

    @Test
    void anHonourIsReadFromItsDecisionWithoutThePersonsId() {
        Source source = board.honour("dx-1").orElseThrow();

        assertThat(source.unitCode()).isEqualTo("LS-CL-NL");
        assertThat(source.recipientKind()).isEqualTo("INDIVIDUAL");
        assertThat(source.offered()).containsEntry(PublishedField.AWARD, "Lao động tiên tiến")
                .containsEntry(PublishedField.YEAR, "2025")
                .containsEntry(PublishedField.DECISION, "15/QĐ-UBND ngày 20/12/2025");
        assertThat(source.offered().values()).doesNotContain("CB-NL-0012", "Lương Văn Hùng");
        assertThat(board.honour("dx-2")).isEmpty();
    }

    @Test
    void anExemplarIsTheNthEntryOfARegistration() {
        Source source = board.exemplar("LS-CL-NL:2025-12#1").orElseThrow();

        assertThat(source.unitCode()).isEqualTo("LS-CL-NL");
        assertThat(source.recipientKind()).isEqualTo("COLLECTIVE");
        assertThat(source.offered()).containsEntry(PublishedField.MONTH, "12/2025")
                .containsEntry(PublishedField.UNIT, "Văn phòng xã Nhân Lý")
                .containsEntry(PublishedField.ACHIEVEMENT, "100% hồ sơ đúng hạn")
                .doesNotContainKey(PublishedField.POSITION);
        for (String missing : List.of("LS-CL-NL:2025-12#2", "LS-CL-NL:2025-12#0", "LS-CL-NL:2025-11#1",
                "LS-CL-NL:2025-12", "LS-CL-NL:bad#1", "x")) {
            assertThat(board.exemplar(missing)).as(missing).isEmpty();
        }
    }
}
