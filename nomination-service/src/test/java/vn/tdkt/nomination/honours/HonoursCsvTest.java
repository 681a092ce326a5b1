package vn.tdkt.nomination.honours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.support.problem.FieldError;

/** Reading an import: UTF-8 with Vietnamese, columns in any order, every bad value named by its line. */
class HonoursCsvTest {

    static final String GOOD = """
            \uFEFFrecipientId,recipientKind,recipientName,unitCode,year,award,decisionNumber,decisionDate
            CB-0042,INDIVIDUAL,Hoàng Thị Mai,LS-STC,2024,Chiến sĩ thi đua cơ sở,125/QĐ-STC,2025-01-20
            CB-0042,INDIVIDUAL,Hoàng Thị Mai,LS-STC,2023,"Chiến sĩ thi đua cơ sở",98/QĐ-STC,2024-01-18

            TT-CL-TCKH,COLLECTIVE,"Phòng Tài chính – Kế hoạch, huyện Chi Lăng",LS-CL,2024,TAP_THE_LDTT,,
            """;

    @Test
    void readsEveryLine() {
        List<String> fields = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();

        List<HonourEntry> lines = HonoursCsv.read(GOOD, fields, errors);

        assertThat(errors).isEmpty();
        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst()).isEqualTo(new HonourEntry("CB-0042", RecipientKind.INDIVIDUAL, "Hoàng Thị Mai",
                "LS-STC", 2024, "CSTD_CO_SO", "Chiến sĩ thi đua cơ sở", "125/QĐ-STC",
                java.time.LocalDate.of(2025, 1, 20)));
        assertThat(lines.get(2).recipientName()).isEqualTo("Phòng Tài chính – Kế hoạch, huyện Chi Lăng");
        assertThat(lines.get(2).decisionNumber()).isNull();
        assertThat(fields).containsExactly("line 2.", "line 3.", "line 5.");
    }

    @Test
    void namesEveryBadValueByItsLine() {
        String csv = """
                year,award,recipientId,recipientKind,unitCode
                2024,Lao động tiên tiến,CB-1,INDIVIDUAL,LS-CL
                hai nghìn,Lao động tiên tiến,CB-2,INDIVIDUAL,LS-CL
                2024,Huân chương Lao động,CB-3,INDIVIDUAL,LS-CL
                2024,Tập thể lao động xuất sắc,CB-4,INDIVIDUAL,LS CL
                2024,Lao động tiên tiến,CB-5
                """;
        List<FieldError> errors = new ArrayList<>();

        HonoursCsv.read(csv, new ArrayList<>(), errors);

        assertThat(errors).extracting(FieldError::field).containsExactly("line 3.year", "line 4.award",
                "line 5.unitCode", "line 5.award", "line 6");
        assertThat(errors.get(3).message()).contains("individual");
    }

    @Test
    void aMissingOrUnknownColumnIsLineOne() {
        List<FieldError> errors = new ArrayList<>();

        HonoursCsv.read("recipientId,year,award,mau\nCB-1,2024,GIAY_KHEN,do\n", new ArrayList<>(), errors);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("line 1");
            assertThat(e.message()).contains("missing columns [recipientKind, unitCode]").contains("unknown columns [mau]");
        });
    }

    @Test
    void anEmptyFileIsRefused() {
        List<FieldError> errors = new ArrayList<>();

        HonoursCsv.read("recipientId,recipientKind,unitCode,year,award\n", new ArrayList<>(), errors);

        assertThat(errors).extracting(FieldError::field).containsExactly("body");
    }
}
