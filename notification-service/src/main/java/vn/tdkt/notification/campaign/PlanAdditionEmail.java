package vn.tdkt.notification.campaign;

import static vn.tdkt.notification.campaign.PhaseChangeEmail.DATE;
import static vn.tdkt.notification.campaign.PhaseChangeEmail.SUBJECT_PREFIX;
import static vn.tdkt.notification.campaign.PhaseChangeEmail.orDash;

import vn.tdkt.events.campaign.CampaignMilestoneAdded;
import vn.tdkt.events.campaign.CampaignResponsibilityAdded;

/**
 * The Vietnamese emails about what a launched campaign's plan gains (the plans allow milestones and
 * responsibilities to be added after launch): a new milestone to everyone the campaign addresses, a new
 * task to the unit that must carry it out.
 */
final class PlanAdditionEmail {

    private static final String MILESTONE_BODY = """
            Kính gửi: Các cơ quan, đơn vị,

            %s thông báo: phong trào thi đua "%s" được bổ sung mốc thời gian mới.

            Mốc thời gian: %s – %s
            Phong trào: %s
            Đơn vị phát động: %s
            Thời gian phong trào: %s

            Đề nghị các cơ quan, đơn vị chủ động xây dựng kế hoạch, có thành tích chào mừng theo mốc thời gian này.

            Đây là thư tự động của hệ thống Thi đua – Khen thưởng; vui lòng không trả lời thư này.
            """;

    private static final String RESPONSIBILITY_BODY = """
            Kính gửi: %s,

            %s giao nhiệm vụ bổ sung trong phong trào thi đua "%s":

            Nhiệm vụ: %s
            Thời hạn hoàn thành: %s
            Đơn vị thực hiện: %s
            Đơn vị phát động: %s

            Đề nghị đơn vị tổ chức thực hiện và báo cáo kết quả đúng thời hạn.

            Đây là thư tự động của hệ thống Thi đua – Khen thưởng; vui lòng không trả lời thư này.
            """;

    private PlanAdditionEmail() {
    }

    static CampaignEmail milestone(CampaignMilestoneAdded event, String organiserName) {
        String title = orDash(event.title());
        String date = DATE.format(event.milestone().date());
        String milestone = orDash(event.milestone().title());
        return new CampaignEmail(SUBJECT_PREFIX + "Bổ sung mốc " + date + " – " + milestone + ": " + title,
                MILESTONE_BODY.formatted(organiserName, title, date, milestone, title, organiserName,
                        PhaseChangeEmail.period(event.startDate(), event.endDate())));
    }

    static CampaignEmail responsibility(CampaignResponsibilityAdded event, String organiserName, String unitName) {
        String title = orDash(event.title());
        String due = event.responsibility().dueDate() == null ? "theo kế hoạch của phong trào"
                : DATE.format(event.responsibility().dueDate());
        return new CampaignEmail(SUBJECT_PREFIX + "Giao nhiệm vụ: " + title,
                RESPONSIBILITY_BODY.formatted(unitName, organiserName, title, orDash(event.responsibility().task()),
                        due, unitName, organiserName));
    }
}
