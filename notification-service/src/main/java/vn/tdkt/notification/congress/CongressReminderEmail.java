package vn.tdkt.notification.congress;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.tdkt.events.congress.CongressDocumentReminder;

/**
 * The Vietnamese letter reminding a congress's organiser of a document its upper council expects 15 days before
 * the congress (seed 002 §IV.1: kế hoạch, lịch tổ chức, báo cáo tổng kết, nội dung chương trình).
 */
final class CongressReminderEmail {

    static final String SUBJECT_PREFIX = "[Thi đua – Khen thưởng] ";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, String> DOCUMENTS = Map.of(
            "PLAN", "Kế hoạch tổ chức hội nghị",
            "SCHEDULE", "Lịch tổ chức hội nghị",
            "REPORT", "Báo cáo tổng kết phong trào thi đua",
            "AGENDA", "Nội dung, chương trình hội nghị");

    private static final String BODY = """
            Kính gửi: %s,

            %s

            Đây là thư tự động của hệ thống Thi đua – Khen thưởng; vui lòng không trả lời thư này.
            """;

    private CongressReminderEmail() {
    }

    record Composed(String subject, String body) {
    }

    /** A document not known here (added later) is named by its code. */
    static Composed compose(CongressDocumentReminder reminder, String addressedUnitCode, Map<String, String> names) {
        String document = DOCUMENTS.getOrDefault(reminder.document(), reminder.document());
        String council = reminder.upperOrganiserUnitCode() == null ? "Hội đồng Thi đua – Khen thưởng cấp trên"
                : "Hội đồng Thi đua – Khen thưởng " + names.getOrDefault(reminder.upperOrganiserUnitCode(),
                reminder.upperOrganiserUnitCode());
        boolean late = "LATE".equals(reminder.step());
        String subject = SUBJECT_PREFIX + (late ? "Quá hạn gửi " : "Nhắc gửi ") + lower(document) + " trước "
                + reminder.title();
        String text = (late
                ? "%s của %s chưa được gửi đến %s; hạn gửi là ngày %s (trước ngày tổ chức %s 15 ngày) đã qua."
                + " Đề nghị đơn vị gửi ngay."
                : "%s của %s cần được gửi đến %s chậm nhất ngày %s (trước ngày tổ chức %s 15 ngày). Đề nghị đơn vị"
                + " chuẩn bị và gửi đúng hạn.")
                .formatted(document, reminder.title(), council, DATE.format(reminder.dueOn()),
                        DATE.format(reminder.congressDate()));
        return new Composed(subject, BODY.formatted(names.getOrDefault(addressedUnitCode, addressedUnitCode), text));
    }

    private static String lower(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
