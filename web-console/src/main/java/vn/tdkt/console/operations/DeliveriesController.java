package vn.tdkt.console.operations;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.tdkt.console.support.CurrentUser;
import vn.tdkt.console.support.FormErrors;
import vn.tdkt.console.support.Formats;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.NotificationApi;
import vn.tdkt.console.support.ServiceProblem;

/**
 * The e-mails notification-service sent or is sending (GET /api/v1/deliveries, filtered and paged) and requeuing
 * the DEAD ones after an outage (POST /api/v1/deliveries/requeue). Recipients are personal data: the list is for
 * administrators (and officers, for their subtree); an operator requeues without seeing them, as the service allows.
 */
@Controller
class DeliveriesController {

    static final List<String> STATUSES = List.of("PENDING", "SENT", "FAILED", "DEAD");

    private final NotificationApi notifications;
    private final MessageSource messages;

    DeliveriesController(NotificationApi notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    @GetMapping("/operations")
    String overview() {
        return "operations/overview";
    }

    /** The filters as typed: dates dd/MM/yyyy (days in Vietnam, both included), status, event type and id. */
    record Filter(String status, String eventType, String eventId, String from, String to) {

        static Filter empty() {
            return new Filter("", "", "", "", "");
        }
    }

    @GetMapping("/operations/deliveries")
    String deliveries(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String eventType,
            @RequestParam(defaultValue = "") String eventId, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "0") int page,
            Authentication authentication, Model model, HttpServletResponse response) {
        CurrentUser me = CurrentUser.of(authentication);
        Filter filter = new Filter(status, eventType.strip(), eventId.strip(), from.strip(), to.strip());
        model.addAttribute("filter", filter);
        show(model, me);
        if (!mayList(me)) {
            return "operations/deliveries";
        }
        try {
            LocalDate fromDay = day(filter.from(), "from");
            LocalDate toDay = day(filter.to(), "to");
            JsonNode answer = notifications.get(u -> {
                u.path("/api/v1/deliveries").queryParam("page", Math.max(page, 0)).queryParam("size", 50);
                if (!filter.status().isBlank()) {
                    u.queryParam("status", filter.status());
                }
                if (!filter.eventType().isBlank()) {
                    u.queryParam("eventType", filter.eventType());
                }
                if (!filter.eventId().isBlank()) {
                    u.queryParam("eventId", filter.eventId());
                }
                if (fromDay != null) {
                    u.queryParam("from", fromDay.atStartOfDay(Formats.VIETNAM).toInstant());
                }
                if (toDay != null) {
                    u.queryParam("to", toDay.plusDays(1).atStartOfDay(Formats.VIETNAM).toInstant());
                }
                return u.build();
            });
            model.addAttribute("deliveries", Json.page(answer));
        } catch (ServiceProblem p) {
            if (p.status() == 403) {
                model.addAttribute("listRefused", true);
            } else {
                FormErrors.reject(model, p, response);
            }
        }
        return "operations/deliveries";
    }

    /** Back to PENDING, due now: every DEAD delivery, or those of one event. The answer is only a count. */
    @PostMapping("/operations/deliveries/requeue")
    String requeue(@RequestParam(defaultValue = "") String eventId, Authentication authentication, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ObjectNode body = Json.mapper().createObjectNode().put("status", "DEAD");
        if (!eventId.isBlank()) {
            body.put("eventId", eventId.strip());
        }
        try {
            JsonNode answer = notifications.post("/api/v1/deliveries/requeue", body);
            redirect.addFlashAttribute("requeued", answer.path("requeued").asLong(0));
            return "redirect:/operations/deliveries?status=DEAD";
        } catch (ServiceProblem p) {
            FormErrors.reject(model, p, response);
            model.addAttribute("filter", Filter.empty());
            model.addAttribute("requeueEventId", eventId);
            show(model, CurrentUser.of(authentication));
            return "operations/deliveries";
        }
    }

    private static void show(Model model, CurrentUser me) {
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("mayList", mayList(me));
        model.addAttribute("mayRequeue", me.hasAnyRole(CurrentUser.OPERATOR, CurrentUser.ADMINISTRATOR));
    }

    /** Who may read recipients (READ_PERSONAL_DATA): not an operator only. The service decides the subtree. */
    static boolean mayList(CurrentUser me) {
        return me.hasAnyRole(CurrentUser.ADMINISTRATOR, CurrentUser.EMULATION_OFFICER, CurrentUser.UNIT_LEADER);
    }

    /** A day typed dd/MM/yyyy (or ISO); blank is no bound; anything else is refused naming the field. */
    LocalDate day(String typed, String field) {
        String iso = Formats.isoDate(typed);
        if (iso == null) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            List<ServiceProblem.FieldProblem> errors = new ArrayList<>();
            errors.add(new ServiceProblem.FieldProblem(field, messages.getMessage("operations.notADay",
                    new Object[] {typed}, LocaleContextHolder.getLocale())));
            throw new ServiceProblem(null, 400, null, null, errors, null);
        }
    }
}
