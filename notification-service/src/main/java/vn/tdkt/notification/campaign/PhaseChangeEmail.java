package vn.tdkt.notification.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.notification.template.MailTemplates;
import vn.tdkt.notification.template.RenderedMail;

/**
 * The email about a campaign's phase change (template {@code campaign-phase-changed}): this class decides only
 * what the move is (a launch, a resumption …); the wording per phase lives in the message bundles.
 */
final class PhaseChangeEmail {

    static final String KIND = "campaign-phase-changed";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Set<String> PHASES = Set.of("DRAFT", "LAUNCHED", "MIDTERM_REVIEW", "FINAL_REVIEW", "CLOSED",
            "CANCELLED");

    private PhaseChangeEmail() {
    }

    static RenderedMail compose(MailTemplates templates, CampaignPhaseChanged event, String organiserName) {
        Map<String, Object> model = campaign(event.aggregateId(), event.title(), organiserName, event.startDate(),
                event.endDate());
        model.put("theme", blankToNull(event.theme()));
        model.put("move", move(event.from(), event.to()));
        model.put("to", event.to() == null ? "—" : event.to());
        model.put("toKnown", PHASES.contains(event.to()));
        model.put("from", event.from());
        model.put("fromKnown", PHASES.contains(event.from()));
        return templates.render(KIND, model);
    }

    /** Back from mid-term review to LAUNCHED is a resumption, not a second launch; an unknown phase an update. */
    static String move(String from, String to) {
        if ("LAUNCHED".equals(to) && from != null && !"DRAFT".equals(from)) {
            return "RESUMED";
        }
        return to != null && !"DRAFT".equals(to) && PHASES.contains(to) ? to : "OTHER";
    }

    /** What every campaign email names: the campaign (and its link), its organiser and its period. */
    static Map<String, Object> campaign(String campaignId, String title, String organiserName, LocalDate start,
                                        LocalDate end) {
        Map<String, Object> model = new HashMap<>();
        model.put("path", "/campaigns/" + campaignId);
        model.put("title", orDash(title));
        model.put("organiser", organiserName);
        model.put("hasPeriod", start != null || end != null);
        model.put("start", start == null ? "—" : DATE.format(start));
        model.put("end", end == null ? "—" : DATE.format(end));
        return model;
    }

    static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
