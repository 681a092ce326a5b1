package vn.tdkt.notification.campaign;

import static vn.tdkt.notification.campaign.PhaseChangeEmail.DATE;
import static vn.tdkt.notification.campaign.PhaseChangeEmail.SUBJECT_PREFIX;
import static vn.tdkt.notification.campaign.PhaseChangeEmail.orDash;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The Vietnamese reminders: a milestone coming up, and the registration deadline for units yet to register. */
final class ReminderEmail {

    private static final String MILESTONE_BODY = """
            Kính gửi: Các cơ quan, đơn vị,

            %s nhắc: phong trào thi đua "%s" có mốc thời gian sắp đến (%s).

            Mốc thời gian: %s – %s
            Phong trào: %s
            Đơn vị phát động: %s

            Đề nghị các cơ quan, đơn vị chuẩn bị, có kết quả, thành tích chào mừng theo đúng kế hoạch.

            Đây là thư tự động của hệ thống Thi đua – Khen thưởng; vui lòng không trả lời thư này.
            """;

    private static final String REGISTRATION_BODY = """
            Kính gửi: %s,

            %s nhắc: đơn vị chưa đăng ký thi đua trong phong trào "%s".

            Hạn đăng ký: hết ngày %s (%s)
            Phong trào: %s
            Đơn vị phát động: %s

            Đề nghị đơn vị đăng ký danh hiệu, chỉ tiêu thi đua của tập thể và cá nhân trước thời hạn; sau hạn
            này hệ thống không nhận đăng ký.

            Đây là thư tự động của hệ thống Thi đua – Khen thưởng; vui lòng không trả lời thư này.
            """;

    private ReminderEmail() {
    }

    static CampaignEmail milestone(CampaignPlan plan, ReminderSchedule.Reminder reminder, String organiserName,
                                   LocalDate today) {
        String title = orDash(plan.title());
        String date = DATE.format(reminder.date());
        String milestone = orDash(reminder.title());
        return new CampaignEmail(SUBJECT_PREFIX + "Nhắc mốc " + date + " – " + milestone + ": " + title,
                MILESTONE_BODY.formatted(organiserName, title, inDays(today, reminder.date()), date, milestone, title,
                        organiserName));
    }

    static CampaignEmail registrationDeadline(CampaignPlan plan, ReminderSchedule.Reminder reminder,
                                              String organiserName, String unitName, LocalDate today) {
        String title = orDash(plan.title());
        String date = DATE.format(reminder.date());
        return new CampaignEmail(SUBJECT_PREFIX + "Nhắc hạn đăng ký thi đua " + date + ": " + title,
                REGISTRATION_BODY.formatted(unitName, organiserName, title, date, inDays(today, reminder.date()),
                        title, organiserName));
    }

    /** "hôm nay", "còn 1 ngày", "còn 7 ngày". */
    static String inDays(LocalDate today, LocalDate date) {
        long days = ChronoUnit.DAYS.between(today, date);
        return days <= 0 ? "hôm nay" : "còn " + days + " ngày";
    }
}
