package vn.tdkt.notification.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.notification.template.RenderedMail;
import vn.tdkt.notification.template.TestTemplates;

class PhaseChangeEmailTest {

    private static CampaignPhaseChanged change(String from, String to) {
        return new CampaignPhaseChanged(UUID.randomUUID(), Instant.parse("2026-01-05T08:00:00Z"), "c-1", 2,
                "Thi đua thực hiện thắng lợi nhiệm vụ năm 2026", "Đổi mới, sáng tạo, tăng tốc, bứt phá", "SNV",
                List.of("PGD"), from, to, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 31));
    }

    @Test
    void launchIsAnnouncedInVietnamese() {
        RenderedMail email = PhaseChangeEmail.compose(TestTemplates.templates(), change("DRAFT", "LAUNCHED"), "Sở Nội vụ");

        assertThat(email.subject())
                .isEqualTo("[Thi đua – Khen thưởng] Phát động phong trào: Thi đua thực hiện thắng lợi nhiệm vụ năm 2026");
        assertThat(email.text())
                .contains("Sở Nội vụ thông báo: phong trào thi đua \"Thi đua thực hiện thắng lợi nhiệm vụ năm 2026\" đã được phát động.")
                .contains("Chủ đề: Đổi mới, sáng tạo, tăng tốc, bứt phá")
                .contains("Đơn vị phát động: Sở Nội vụ")
                .contains("Thời gian: từ 05/01/2026 đến 31/12/2026")
                .contains("Giai đoạn mới: Phát động – đang triển khai (trước đó: Dự thảo)");
    }

    @ParameterizedTest
    @CsvSource({
            "DRAFT, LAUNCHED, Phát động",
            "LAUNCHED, MIDTERM_REVIEW, Sơ kết",
            "MIDTERM_REVIEW, LAUNCHED, Tiếp tục",
            "LAUNCHED, FINAL_REVIEW, Tổng kết",
            "MIDTERM_REVIEW, FINAL_REVIEW, Tổng kết",
            "FINAL_REVIEW, CLOSED, Kết thúc",
            "LAUNCHED, CANCELLED, Hủy bỏ",
            "DRAFT, CANCELLED, Hủy bỏ"})
    void subjectNamesTheMove(String from, String to, String label) {
        assertThat(PhaseChangeEmail.compose(TestTemplates.templates(), change(from, to), "Sở Nội vụ").subject())
                .startsWith("[Thi đua – Khen thưởng] " + label + " phong trào: ");
    }

    @Test
    void unknownPhaseAndMissingFieldsStillComposeSomethingReadable() {
        var event = new CampaignPhaseChanged(UUID.randomUUID(), Instant.now(), "c-2", 3, "Phong trào A", null, "SNV",
                List.of(), "LAUNCHED", "SUSPENDED", null, null);

        RenderedMail email = PhaseChangeEmail.compose(TestTemplates.templates(), event, "Sở Nội vụ");

        assertThat(email.subject()).isEqualTo("[Thi đua – Khen thưởng] Cập nhật phong trào: Phong trào A");
        assertThat(email.text()).contains("Chủ đề: —").contains("Thời gian: —")
                .contains("chuyển sang giai đoạn SUSPENDED");
    }
}
