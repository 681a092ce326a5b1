package vn.tdkt.console.congress;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
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
import vn.tdkt.console.support.CampaignApi;
import vn.tdkt.console.support.CurrentUser;
import vn.tdkt.console.support.DelegateApi;
import vn.tdkt.console.support.FormErrors;
import vn.tdkt.console.support.Formats;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.NavItem;
import vn.tdkt.console.support.ServiceProblem;
import vn.tdkt.console.support.VietnameseText;

/**
 * Congresses (delegate-service, docs/rest-contract.md §3): the list, the plan form with the staff rule explained
 * (and exactly 200 asked), a congress with its documents, its form decision, new date, status, and the congresses
 * below it. Every read is open to the signed-in roles; changes are offered to whoever organises congresses in the
 * unit's subtree.
 */
@Controller
class CongressController {

    static final String NOTICE = "congressNotice";

    private final DelegateApi delegates;
    private final CampaignApi campaigns;

    CongressController(DelegateApi delegates, CampaignApi campaigns) {
        this.delegates = delegates;
        this.campaigns = campaigns;
    }

    @GetMapping("/congresses")
    String list(@RequestParam(required = false) String organiser, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
        CurrentUser me = CurrentUser.of(authentication);
        boolean searching = q != null && !q.isBlank();
        JsonNode answer = delegates.get(u -> {
            u.path("/api/v1/congresses");
            if (organiser != null && !organiser.isBlank()) {
                u.queryParam("organiser", organiser.strip());
            }
            // A search reads the largest page and filters it here, without diacritics ("chi lang" finds "Chi Lăng").
            return u.queryParam("page", searching ? 0 : page).queryParam("size", searching ? 200 : 20).build();
        });
        Json.Page found = Json.page(answer);
        if (searching) {
            List<Map<String, Object>> hits = VietnameseText.search(found.items(), q, c -> List.of(
                    String.valueOf(c.get("title")), String.valueOf(c.get("organiserUnitCode"))));
            found = new Json.Page(hits, 0, Math.max(hits.size(), 1), hits.size());
        }
        model.addAttribute("congresses", found);
        model.addAttribute("organiser", organiser == null ? "" : organiser);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("canPlan", CongressAccess.organises(me, me.unitCode() == null ? "" : me.unitCode())
                || me.isAdministrator());
        model.addAttribute("canApportion", CongressAccess.apportions(me));
        return "congress/list";
    }

    @GetMapping("/congresses/new")
    String planForm(@RequestParam(required = false) String upper, Authentication authentication, Model model) {
        CurrentUser me = CurrentUser.of(authentication);
        return planPage(model, me, PlanForm.empty(me.unitCode(), upper));
    }

    /** The staff rule for the unit being typed (htmx, on change of the organiser): its count and the form it gives. */
    @GetMapping("/congresses/form-rule")
    String formRule(@RequestParam(required = false) String organiserUnitCode, Model model) {
        model.addAttribute("rule", rule(organiserUnitCode));
        return "congress/plan :: formRule";
    }

    @PostMapping("/congresses")
    String plan(@ModelAttribute PlanForm form, Authentication authentication, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        CurrentUser me = CurrentUser.of(authentication);
        try {
            JsonNode created = delegates.post("/api/v1/congresses", form.body());
            redirect.addFlashAttribute(NOTICE, "congress.planned");
            redirect.addFlashAttribute("warnings", Json.mapper().convertValue(created.path("warnings"), List.class));
            return "redirect:/congresses/" + created.path("id").asString();
        } catch (ServiceProblem problem) {
            FormErrors.reject(model, problem, response);
            // The calendar rule refused the date: offer the override, with its reason, next to it.
            model.addAttribute("offerOverride", problem.errors().stream().anyMatch(e -> e.field().equals("date")));
            return planPage(model, me, form);
        }
    }

    private String planPage(Model model, CurrentUser me, PlanForm form) {
        model.addAttribute("form", form);
        model.addAttribute("rule", rule(form.organiserUnitCode()));
        model.addAttribute("organisers", organisers(me));
        model.addAttribute("uppers", upperOptions());
        model.addAttribute("formOptions", formOptions(true));
        model.addAttribute("attributes", PlanForm.ATTRIBUTES);
        if (!model.containsAttribute("offerOverride")) {
            model.addAttribute("offerOverride", !PlanForm.blank(form.overrideReason()));
        }
        return "congress/plan";
    }

    @GetMapping("/congresses/{id}")
    String congress(@PathVariable String id, Authentication authentication, Model model) {
        return detailPage(id, CurrentUser.of(authentication), model);
    }

    /** Title, form (where the staff count leaves it open), size and exemplary share: PATCH with the version read. */
    @PostMapping("/congresses/{id}/revise")
    String revise(@PathVariable String id, @RequestParam String version, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String form, @RequestParam(required = false) String maxDelegates,
                  Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ObjectNode body = Json.mapper().createObjectNode();
        if (title != null && !title.isBlank()) {
            body.put("title", title.strip());
        }
        if (form != null && !form.isBlank()) {
            body.put("form", form);
        }
        PlanForm.number(body, "maxDelegates", maxDelegates);
        return command(id, authentication, model, response, redirect, "congress.revised",
                () -> delegates.patch("/api/v1/congresses/{id}", body, version, id));
    }

    @PostMapping("/congresses/{id}/reschedule")
    String reschedule(@PathVariable String id, @RequestParam(required = false) String date,
                      @RequestParam(required = false) String overrideReason, Authentication authentication, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("date", Formats.isoDate(date));
        if (overrideReason != null && !overrideReason.isBlank()) {
            body.put("overrideReason", overrideReason.strip());
        }
        model.addAttribute("rescheduleDate", date);
        model.addAttribute("offerOverride", true);
        return command(id, authentication, model, response, redirect, "congress.rescheduled",
                () -> delegates.post("/api/v1/congresses/{id}/reschedule", body, id));
    }

    @PostMapping("/congresses/{id}/status")
    String status(@PathVariable String id, @RequestParam String to, Authentication authentication, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        ObjectNode body = Json.mapper().createObjectNode().put("to", to);
        return command(id, authentication, model, response, redirect, "congress.moved." + to,
                () -> delegates.post("/api/v1/congresses/{id}/status", body, id));
    }

    /**
     * The upper council records receiving one of the four documents of the congress {@code id}; {@code back} is the
     * congress whose page (its timeline, or its own) the officer came from.
     */
    @PostMapping("/congresses/{id}/documents")
    String receive(@PathVariable String id, @RequestParam String document, @RequestParam(required = false) String receivedOn,
                   @RequestParam(required = false) String back, Authentication authentication, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        ObjectNode body = Json.mapper().createObjectNode().put("receivedOn", Formats.isoDate(receivedOn));
        try {
            delegates.put("/api/v1/congresses/{id}/documents/{document}", body, null, id, document);
        } catch (ServiceProblem problem) {
            FormErrors.reject(model, problem, response);
            model.addAttribute("receiptFor", id);
            return back != null && !back.isBlank() ? TimelineController.page(delegates, back, CurrentUser.of(authentication),
                    model) : detailPage(id, CurrentUser.of(authentication), model);
        }
        redirect.addFlashAttribute(NOTICE, "congress.received");
        return back != null && back.matches("[0-9a-fA-F-]{36}") ? "redirect:/congresses/" + back + "/timeline"
                : "redirect:/congresses/" + id;
    }

    private String command(String id, Authentication authentication, Model model, HttpServletResponse response,
                           RedirectAttributes redirect, String notice, java.util.function.Supplier<JsonNode> call) {
        try {
            JsonNode changed = call.get();
            redirect.addFlashAttribute(NOTICE, notice);
            redirect.addFlashAttribute("warnings", Json.mapper().convertValue(changed.path("warnings"), List.class));
            return "redirect:/congresses/" + id;
        } catch (ServiceProblem problem) {
            FormErrors.reject(model, problem, response);
            return detailPage(id, CurrentUser.of(authentication), model);
        }
    }

    private String detailPage(String id, CurrentUser me, Model model) {
        ResponseEntity<JsonNode> read = delegates.getEntity("/api/v1/congresses/{id}", id);
        JsonNode congress = read.getBody();
        Map<String, Object> c = Json.view(congress);
        model.addAttribute("c", c);
        model.addAttribute("etag", read.getHeaders().getETag());
        if (!model.containsAttribute("warnings")) {
            model.addAttribute("warnings", Json.mapper().convertValue(congress.path("warnings"), List.class));
        }
        String organiser = congress.path("organiserUnitCode").asString();
        model.addAttribute("canOrganise", CongressAccess.organises(me, organiser));
        model.addAttribute("formOptions", formOptions(false));
        model.addAttribute("documentOptions", documentOptions(congress));
        model.addAttribute("lower", Json.page(delegates.get(u -> u.path("/api/v1/congresses")
                .queryParam("upper", id).queryParam("size", 200).build())).items());
        if (!congress.path("upperCongressId").isNull() && congress.hasNonNull("upperCongressId")) {
            String upper = congress.path("upperCongressId").asString();
            try {
                JsonNode up = delegates.get("/api/v1/congresses/{id}", upper);
                model.addAttribute("upper", Json.view(up));
                model.addAttribute("canReceive", CongressAccess.organises(me, up.path("organiserUnitCode").asString()));
            } catch (ServiceProblem gone) {
                model.addAttribute("canReceive", false);
            }
        } else {
            model.addAttribute("canReceive", me.isAdministrator());
        }
        List<Map<String, Object>> seats = List.of();
        if (congress.hasNonNull("currentAllocationVersion")) {
            seats = Json.views(delegates.get("/api/v1/congresses/{id}/allocations/current", id).path("units"));
        }
        model.addAttribute("seats", seats);
        model.addAttribute("myUnitHasSeats", me.unitCode() != null && seats.stream()
                .anyMatch(s -> me.unitCode().equals(s.get("unitCode"))));
        if (!model.containsAttribute("rescheduleDate")) {
            model.addAttribute("rescheduleDate", "");
        }
        if (!model.containsAttribute("offerOverride")) {
            model.addAttribute("offerOverride", false);
        }
        return "congress/congress";
    }

    /** The four documents by name, with the service's Vietnamese label. */
    static Map<String, String> documentOptions(JsonNode congressOrNode) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode d : congressOrNode.path("documents")) {
            out.put(d.path("document").asString(), d.path("label").asString());
        }
        return out;
    }

    private FormRule rule(String organiserUnitCode) {
        if (organiserUnitCode == null || organiserUnitCode.isBlank()) {
            return null;
        }
        try {
            JsonNode unit = campaigns.get("/api/v1/units/{code}", organiserUnitCode.strip());
            return FormRule.of(unit.hasNonNull("staffCount") ? unit.path("staffCount").asInt() : null);
        } catch (ServiceProblem unknown) {
            if (unknown.status() == 401) {
                throw unknown;
            }
            return null; // not a unit (yet): the service names the field when the plan is sent
        }
    }

    /** The user's unit and the units directly under it, as suggestions for the organiser field. */
    private List<Map<String, Object>> organisers(CurrentUser me) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (me.unitCode() == null) {
            return out;
        }
        try {
            out.add(Json.view(campaigns.get("/api/v1/units/{code}", me.unitCode())));
            out.addAll(VietnameseText.sorted(Json.page(campaigns.get(u -> u.path("/api/v1/units")
                    .queryParam("parentCode", me.unitCode()).queryParam("size", 200).build())).items(),
                    unit -> String.valueOf(unit.get("name"))));
        } catch (ServiceProblem p) {
            if (p.status() == 401) {
                throw p;
            }
        }
        return out;
    }

    /** Every congress a new one may send its delegates to, by date (the service checks it is an ancestor's). */
    private Map<String, String> upperOptions() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map<String, Object> c : Json.page(delegates.get(u -> u.path("/api/v1/congresses")
                .queryParam("size", 200).build())).items()) {
            if ("CANCELLED".equals(c.get("status"))) {
                continue;
            }
            out.put(String.valueOf(c.get("id")), c.get("title") + " (" + c.get("organiserUnitCode") + ", "
                    + new Formats().date(c.get("date")) + ")");
        }
        return out;
    }

    /** "" (the staff rule decides), PLENARY, DELEGATE: labels are message keys, translated in the template. */
    private static List<String> formOptions(boolean withRule) {
        return withRule ? List.of("", "PLENARY", "DELEGATE") : List.of("PLENARY", "DELEGATE");
    }

    @Configuration(proxyBeanMethods = false)
    static class CongressNavigation {

        @Bean
        NavItem congressNav() {
            return NavItem.forRoles(60, "nav.congresses", "/congresses", CurrentUser.ADMINISTRATOR,
                    CurrentUser.EMULATION_OFFICER, CurrentUser.CONGRESS_ORGANISER, CurrentUser.UNIT_LEADER,
                    CurrentUser.COUNCIL_SECRETARY);
        }
    }
}
