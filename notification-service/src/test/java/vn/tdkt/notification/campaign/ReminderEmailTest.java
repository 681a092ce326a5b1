package vn.tdkt.notification.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.notification.campaign.CampaignFixtures.QUOC_KHANH;
import static vn.tdkt.notification.campaign.CampaignFixtures.TITLE;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.notification.template.RenderedMail;
import vn.tdkt.notification.template.TestTemplates;

class ReminderEmailTest {

    @Test
    void aMilestoneReminderSaysHowManyDaysAreLeft() {
        CampaignPlan plan = CampaignFixtures.plan("LAUNCHED", null, Set.of(), QUOC_KHANH);

        RenderedMail email = ReminderEmail.milestone(TestTemplates.templates(), plan, ReminderSchedule.Reminder.milestone(QUOC_KHANH.date(),
                QUOC_KHANH.title()), "UBND tỉnh Lạng Sơn", LocalDate.of(2025, 8, 26));

        assertThat(email.subject()).isEqualTo("[Thi đua – Khen thưởng] Nhắc mốc 02/09/2025 – Kỷ niệm 80 năm Quốc khánh"
                + " 2/9: " + TITLE);
        assertThat(email.text()).contains("UBND tỉnh Lạng Sơn nhắc: phong trào thi đua \"" + TITLE
                        + "\" có mốc thời gian sắp đến (còn 7 ngày).")
                .contains("Mốc thời gian: 02/09/2025 – Kỷ niệm 80 năm Quốc khánh 2/9");
    }

    @Test
    void aRegistrationReminderIsAddressedToTheUnitThatHasNotRegistered() {
        LocalDate deadline = LocalDate.of(2025, 3, 31);
        CampaignPlan plan = CampaignFixtures.plan("LAUNCHED", deadline, Set.of());

        RenderedMail email = ReminderEmail.registrationDeadline(TestTemplates.templates(), plan,
                ReminderSchedule.Reminder.registrationDeadline(deadline), "UBND tỉnh Lạng Sơn", "Sở Giáo dục và Đào tạo",
                LocalDate.of(2025, 3, 28));

        assertThat(email.subject()).isEqualTo("[Thi đua – Khen thưởng] Nhắc hạn đăng ký thi đua 31/03/2025: " + TITLE);
        assertThat(email.text()).startsWith("Kính gửi: Sở Giáo dục và Đào tạo,")
                .contains("đơn vị chưa đăng ký thi đua trong phong trào \"" + TITLE + "\"")
                .contains("Hạn đăng ký: hết ngày 31/03/2025 (còn 3 ngày)");
    }

    @ParameterizedTest
    @CsvSource({"2025-09-02, hôm nay", "2025-09-01, còn 1 ngày", "2025-08-26, còn 7 ngày"})
    void daysLeft(LocalDate today, String words) {
        CampaignPlan plan = CampaignFixtures.plan("LAUNCHED", null, Set.of(), QUOC_KHANH);

        RenderedMail email = ReminderEmail.milestone(TestTemplates.templates(), plan,
                ReminderSchedule.Reminder.milestone(QUOC_KHANH.date(), QUOC_KHANH.title()), "UBND tỉnh Lạng Sơn", today);

        assertThat(email.text()).contains("có mốc thời gian sắp đến (" + words + ").");
        assertThat(email.html()).contains("có mốc thời gian sắp đến (" + words + ").");
    }
}
