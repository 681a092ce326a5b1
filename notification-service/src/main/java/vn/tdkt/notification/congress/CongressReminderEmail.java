package vn.tdkt.notification.congress;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.tdkt.events.congress.CongressDocumentReminder;
import vn.tdkt.notification.template.MailTemplates;
import vn.tdkt.notification.template.RenderedMail;

/**
 * The letter reminding a congress's organiser of a document its upper council expects before the congress
 * (template {@code congress-document-reminder}; seed 002 §IV.1: kế hoạch, lịch tổ chức, báo cáo tổng kết, nội dung
 * chương trình, 15 days ahead). The lead is read off the event (due date to congress date), not repeated here.
 */
final class CongressReminderEmail {

    static final String KIND = "congress-document-reminder";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The documents the bundles name ({@code congress.document.PLAN} …); another is shown by its code. */
    private static final Set<String> DOCUMENTS = Set.of("PLAN", "SCHEDULE", "REPORT", "AGENDA");

    private CongressReminderEmail() {
    }

    static RenderedMail compose(MailTemplates templates, CongressDocumentReminder reminder, String addressedUnitCode,
                                Map<String, String> names) {
        Map<String, Object> model = new HashMap<>();
        model.put("path", "/congresses/" + reminder.aggregateId());
        model.put("addressee", names.getOrDefault(addressedUnitCode, addressedUnitCode));
        model.put("document", reminder.document());
        model.put("documentKnown", DOCUMENTS.contains(reminder.document()));
        model.put("congress", reminder.title());
        model.put("upperCouncil", reminder.upperOrganiserUnitCode() == null ? null
                : names.getOrDefault(reminder.upperOrganiserUnitCode(), reminder.upperOrganiserUnitCode()));
        model.put("late", "LATE".equals(reminder.step()));
        model.put("dueOn", DATE.format(reminder.dueOn()));
        model.put("congressDate", DATE.format(reminder.congressDate()));
        model.put("leadDays", String.valueOf(ChronoUnit.DAYS.between(reminder.dueOn(), reminder.congressDate())));
        return templates.render(KIND, model);
    }
}
