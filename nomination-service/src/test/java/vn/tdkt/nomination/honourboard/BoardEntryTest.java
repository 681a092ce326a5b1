package vn.tdkt.nomination.honourboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;

/** What a unit may publish of a source, and that the snapshot holds only that. */
class BoardEntryTest {

    static final Instant NOW = Instant.parse("2026-01-20T03:00:00Z");

    static final Source HONOUR = new Source(SourceKind.HONOUR, "dx-1", "LS-CL-NL", "INDIVIDUAL", Map.of(
            PublishedField.AWARD, "Chiến sĩ thi đua cơ sở", PublishedField.YEAR, "2025",
            PublishedField.DECISION, "15/QĐ-UBND ngày 20/12/2025", PublishedField.UNIT, "UBND xã Nhân Lý"));

    static BoardEntry.Draft draft(String source, String... fields) {
        return new BoardEntry.Draft(source, "dx-1", "Đồng chí Lương Văn Hùng", "Chiến sĩ thi đua cơ sở năm 2025",
                "Có sáng kiến số hoá hồ sơ địa chính được áp dụng toàn xã.", List.of(fields));
    }

    @Test
    void theSnapshotHoldsOnlyTheChosenFieldsInTheirOrder() {
        BoardEntry entry = BoardEntry.publish("LS-CL", BoardEntry.validate(draft("HONOUR", "UNIT", "AWARD")), HONOUR,
                "thiduakt.chilang", NOW);

        assertThat(entry.fields()).extracting(BoardEntry.Shown::field)
                .containsExactly(PublishedField.AWARD, PublishedField.UNIT);
        assertThat(entry.fields()).extracting(BoardEntry.Shown::value)
                .containsExactly("Chiến sĩ thi đua cơ sở", "UBND xã Nhân Lý")
                .doesNotContain("2025", "15/QĐ-UBND ngày 20/12/2025");
        assertThat(entry.fields().get(0).label()).isEqualTo("Danh hiệu, hình thức khen thưởng");
        assertThat(entry.status()).isEqualTo(BoardEntry.Status.PUBLISHED);
        assertThat(entry.liveKey()).isEqualTo("LS-CL|HONOUR|dx-1");
    }

    @Test
    void nothingChosenPublishesOnlyWhatTheUnitWrote() {
        BoardEntry entry = BoardEntry.publish("LS-CL", BoardEntry.validate(draft("HONOUR")), HONOUR, "x", NOW);

        assertThat(entry.fields()).isEmpty();
        assertThat(entry.displayName()).isEqualTo("Đồng chí Lương Văn Hùng");
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        BoardEntry.Draft bad = new BoardEntry.Draft("HONOUR", " ", null, "t".repeat(301), "",
                List.of("AWARD", "ACHIEVEMENT", "BIRTH_YEAR", "AWARD"));

        assertThatThrownBy(() -> BoardEntry.validate(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("sourceId", "displayName",
                        "title", "citation", "publishedFields[1]", "publishedFields[2]", "publishedFields[3]"));
        assertThatThrownBy(() -> BoardEntry.validate(draft("WEBSITE"))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("source"));
    }

    @Test
    void aWithdrawnEntryFreesItsSourceAndWithdrawingAgainChangesNothing() {
        BoardEntry entry = BoardEntry.publish("LS-CL", BoardEntry.validate(draft("HONOUR", "AWARD")), HONOUR, "a", NOW)
                .storedAs(0L);

        BoardEntry withdrawn = entry.withdraw("b", NOW.plusSeconds(60));

        assertThat(withdrawn.status()).isEqualTo(BoardEntry.Status.WITHDRAWN);
        assertThat(withdrawn.liveKey()).isNull();
        assertThat(withdrawn.withdrawnBy()).isEqualTo("b");
        assertThat(withdrawn.withdraw("c", NOW.plusSeconds(120))).isSameAs(withdrawn);
    }
}
