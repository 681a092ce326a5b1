package vn.tdkt.notification.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.notification.campaign.CampaignFixtures.QUOC_KHANH;
import static vn.tdkt.notification.campaign.CampaignFixtures.TITLE;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.events.campaign.Responsibility;
import vn.tdkt.notification.template.RenderedMail;
import vn.tdkt.notification.template.TestTemplates;

class PlanAdditionEmailTest {

    @Test
    void aMilestoneAddedNamesTheCampaignTheDateAndTheMilestone() {
        RenderedMail email = PlanAdditionEmail.milestone(TestTemplates.templates(), CampaignFixtures.milestoneAdded("LAUNCHED", QUOC_KHANH),
                "UBND tỉnh Lạng Sơn");

        assertThat(email.subject()).isEqualTo("[Thi đua – Khen thưởng] Bổ sung mốc 02/09/2025 – Kỷ niệm 80 năm Quốc"
                + " khánh 2/9: " + TITLE);
        assertThat(email.text())
                .contains("UBND tỉnh Lạng Sơn thông báo: phong trào thi đua \"" + TITLE + "\" được bổ sung mốc thời gian mới.")
                .contains("Mốc thời gian: 02/09/2025 – Kỷ niệm 80 năm Quốc khánh 2/9")
                .contains("Thời gian phong trào: từ 01/03/2025 đến 31/12/2025")
                .contains("chào mừng theo mốc thời gian này");
    }

    @Test
    void aResponsibilityNamesTheTaskTheUnitAndTheDueDate() {
        RenderedMail email = PlanAdditionEmail.responsibility(TestTemplates.templates(), CampaignFixtures.responsibilityAdded("MIDTERM_REVIEW",
                        new Responsibility("SNV", "Hướng dẫn, đôn đốc, tổng hợp kết quả phong trào", LocalDate.of(2025, 8, 15))),
                "UBND tỉnh Lạng Sơn", "Sở Nội vụ");

        assertThat(email.subject()).isEqualTo("[Thi đua – Khen thưởng] Giao nhiệm vụ: " + TITLE);
        assertThat(email.text()).startsWith("Kính gửi: Sở Nội vụ,")
                .contains("UBND tỉnh Lạng Sơn giao nhiệm vụ bổ sung trong phong trào thi đua \"" + TITLE + "\"")
                .contains("Nhiệm vụ: Hướng dẫn, đôn đốc, tổng hợp kết quả phong trào")
                .contains("Thời hạn hoàn thành: 15/08/2025")
                .contains("Đơn vị thực hiện: Sở Nội vụ");
    }

    @Test
    void aResponsibilityWithoutDueDateFollowsThePlan() {
        RenderedMail email = PlanAdditionEmail.responsibility(TestTemplates.templates(), CampaignFixtures.responsibilityAdded("LAUNCHED",
                new Responsibility("SNV", "Tuyên truyền", null)), "UBND tỉnh", "Sở Nội vụ");

        assertThat(email.text()).contains("Thời hạn hoàn thành: theo kế hoạch của phong trào");
    }

    @ParameterizedTest
    @CsvSource({"DRAFT, false", "LAUNCHED, true", "MIDTERM_REVIEW, true", "FINAL_REVIEW, false", "CLOSED, false",
            "CANCELLED, false"})
    void additionsAreMailedOnlyWhileTheCampaignRuns(String phase, boolean mailed) {
        assertThat(CampaignNotifier.isMailed(CampaignFixtures.milestoneAdded(phase, QUOC_KHANH))).isEqualTo(mailed);
        assertThat(CampaignNotifier.isMailed(CampaignFixtures.responsibilityAdded(phase,
                new Responsibility("SNV", "Tuyên truyền", null)))).isEqualTo(mailed);
    }
}
