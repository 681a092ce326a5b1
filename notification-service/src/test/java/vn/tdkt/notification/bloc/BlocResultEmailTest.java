package vn.tdkt.notification.bloc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.events.bloc.BlocResultPublished;
import vn.tdkt.notification.template.RenderedMail;
import vn.tdkt.notification.template.TestTemplates;

class BlocResultEmailTest {

    @Test
    void theResultNamesTheBlocTheYearTheRankingAndTheProposalsInVietnamese() {
        RenderedMail email = BlocResultEmail.compose(TestTemplates.templates(),
                BlocResultNotifierTest.result(List.of("LS-CL", "LS-HL", "LS-DL")), "LS-HL", "UBND huyện Hữu Lũng",
                BlocResultNotifierTest.names());

        assertThat(email.subject())
                .isEqualTo("[Thi đua – Khen thưởng] Kết quả thi đua năm 2025: Cụm thi đua các huyện miền núi");
        assertThat(email.text())
                .startsWith("Kính gửi: UBND huyện Hữu Lũng,")
                .contains("UBND tỉnh Lạng Sơn thông báo kết quả chấm điểm, xếp hạng thi đua năm 2025 của Cụm thi đua"
                        + " các huyện miền núi.")
                .contains("Kết quả của đơn vị: xếp hạng 2/3, tổng điểm 92,25. Đồng hạng với: UBND xã Đình Lập."
                        + " Đơn vị được đề nghị tặng Bằng khen.")
                .contains("""
                        Bảng xếp hạng:
                        1. UBND huyện Chi Lăng – 95,5 điểm
                        2. UBND huyện Hữu Lũng – 92,25 điểm
                        2. UBND xã Đình Lập – 92,25 điểm""")
                .contains("- Cờ thi đua: UBND huyện Chi Lăng (hạng 1)")
                .contains("- Bằng khen: UBND huyện Hữu Lũng (hạng 2) – đồng hạng, Hội đồng Thi đua – Khen thưởng xem"
                        + " xét, quyết định");
    }

    @Test
    void aResultWithoutProposalsOrAMemberOutsideTheRankingStillReads() {
        BlocResultPublished empty = new BlocResultPublished(UUID.randomUUID(), Instant.now(), "b", 1, "Khối A", 2026,
                "UBT", List.of("X"), null, null, 1, 1, 1, List.of(), List.of());

        RenderedMail email = BlocResultEmail.compose(TestTemplates.templates(), empty, "X", "X", Map.of());

        assertThat(email.text()).contains("Kính gửi: X,", "Kết quả của đơn vị: đơn vị không có trong bảng xếp hạng.",
                "Bảng xếp hạng:\n(chưa có)", "Không có đơn vị được đề nghị.");
    }

    @ParameterizedTest
    @CsvSource({"95.50, '95,5'", "100, '100'", "92.25, '92,25'", "0.0, '0'"})
    void pointsAreWrittenWithADecimalComma(BigDecimal total, String written) {
        BlocResultPublished result = new BlocResultPublished(UUID.randomUUID(), Instant.now(), "b", 1, "Khối A", 2026,
                "UBT", List.of("X"), null, null, 1, 1, 1, List.of(new vn.tdkt.events.bloc.BlocRankingEntry(1, "X", total,
                null, null, null, 0, List.of(), null)), List.of());

        RenderedMail email = BlocResultEmail.compose(TestTemplates.templates(), result, "X", "X", Map.of());

        assertThat(email.text()).contains("1. X – " + written + " điểm", "tổng điểm " + written + ".");
    }
}
