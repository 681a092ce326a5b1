package vn.tdkt.console.nomination;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.tdkt.console.support.CurrentUser;
import vn.tdkt.console.support.FormErrors;
import vn.tdkt.console.support.Formats;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.NavItem;
import vn.tdkt.console.support.NominationApi;
import vn.tdkt.console.support.ServiceProblem;

/**
 * Nomination dossiers (hồ sơ đề nghị khen thưởng): the list with its filters and export, the dossier form
 * (draft, submit, edit after a return), the eligibility explainer per criterion with its citation, and the
 * steps of the workflow on the dossier's page (appraisal, return with reasons, forwarding, history). Every
 * call is nomination-service's (docs/rest-contract.md §3); the buttons shown follow the user's role, the
 * service decides the rest.
 */
@Controller
@RequestMapping("/nominations")
class NominationController {

    static final List<String> STATUSES = List.of("DRAFT", "SUBMITTED", "APPRAISED", "RETURNED", "APPROVED",
            "NOT_APPROVED", "DECIDED", "FORWARDED");
    static final List<String> KINDS = List.of("INDIVIDUAL", "COLLECTIVE");
    static final List<String> BASES = List.of("REGULAR", "THEMATIC", "ONE_OFF", "CONTRIBUTION", "FOREIGN");
    static final List<String> RATINGS = List.of("HTXSNV", "HTTNV", "HTNV", "KHTNV");
    static final List<String> GENDERS = List.of("FEMALE", "MALE");
    static final List<String> DISCIPLINES = List.of("NONE", "UNDER_CONSIDERATION", "IN_FORCE", "SERVED");
    private static final int PAGE_SIZE = 20;

    private final NominationApi nominations;
    private final MessageSource messages;
    private final Clock clock;

    NominationController(NominationApi nominations, MessageSource messages, Clock clock) {
        this.nominations = nominations;
        this.messages = messages;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------ list

    @GetMapping
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String year,
            @RequestParam(required = false) String award, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        Map<String, String> filters = filters(status, year, award, q);
        model.addAttribute("filters", filters);
        model.addAttribute("statusOptions", Options.of(messages, locale, "nomination.status.", STATUSES, true));
        model.addAttribute("awardOptions", awardOptions(locale, true));
        try {
            model.addAttribute("page", Json.page(nominations.get(u -> withFilters(u.path("/api/v1/nominations"), filters)
                    .queryParam("page", Math.max(page, 0)).queryParam("size", PAGE_SIZE).build())));
        } catch (ServiceProblem p) {
            if (!p.isInputProblem()) {
                throw p;
            }
            model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.of(p)); // a bad year or search: shown at the filter
            model.addAttribute("page", Json.page(null));
        }
        model.addAttribute("pageBase", base("/nominations", filters));
        return "nomination/list";
    }

    /** The list as the service writes it (CSV or Excel), with the same filters. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String status, @RequestParam(required = false) String year,
            @RequestParam(required = false) String award, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "csv") String format) {
        Map<String, String> filters = filters(status, year, award, q);
        String f = "xlsx".equals(format) ? "xlsx" : "csv";
        return Downloads.relay(nominations.download(u -> withFilters(u.path("/api/v1/nominations/export"), filters)
                .queryParam("format", f).build()), "ho-so-de-nghi." + f);
    }

    private static Map<String, String> filters(String status, String year, String award, String q) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("status", status == null ? "" : status.strip());
        f.put("year", year == null ? "" : year.strip());
        f.put("award", award == null ? "" : award.strip());
        f.put("q", q == null ? "" : q.strip());
        return f;
    }

    private static UriBuilder withFilters(UriBuilder u, Map<String, String> filters) {
        filters.forEach((k, v) -> {
            if (!v.isEmpty()) {
                u.queryParam(k, v);
            }
        });
        return u;
    }

    /** The list's address with its filters, for the pager and the export links. */
    static String base(String path, Map<String, String> filters) {
        return org.springframework.web.util.UriComponentsBuilder.fromPath(path)
                .queryParams(org.springframework.util.CollectionUtils.toMultiValueMap(filters.entrySet().stream()
                        .filter(e -> !e.getValue().isEmpty())
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()),
                                (a, b) -> a, LinkedHashMap::new))))
                .build().encode().toUriString();
    }

    // ------------------------------------------------------------------------------------------ the form

    @GetMapping("/new")
    String create(Authentication authentication, Model model, Locale locale) {
        CurrentUser me = CurrentUser.of(authentication);
        return form(model, NominationForm.blank(me.unitCode(), today().getYear()), null, locale);
    }

    /** Saves a draft, files it submitted, or only asks the explainer about what was typed ({@code action}). */
    @PostMapping
    String create(@RequestParam MultiValueMap<String, String> params, @RequestParam(defaultValue = "draft") String action,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        NominationForm form = NominationForm.of(params);
        if ("explain".equals(action)) {
            explain(form, model);
            return isHtmx(request) ? "nomination/explainer :: result" : form(model, form, null, locale);
        }
        ObjectNode body = form.body(true);
        if ("submit".equals(action)) {
            body.put("submit", true);
        }
        try {
            JsonNode created = nominations.post("/api/v1/nominations", body);
            return "redirect:/nominations/" + created.path("id").asString() + "?done=" + ("submit".equals(action) ? "submitted" : "saved");
        } catch (ServiceProblem p) {
            FormErrors.reject(model, p, response);
            return form(model, form, null, locale);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable String id, Model model, Locale locale) {
        JsonNode dossier = nominations.get("/api/v1/nominations/{id}", id);
        model.addAttribute("dossier", Json.view(dossier));
        return form(model, NominationForm.fromDossier(dossier), dossier.path("version").asString(), locale);
    }

    /** Saves the edited dossier (PUT with If-Match: the version the form was read at), then submits it if asked. */
    @PostMapping("/{id}")
    String update(@PathVariable String id, @RequestParam MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "save") String action, @RequestParam String version,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        NominationForm form = NominationForm.of(params);
        model.addAttribute("dossier", Map.of("id", id));
        if ("explain".equals(action)) {
            explain(form, model);
            return isHtmx(request) ? "nomination/explainer :: result" : form(model, form, version, locale);
        }
        try {
            JsonNode saved = nominations.put("/api/v1/nominations/{id}", form.body(false), "\"" + version + "\"", id);
            if ("submit".equals(action)) {
                nominations.post("/api/v1/nominations/{id}/submit", null, id);
                return "redirect:/nominations/" + id + "?done=submitted";
            }
            return "redirect:/nominations/" + saved.path("id").asString(id) + "?done=saved";
        } catch (ServiceProblem p) {
            FormErrors.reject(model, p, response);
            return form(model, form, version, locale);
        }
    }

    private String form(Model model, NominationForm form, String version, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("kindOptions", Options.of(messages, locale, "nomination.kind.", KINDS, false));
        model.addAttribute("basisOptions", Options.of(messages, locale, "nomination.basis.", BASES, false));
        model.addAttribute("ratingOptions", Options.of(messages, locale, "nomination.rating.", RATINGS, true));
        model.addAttribute("genderOptions", Options.of(messages, locale, "nomination.gender.", GENDERS, true));
        model.addAttribute("disciplineOptions", Options.of(messages, locale, "nomination.discipline.", DISCIPLINES, true));
        model.addAttribute("awardOptions", awardOptions(locale, true));
        model.addAttribute("campaignOptions", campaignOptions(locale));
        return "nomination/form";
    }

    // ------------------------------------------------------------------------------------------ one dossier

    @GetMapping("/{id}")
    String view(@PathVariable String id, @RequestParam(required = false) String done, Model model) {
        model.addAttribute("done", done);
        return view(id, model);
    }

    private String view(String id, Model model) {
        JsonNode dossier = nominations.get("/api/v1/nominations/{id}", id);
        model.addAttribute("d", Json.view(dossier));
        model.addAttribute("history", Json.page(nominations.get(u -> u.path("/api/v1/nominations/{id}/history")
                .queryParam("size", 200).build(id))));
        List<String> unknown = new ArrayList<>();
        for (JsonNode c : dossier.path("appraisal").path("criteria")) {
            boolean noted = c.path("note").isString() && !c.path("note").asString().isBlank();
            if ("UNKNOWN".equals(c.path("status").asString()) && !noted) {
                unknown.add(c.path("code").asString());
            }
        }
        model.addAttribute("unknownCriteria", unknown);
        List<String> proposed = new ArrayList<>();
        dossier.path("appraisal").path("proposedReasons").forEach(r -> proposed.add(r.asString()));
        if (!model.containsAttribute("reasonsText")) {
            model.addAttribute("reasonsText", String.join("\n", proposed));
        }
        if (!model.containsAttribute("decisionDate")) {
            model.addAttribute("decisionDate", Formats.DATE.format(today()));
        }
        return "nomination/view";
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable String id, HttpServletResponse response, Model model) {
        return step(id, "submitted", response, model, () -> nominations.post("/api/v1/nominations/{id}/submit", null, id));
    }

    /** Thẩm định: the explainer runs on the dossier; notes say why an UNKNOWN criterion is met. */
    @PostMapping("/{id}/appraisal")
    String appraise(@PathVariable String id, @RequestParam MultiValueMap<String, String> params,
            @RequestParam(required = false) String decisionDate, HttpServletResponse response, Model model) {
        ObjectNode body = Json.mapper().createObjectNode();
        ObjectNode notes = Json.mapper().createObjectNode();
        params.forEach((k, v) -> {
            if (k.startsWith("notes.") && !v.isEmpty() && !v.getFirst().isBlank()) {
                notes.put(k.substring("notes.".length()), v.getFirst().strip());
            }
        });
        if (!notes.isEmpty()) {
            body.set("notes", notes);
        }
        String iso = Formats.isoDate(decisionDate);
        if (iso != null) {
            body.put("decisionDate", iso);
        }
        model.addAttribute("decisionDate", decisionDate);
        return step(id, "appraised", response, model, () -> nominations.post("/api/v1/nominations/{id}/appraisal", body, id));
    }

    /** Return for correction: one reason a line; none given sends none, and the service uses the appraisal's. */
    @PostMapping("/{id}/return")
    String giveBack(@PathVariable String id, @RequestParam(defaultValue = "") String reasons,
            HttpServletResponse response, Model model) {
        ObjectNode body = Json.mapper().createObjectNode();
        List<String> lines = reasons.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (!lines.isEmpty()) {
            ArrayNode list = body.putArray("reasons");
            lines.forEach(list::add);
        }
        model.addAttribute("reasonsText", reasons);
        return step(id, "returned", response, model, () -> nominations.post("/api/v1/nominations/{id}/return", body, id));
    }

    @PostMapping("/{id}/forward")
    String forward(@PathVariable String id, HttpServletResponse response, Model model) {
        return step(id, "forwarded", response, model, () -> nominations.post("/api/v1/nominations/{id}/forward", null, id));
    }

    /** The explainer on the stored dossier's facts, today: a fragment for htmx, else the dossier's page with it. */
    @PostMapping("/{id}/explain")
    String explainStored(@PathVariable String id, HttpServletRequest request, Model model) {
        JsonNode dossier = nominations.get("/api/v1/nominations/{id}", id);
        explain(NominationForm.fromDossier(dossier), model);
        return isHtmx(request) ? "nomination/explainer :: result" : view(id, model);
    }

    private String step(String id, String done, HttpServletResponse response, Model model, Runnable call) {
        try {
            call.run();
            return "redirect:/nominations/" + id + "?done=" + done;
        } catch (ServiceProblem p) {
            FormErrors.reject(model, p, response);
            return view(id, model);
        }
    }

    // ------------------------------------------------------------------------------------------ explainer

    /**
     * Asks POST /api/v1/eligibility-checks with the dossier's facts and, when the nominee has a record, their
     * recorded honours and initiatives ({@code nomineeId}); a nominee with no record yet is asked about on the
     * form's facts alone. A refusal is shown in the explainer's box, not at the form's fields.
     */
    private void explain(NominationForm form, Model model) {
        String date = today().toString();
        try {
            JsonNode answer;
            try {
                answer = nominations.post("/api/v1/eligibility-checks", form.eligibilityQuestion(date, true));
            } catch (ServiceProblem p) {
                if (p.status() != 422 || p.errors().stream().noneMatch(e -> "nomineeId".equals(e.field()))) {
                    throw p;
                }
                answer = nominations.post("/api/v1/eligibility-checks", form.eligibilityQuestion(date, false));
            }
            model.addAttribute("explanation", Json.view(answer));
        } catch (ServiceProblem p) {
            if (p.status() == 401) {
                throw p;
            }
            model.addAttribute("explainErrors", FormErrors.of(p));
        }
    }

    private Map<String, String> awardOptions(Locale locale, boolean blankFirst) {
        Map<String, String> out = new LinkedHashMap<>();
        if (blankFirst) {
            out.put("", messages.getMessage("nomination.choose", null, "—", locale));
        }
        for (JsonNode a : nominations.get(u -> u.path("/api/v1/awards").queryParam("size", 200).build()).path("items")) {
            out.put(a.path("code").asString(), a.path("name").asString());
        }
        return out;
    }

    /** The campaigns nomination-service knows (its projection); none when it cannot say, the field is optional. */
    private Map<String, String> campaignOptions(Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("", messages.getMessage("nomination.noCampaign", null, "—", locale));
        try {
            for (JsonNode c : nominations.get(u -> u.path("/api/v1/campaigns").queryParam("size", 200).build()).path("items")) {
                out.put(c.path("id").asString(), c.path("title").asString());
            }
        } catch (ServiceProblem p) {
            if (p.status() == 401) {
                throw p;
            }
        }
        return out;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.VIETNAM));
    }

    private static boolean isHtmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null;
    }

    /** Who may see the drafting buttons (NOMINATE) and the appraisal's (APPRAISE_NOMINATIONS); the service checks the unit. */
    @ModelAttribute("canNominate")
    boolean canNominate(Authentication authentication) {
        CurrentUser me = CurrentUser.of(authentication);
        return me != null && me.hasAnyRole(CurrentUser.ADMINISTRATOR, CurrentUser.EMULATION_OFFICER);
    }

    @ModelAttribute("canAppraise")
    boolean canAppraise(Authentication authentication) {
        CurrentUser me = CurrentUser.of(authentication);
        return me != null && me.hasAnyRole(CurrentUser.ADMINISTRATOR, CurrentUser.EMULATION_OFFICER, CurrentUser.COUNCIL_SECRETARY);
    }

    @Configuration(proxyBeanMethods = false)
    static class NominationNavigation {

        @Bean
        NavItem nominationsNav() {
            return NavItem.forRoles(40, "nav.nominations", "/nominations", CurrentUser.ADMINISTRATOR,
                    CurrentUser.EMULATION_OFFICER, CurrentUser.COUNCIL_SECRETARY, CurrentUser.COUNCIL_MEMBER,
                    CurrentUser.UNIT_LEADER);
        }
    }
}
