package vn.tdkt.console.congress.delegation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.tdkt.console.congress.CongressAccess;
import vn.tdkt.console.support.CurrentUser;
import vn.tdkt.console.support.DelegateApi;
import vn.tdkt.console.support.FormErrors;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.ServiceProblem;
import vn.tdkt.console.support.VietnameseText;

/**
 * A lower unit's list of delegates to an upper congress: its delegates, the live checks with their figures (seats,
 * a person sent twice, the 70/30 split, the composition targets), adding one by hand or from the unit's exemplary
 * people and removing one (htmx swaps the list and its checks after each change; without JavaScript the page
 * reloads), then submit, approve (the unit's congress passed it) and reopen with a reason.
 */
@Controller
class DelegateListController {

    private static final String BASE = "/api/v1/congresses/{id}/delegate-lists/{unit}";

    private final DelegateApi delegates;

    DelegateListController(DelegateApi delegates) {
        this.delegates = delegates;
    }

    @GetMapping("/congresses/{id}/lists/{unit}")
    String list(@PathVariable String id, @PathVariable String unit, Authentication authentication, Model model) {
        return page(id, unit, CurrentUser.of(authentication), model, DelegateForm.empty());
    }

    /** The checks alone, re-read (the panel's "check again": another unit's list may have changed since). */
    @GetMapping("/congresses/{id}/lists/{unit}/checks")
    String checks(@PathVariable String id, @PathVariable String unit, Authentication authentication, Model model) {
        panel(id, unit, CurrentUser.of(authentication), model, DelegateForm.empty());
        return "congress/delegates :: panel";
    }

    @PostMapping("/congresses/{id}/lists/{unit}/delegates")
    String add(@PathVariable String id, @PathVariable String unit, @ModelAttribute DelegateForm form,
               Authentication authentication, Model model, HttpServletRequest request, HttpServletResponse response,
               RedirectAttributes redirect) {
        CurrentUser me = CurrentUser.of(authentication);
        try {
            delegates.post(BASE + "/delegates", form.body(), id, unit);
        } catch (ServiceProblem problem) {
            FormErrors.reject(model, problem, response);
            return htmx(request) ? panelView(id, unit, me, model, form) : page(id, unit, me, model, form);
        }
        return done(id, unit, me, model, request, redirect, "list.added");
    }

    @PostMapping("/congresses/{id}/lists/{unit}/delegates/{delegateId}/remove")
    String remove(@PathVariable String id, @PathVariable String unit, @PathVariable String delegateId,
                  Authentication authentication, Model model, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect) {
        CurrentUser me = CurrentUser.of(authentication);
        try {
            delegates.delete(BASE + "/delegates/{delegate}", id, unit, delegateId);
        } catch (ServiceProblem problem) {
            FormErrors.reject(model, problem, response);
            return htmx(request) ? panelView(id, unit, me, model, DelegateForm.empty())
                    : page(id, unit, me, model, DelegateForm.empty());
        }
        return done(id, unit, me, model, request, redirect, "list.removed");
    }

    /** A namesake the unit knows to be another person (same name and birth year): confirmed with its reason. */
    @PostMapping("/congresses/{id}/lists/{unit}/delegates/{delegateId}/distinct-person")
    String confirmDistinct(@PathVariable String id, @PathVariable String unit, @PathVariable String delegateId,
                           @RequestParam(required = false) String reason, Authentication authentication, Model model,
                           HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CurrentUser me = CurrentUser.of(authentication);
        ObjectNode body = Json.mapper().createObjectNode().put("reason", reason == null ? "" : reason.strip());
        try {
            delegates.put(BASE + "/delegates/{delegate}/distinct-person", body, null, id, unit, delegateId);
        } catch (ServiceProblem problem) {
            FormErrors.reject(model, problem, response);
            return page(id, unit, me, model, DelegateForm.empty());
        }
        return done(id, unit, me, model, request, redirect, "list.confirmedDistinct");
    }

    /** submit, approve or reopen (with its reason): the list's status moves. */
    @PostMapping("/congresses/{id}/lists/{unit}/{move:submit|approve|reopen}")
    String move(@PathVariable String id, @PathVariable String unit, @PathVariable String move,
                @RequestParam(required = false) String reason, Authentication authentication, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        ObjectNode body = Json.mapper().createObjectNode();
        if ("reopen".equals(move)) {
            body.put("reason", reason == null ? "" : reason.strip());
        }
        try {
            delegates.post(BASE + "/" + move, body, id, unit);
        } catch (ServiceProblem problem) {
            FormErrors.reject(model, problem, response);
            return page(id, unit, CurrentUser.of(authentication), model, DelegateForm.empty());
        }
        redirect.addFlashAttribute("congressNotice", "list.moved." + move);
        return "redirect:/congresses/" + id + "/lists/" + unit;
    }

    private String done(String id, String unit, CurrentUser me, Model model, HttpServletRequest request,
                        RedirectAttributes redirect, String notice) {
        if (htmx(request)) {
            model.addAttribute("congressNotice", notice);
            return panelView(id, unit, me, model, DelegateForm.empty());
        }
        redirect.addFlashAttribute("congressNotice", notice);
        return "redirect:/congresses/" + id + "/lists/" + unit;
    }

    private String page(String id, String unit, CurrentUser me, Model model, DelegateForm form) {
        panel(id, unit, me, model, form);
        return "congress/delegates";
    }

    private String panelView(String id, String unit, CurrentUser me, Model model, DelegateForm form) {
        panel(id, unit, me, model, form);
        return "congress/delegates :: panel";
    }

    /** Everything the panel shows: the congress, the unit's seats, its list (null before its first delegate). */
    private void panel(String id, String unit, CurrentUser me, Model model, DelegateForm form) {
        JsonNode congress = delegates.get("/api/v1/congresses/{id}", id);
        model.addAttribute("c", Json.view(congress));
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        Integer seats = null;
        if (congress.hasNonNull("currentAllocationVersion")) {
            for (JsonNode s : delegates.get("/api/v1/congresses/{id}/allocations/current", id).path("units")) {
                if (unit.equals(s.path("unitCode").asString())) {
                    seats = s.path("seats").asInt();
                }
            }
        }
        model.addAttribute("seats", seats);
        Map<String, Object> list = null;
        try {
            list = Json.view(delegates.get(BASE, id, unit));
        } catch (ServiceProblem none) {
            if (none.status() != 404) {
                throw none;
            }
        }
        model.addAttribute("list", list);
        boolean draft = list == null || "DRAFT".equals(list.get("status"));
        boolean proposes = CongressAccess.proposes(me, unit);
        model.addAttribute("canEdit", proposes && draft && seats != null);
        model.addAttribute("canMove", proposes && list != null);
        model.addAttribute("canApprove", list != null && CongressAccess.approves(me, unit));
        model.addAttribute("canRoster", CongressAccess.organises(me, congress.path("organiserUnitCode").asString()));
        model.addAttribute("genders", DelegateForm.GENDERS);
        model.addAttribute("categories", DelegateForm.CATEGORIES);
        model.addAttribute("sectors", DelegateForm.SECTORS);
        model.addAttribute("exemplary", proposes && draft ? exemplaryPeople(unit) : List.of());
    }

    /** The unit's exemplary individuals (a personal-data read the service audits), by name; none when not allowed. */
    private List<Map<String, Object>> exemplaryPeople(String unit) {
        try {
            List<Map<String, Object>> people = Json.page(delegates.get(u -> u.path("/api/v1/exemplary-people")
                    .queryParam("unit", unit).queryParam("size", 200).build())).items().stream()
                    .filter(p -> !"COLLECTIVE".equals(p.get("recipientKind"))).toList();
            return VietnameseText.sorted(people, p -> String.valueOf(p.get("name")));
        } catch (ServiceProblem p) {
            if (p.status() == 401) {
                throw p;
            }
            return List.of();
        }
    }

    private static boolean htmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null;
    }
}
