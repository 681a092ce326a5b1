package vn.tdkt.console.campaign;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import vn.tdkt.console.support.FormErrors;
import vn.tdkt.console.support.Formats;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.NavItem;
import vn.tdkt.console.support.ServiceProblem;
import vn.tdkt.console.support.VietnameseText;

/**
 * Campaigns of campaign-service (docs/rest-contract.md §2): search, a plan drafted (also one implementing
 * a higher campaign) and edited while a draft, its phase moved, milestones and tasks added after launch, the
 * cascade of who has implemented it, and the units' registrations.
 */
@Controller
class CampaignController {

    private final CampaignApi campaigns;
    private final MessageSource messages;

    CampaignController(CampaignApi campaigns, MessageSource messages) {
        this.campaigns = campaigns;
        this.messages = messages;
    }

    @ModelAttribute("kinds")
    Map<String, String> kinds(Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        Phases.KINDS.forEach(k -> out.put(k, messages.getMessage("kind." + k, null, k, locale)));
        return out;
    }

    // --- search -------------------------------------------------------------------------------

    @GetMapping("/campaigns")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String organiser,
            @RequestParam(required = false) String phase, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, Authentication authentication, Model model, Locale locale) {
        CurrentUser me = CurrentUser.of(authentication);
        String org = organiser != null ? organiser.strip() : me.unitCode();
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("organiser", org == null ? "" : org);
        model.addAttribute("phase", phase == null ? "" : phase);
        model.addAttribute("year", year == null ? "" : year.toString());
        Map<String, String> phases = new LinkedHashMap<>();
        phases.put("", messages.getMessage("campaign.anyPhase", null, locale));
        Phases.ALL.forEach(p -> phases.put(p, messages.getMessage("phase." + p, null, p, locale)));
        model.addAttribute("phases", phases);
        model.addAttribute("results", Json.page(campaigns.get(u -> {
            u.path("/api/v1/campaigns").queryParam("page", page).queryParam("size", 20);
            if (org != null && !org.isEmpty()) {
                u.queryParam("organiser", org).queryParam("subtree", true);
            }
            if (q != null && !q.isBlank()) {
                u.queryParam("q", q.strip());
            }
            if (phase != null && !phase.isBlank()) {
                u.queryParam("phase", phase);
            }
            if (year != null) {
                u.queryParam("year", year);
            }
            return u.build();
        })));
        return "campaign/list";
    }

    // --- the plan -----------------------------------------------------------------------------

    @GetMapping("/campaigns/new")
    String newPlan(@RequestParam(required = false) String parent, Authentication authentication, Model model) {
        CurrentUser me = CurrentUser.of(authentication);
        CampaignForm form = CampaignForm.draft(me.unitCode(), parent);
        return planForm(form, null, model);
    }

    @PostMapping("/campaigns")
    String create(@ModelAttribute("form") CampaignForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            JsonNode created = campaigns.post("/api/v1/campaigns", form.plan());
            redirect.addFlashAttribute("notice", "campaign.created");
            redirect.addFlashAttribute("noticeArg", created.path("title").asString());
            return "redirect:/campaigns/" + created.path("id").asString();
        } catch (ServiceProblem problem) {
            FormErrors.reject(model, problem, response);
            return planForm(form, null, model);
        }
    }

    @GetMapping("/campaigns/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        ResponseEntity<JsonNode> c = campaigns.getEntity("/api/v1/campaigns/{id}", id);
        return planForm(CampaignForm.of(c.getBody(), c.getHeaders().getETag()), id, model);
    }

    @PostMapping("/campaigns/{id}")
    String update(@PathVariable String id, @ModelAttribute("form") CampaignForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            campaigns.put("/api/v1/campaigns/{id}", form.plan(), form.version(), id);
            redirect.addFlashAttribute("notice", "campaign.saved");
            redirect.addFlashAttribute("noticeArg", form.title());
            return "redirect:/campaigns/" + id;
        } catch (ServiceProblem problem) {
            FormErrors.reject(model, problem, response);
            return planForm(form, id, model);
        }
    }

    private String planForm(CampaignForm form, String id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("campaignId", id);
        if (!form.parentCampaignId().isBlank()) {
            try {
                model.addAttribute("parent", Json.view(campaigns.get("/api/v1/campaigns/{id}", form.parentCampaignId().strip())));
            } catch (ServiceProblem notFound) {
                // the service names parentCampaignId when the form is sent
            }
        }
        // The organiser's units below it, as the distribution list to tick (others can be typed).
        Map<String, String> candidates = new LinkedHashMap<>();
        if (!form.organiserUnitCode().isBlank()) {
            try {
                List<Map<String, Object>> children = new ArrayList<>(Json.page(campaigns.get(u -> u.path("/api/v1/units")
                        .queryParam("parentCode", form.organiserUnitCode().strip()).queryParam("size", 200).build())).items());
                children.removeIf(c -> !"ACTIVE".equals(c.get("status")) && c.get("status") != null);
                for (Map<String, Object> c : VietnameseText.sorted(children, c -> String.valueOf(c.get("name")))) {
                    candidates.put(String.valueOf(c.get("code")), c.get("name") + " (" + c.get("code") + ")");
                }
            } catch (ServiceProblem ignored) {
                // an unknown organiser: the service says so when the form is sent
            }
        }
        form.recipientUnitCodes().forEach(code -> candidates.putIfAbsent(code, code));
        model.addAttribute("candidates", candidates);
        return "campaign/form";
    }

    // --- one campaign: phases, milestones, tasks ----------------------------------------------

    @GetMapping("/campaigns/{id}")
    String campaign(@PathVariable String id, Model model) {
        ResponseEntity<JsonNode> c = campaigns.getEntity("/api/v1/campaigns/{id}", id);
        Map<String, Object> view = Json.view(c.getBody());
        model.addAttribute("c", view);
        model.addAttribute("etag", c.getHeaders().getETag());
        model.addAttribute("moves", Phases.next(String.valueOf(view.get("phase"))));
        return "campaign/campaign";
    }

    @PostMapping("/campaigns/{id}/transitions")
    String move(@PathVariable String id, @RequestParam String to, @RequestParam(required = false) String summary,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ObjectNode body = Json.mapper().createObjectNode().put("to", to);
        if (summary != null && !summary.isBlank()) {
            body.put("summary", summary.strip());
        }
        try {
            campaigns.post("/api/v1/campaigns/{id}/transitions", body, id);
            redirect.addFlashAttribute("notice", "campaign.moved." + to);
            redirect.addFlashAttribute("noticeArg", "");
            return "redirect:/campaigns/" + id;
        } catch (ServiceProblem problem) {
            FormErrors.reject(model, problem, response);
            return campaign(id, model);
        }
    }

    @PostMapping("/campaigns/{id}/milestones")
    String addMilestone(@PathVariable String id, @RequestParam(required = false) String date,
            @RequestParam(required = false) String title, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("date", Formats.isoDate(date));
        body.put("title", title);
        return addToPlan(id, "milestones", body, "campaign.milestoneAdded", model, response, redirect);
    }

    @PostMapping("/campaigns/{id}/responsibilities")
    String addTask(@PathVariable String id, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) String task, @RequestParam(required = false) String dueDate,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("unitCode", unitCode == null ? "" : unitCode.strip());
        body.put("task", task);
        if (dueDate != null && !dueDate.isBlank()) {
            body.put("dueDate", Formats.isoDate(dueDate));
        }
        return addToPlan(id, "responsibilities", body, "campaign.taskAdded", model, response, redirect);
    }

    private String addToPlan(String id, String what, ObjectNode body, String notice, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            campaigns.post("/api/v1/campaigns/{id}/" + what, body, id);
            redirect.addFlashAttribute("notice", notice);
            redirect.addFlashAttribute("noticeArg", "");
            return "redirect:/campaigns/" + id;
        } catch (ServiceProblem problem) {
            FormErrors.reject(model, problem, response);
            model.addAttribute("rejected", what);
            return campaign(id, model);
        }
    }

    // --- cascade ------------------------------------------------------------------------------

    @GetMapping("/campaigns/{id}/cascade")
    String cascade(@PathVariable String id, Model model) {
        JsonNode cascade = campaigns.get("/api/v1/campaigns/{id}/cascade", id);
        Map<String, Object> root = Json.view(cascade.path("root"));
        model.addAttribute("root", root);
        model.addAttribute("truncated", cascade.path("truncated").asBoolean(false));
        model.addAttribute("implementing", cascade.path("implementingCampaigns").asInt(0));
        return "campaign/cascade";
    }

    // --- registrations ------------------------------------------------------------------------

    @GetMapping("/campaigns/{id}/registrations")
    String registrations(@PathVariable String id, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("c", Json.view(campaigns.get("/api/v1/campaigns/{id}", id)));
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("registrations", Json.page(campaigns.get(u -> {
            u.path("/api/v1/campaigns/{id}/registrations").queryParam("page", page).queryParam("size", 50);
            if (status != null && !status.isBlank()) {
                u.queryParam("status", status);
            }
            return u.build(id);
        })));
        return "campaign/registrations";
    }

    @GetMapping("/campaigns/{id}/registrations/export")
    ResponseEntity<byte[]> exportRegistrations(@PathVariable String id) {
        ResponseEntity<byte[]> file = campaigns.download(u -> u.path("/api/v1/campaigns/{id}/registrations/export").build(id));
        return ResponseEntity.ok().contentType(MediaType.valueOf("text/csv; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dang-ky-thi-dua-" + id + ".csv\"")
                .body(file.getBody());
    }

    record RegistrationForm(String collectiveTitles, String commitments, String individuals, String version) {
    }

    @GetMapping("/campaigns/{id}/registrations/{unitCode}/edit")
    String registrationForm(@PathVariable String id, @PathVariable String unitCode, Model model) {
        RegistrationForm form = new RegistrationForm("", "", "", "");
        try {
            ResponseEntity<JsonNode> r = campaigns.getEntity("/api/v1/campaigns/{id}/registrations/{unit}", id, unitCode);
            JsonNode reg = r.getBody();
            StringBuilder people = new StringBuilder();
            for (JsonNode i : reg.path("individuals")) {
                people.append(people.isEmpty() ? "" : "\n").append(i.path("name").asString("")).append(" | ")
                        .append(i.path("position").asString("")).append(" | ").append(i.path("title").asString(""));
            }
            form = new RegistrationForm(join(reg.path("collectiveTitles")), join(reg.path("commitments")), people.toString(),
                    r.getHeaders().getETag());
        } catch (ServiceProblem notYet) {
            if (notYet.status() != 404) {
                throw notYet;
            }
        }
        return registrationPage(id, unitCode, form, model);
    }

    @PostMapping("/campaigns/{id}/registrations/{unitCode}")
    String register(@PathVariable String id, @PathVariable String unitCode, @ModelAttribute("form") RegistrationForm form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ObjectNode body = Json.mapper().createObjectNode();
        lines(form.collectiveTitles()).forEach(body.putArray("collectiveTitles")::add);
        lines(form.commitments()).forEach(body.putArray("commitments")::add);
        var people = body.putArray("individuals");
        for (String line : lines(form.individuals())) {
            String[] p = line.split(CampaignForm.SEPARATOR, -1);
            ObjectNode person = people.addObject();
            person.put("name", p[0].strip());
            if (p.length > 2) {
                if (!p[1].isBlank()) {
                    person.put("position", p[1].strip());
                }
                person.put("title", p[2].strip());
            } else {
                person.put("title", p.length > 1 ? p[1].strip() : "");
            }
        }
        try {
            campaigns.put("/api/v1/campaigns/{id}/registrations/{unit}", body,
                    form.version() == null || form.version().isBlank() ? null : form.version(), id, unitCode);
            redirect.addFlashAttribute("notice", "registration.saved");
            redirect.addFlashAttribute("noticeArg", unitCode);
            return "redirect:/campaigns/" + id + "/registrations";
        } catch (ServiceProblem problem) {
            FormErrors.reject(model, problem, response);
            return registrationPage(id, unitCode, form, model);
        }
    }

    private String registrationPage(String id, String unitCode, RegistrationForm form, Model model) {
        model.addAttribute("c", Json.view(campaigns.get("/api/v1/campaigns/{id}", id)));
        model.addAttribute("unitCode", unitCode);
        model.addAttribute("form", form);
        return "campaign/registration";
    }

    private static String join(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asString()));
        return String.join("\n", out);
    }

    private static List<String> lines(String typed) {
        return typed == null ? List.of() : typed.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Today in Vietnam, for the default year of a search. */
    static int thisYear() {
        return LocalDate.now(Formats.VIETNAM).getYear();
    }

    @Configuration(proxyBeanMethods = false)
    static class CampaignNavigation {

        @Bean
        NavItem campaignsNav() {
            return NavItem.forEveryone(20, "nav.campaigns", "/campaigns");
        }
    }
}
