package vn.tdkt.notification.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.tdkt.events.campaign.CampaignPhaseChanged;

/**
 * The Vietnamese email about a campaign's phase change. A small class rather than a template engine:
 * one subject line and one body, with labels per phase that wording reviews can find in one place.
 */
final class PhaseChangeEmail {

    static final String SUBJECT_PREFIX = "[Thi đua – Khen thưởng] ";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The action the move performs, as the subject's verb: "Phát động phong trào: …". */
    private static final Map<String, String> ACTION = Map.of(
            "LAUNCHED", "Phát động",
            "MIDTERM_REVIEW", "Sơ kết",
            "FINAL_REVIEW", "Tổng kết",
            "CLOSED", "Kết thúc",
            "CANCELLED", "Hủy bỏ");

    /** The phase as a state, for the body. */
    private static final Map<String, String> PHASE = Map.of(
            "DRAFT", "Dự thảo",
            "LAUNCHED", "Phát động – đang triển khai",
            "MIDTERM_REVIEW", "Sơ kết",
            "FINAL_REVIEW", "Tổng kết",
            "CLOSED", "Kết thúc",
            "CANCELLED", "Hủy bỏ");

    private static final String BODY = """
            Kính gửi: Các cơ quan, đơn vị,

            %s thông báo: phong trào thi đua "%s" %s.

            Phong trào: %s
            Chủ đề: %s
            Đơn vị phát động: %s
            Thời gian: %s
            Giai đoạn mới: %s (trước đó: %s)

            Đề nghị các cơ quan, đơn vị triển khai theo đúng kế hoạch.

            Đây là thư tự động của hệ thống Thi đua – Khen thưởng; vui lòng không trả lời thư này.
            """;

    private PhaseChangeEmail() {
    }

    record Composed(String subject, String body) {
    }

    static Composed compose(CampaignPhaseChanged event, String organiserName) {
        String title = orDash(event.title());
        String action = action(event.from(), event.to());
        String subject = SUBJECT_PREFIX + action + " phong trào: " + title;
        String body = BODY.formatted(organiserName, title, sentence(event.from(), event.to()), title,
                orDash(event.theme()), organiserName, period(event.startDate(), event.endDate()),
                phase(event.to()), phase(event.from()));
        return new Composed(subject, body);
    }

    /** Back from mid-term review to LAUNCHED is a resumption, not a second launch. */
    static String action(String from, String to) {
        if ("LAUNCHED".equals(to) && from != null && !"DRAFT".equals(from)) {
            return "Tiếp tục";
        }
        return ACTION.getOrDefault(to, "Cập nhật");
    }

    private static String sentence(String from, String to) {
        return switch (action(from, to)) {
            case "Phát động" -> "đã được phát động";
            case "Tiếp tục" -> "được tiếp tục triển khai";
            case "Sơ kết" -> "bước vào giai đoạn sơ kết";
            case "Tổng kết" -> "bước vào giai đoạn tổng kết";
            case "Kết thúc" -> "đã kết thúc";
            case "Hủy bỏ" -> "đã bị hủy bỏ";
            default -> "chuyển sang giai đoạn " + phase(to);
        };
    }

    static String phase(String code) {
        return code == null ? "—" : PHASE.getOrDefault(code, code);
    }

    static String period(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return "—";
        }
        return "từ " + (start == null ? "—" : DATE.format(start)) + " đến " + (end == null ? "—" : DATE.format(end));
    }

    static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
