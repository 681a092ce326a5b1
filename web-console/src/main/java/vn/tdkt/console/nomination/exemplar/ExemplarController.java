package vn.tdkt.console.nomination.exemplar;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.YearMonth;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.tdkt.console.nomination.Downloads;
import vn.tdkt.console.nomination.Options;
import vn.tdkt.console.support.CurrentUser;
import vn.tdkt.console.support.FormErrors;
import vn.tdkt.console.support.Formats;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.NavItem;
import vn.tdkt.console.support.NominationApi;
import vn.tdkt.console.support.ServiceProblem;

/**
 * The monthly exemplar register (seed 004: each office registers its exemplary collectives and individuals
 * every month): an office's registration for a month (entries as rows; none says "nobody this month"), the
 * register book of a unit's subtree by month with its export, and the offices that have not registered.
 */
@Controller
@RequestMapping("/exemplars")
class ExemplarController {

    static final String[] ENTRY_FIELDS = {"recipientKind", "name", "position", "unitName", "achievement", "field"};
    /** Blank rows a form offers beyond those filled in; "more rows" adds as many again. */
    static final int SPARE_ROWS = 3;

    private final NominationApi nominations;
    private final MessageSource messages;
    private final Clock clock;

    ExemplarController(NominationApi nominations, MessageSource messages, Clock clock) {
        this.nominations = nominations;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute("canRegister")
    boolean canRegister(Authentication authentication) {
        CurrentUser me = CurrentUser.of(authentication);
        return me != null && me.hasAnyRole(CurrentUser.ADMINISTRATOR, CurrentUser.EMULATION_OFFICER);
    }

    // ------------------------------------------------------------------------------------------ the book

    @GetMapping
    String book(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String done, Authentication authentication, HttpServletResponse response,
            Model model) {
        Map<String, String> q = query(unit, from, to, authentication);
        model.addAttribute("q", q);
        model.addAttribute("done", done);
        try {
            model.addAttribute("page", Json.page(nominations.get(u -> with(u.path("/api/v1/exemplars/book"), q)
                    .queryParam("page", Math.max(page, 0)).queryParam("size", 50).build())));
        } catch (ServiceProblem p) {
            FormErrors.reject(model, p, response);
            model.addAttribute("page", Json.page(null));
        }
        model.addAttribute("pageBase", "/exemplars?unit=" + q.get("unit") + "&from=" + q.get("from") + "&to=" + q.get("to"));
        return "exemplar/book";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "csv") String format,
            Authentication authentication) {
        Map<String, String> q = query(unit, from, to, authentication);
        String f = "xlsx".equals(format) ? "xlsx" : "csv";
        return Downloads.relay(nominations.download(u -> with(u.path("/api/v1/exemplars/book"), q)
                .queryParam("format", f).build()), "so-dang-ky-dien-hinh." + f);
    }

    private Map<String, String> query(String unit, String from, String to, Authentication authentication) {
        Map<String, String> q = new LinkedHashMap<>();
        String own = CurrentUser.of(authentication).unitCode();
        q.put("unit", unit != null && !unit.isBlank() ? unit.strip() : own == null ? "" : own);
        String month = thisMonth().toString();
        q.put("from", from != null && !from.isBlank() ? from.strip() : month);
        q.put("to", to != null && !to.isBlank() ? to.strip() : month);
        return q;
    }

    private static UriBuilder with(UriBuilder u, Map<String, String> q) {
        q.forEach((k, v) -> {
            if (!v.isEmpty()) {
                u.queryParam(k, v);
            }
        });
        return u;
    }

    // ------------------------------------------------------------------------------------------ missing

    /** Offices under the unit without a registration of the month (default: last month, as the service's). */
    @GetMapping("/missing")
    String missing(@RequestParam(required = false) String unit, @RequestParam(required = false) String month,
            Authentication authentication, HttpServletResponse response, Model model) {
        String own = CurrentUser.of(authentication).unitCode();
        String u0 = unit != null && !unit.isBlank() ? unit.strip() : own == null ? "" : own;
        String m = month != null && !month.isBlank() ? month.strip() : thisMonth().minusMonths(1).toString();
        model.addAttribute("unit", u0);
        model.addAttribute("month", m);
        try {
            model.addAttribute("page", Json.page(nominations.get(u -> u.path("/api/v1/exemplars/missing")
                    .queryParam("unit", u0).queryParam("month", m).queryParam("size", 200).build())));
        } catch (ServiceProblem p) {
            FormErrors.reject(model, p, response);
            model.addAttribute("page", Json.page(null));
        }
        return "exemplar/missing";
    }

    // ------------------------------------------------------------------------------------------ registering

    /** The registration form, with what the office registered for the month already (from the book). */
    @GetMapping("/register")
    String register(@RequestParam(required = false) String unit, @RequestParam(required = false) String month,
            Authentication authentication, Model model, Locale locale) {
        String own = CurrentUser.of(authentication).unitCode();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("unitCode", unit != null && !unit.isBlank() ? unit.strip() : own == null ? "" : own);
        form.put("month", month != null && !month.isBlank() ? month.strip() : thisMonth().toString());
        int rows = 0;
        if (!form.get("unitCode").isEmpty()) {
            try {
                JsonNode book = nominations.get(u -> u.path("/api/v1/exemplars/book").queryParam("unit", form.get("unitCode"))
                        .queryParam("from", form.get("month")).queryParam("to", form.get("month")).queryParam("size", 200).build());
                for (JsonNode line : book.path("items")) {
                    if (form.get("unitCode").equals(line.path("unitCode").asString())) {
                        for (String f : ENTRY_FIELDS) {
                            JsonNode v = line.path("unitName".equals(f) ? "entryUnitName" : f);
                            form.put("entries[" + rows + "]." + f, v.isNull() || v.isMissingNode() ? "" : v.asString());
                        }
                        rows++;
                    }
                }
                model.addAttribute("registered", rows > 0);
            } catch (ServiceProblem p) {
                if (p.status() == 401) {
                    throw p;
                }
                // not readable (a month not begun, another unit): the form still opens; saving says why
            }
        }
        return registerForm(model, form, rows + SPARE_ROWS, locale);
    }

    /** Saves the month's entries ({@code action=save}), or only offers more rows ({@code action=more}). */
    @PostMapping("/register")
    String save(@RequestParam MultiValueMap<String, String> params, @RequestParam(defaultValue = "save") String action,
            @RequestParam(defaultValue = "0") int rows, HttpServletResponse response, Model model, Locale locale) {
        Map<String, String> form = new LinkedHashMap<>();
        params.forEach((k, v) -> form.put(k, v.isEmpty() ? "" : v.getFirst()));
        int shown = Math.max(rows, SPARE_ROWS);
        if ("more".equals(action)) {
            return registerForm(model, form, shown + SPARE_ROWS, locale);
        }
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("unitCode", form.getOrDefault("unitCode", "").strip());
        body.put("month", form.getOrDefault("month", "").strip());
        ArrayNode entries = body.putArray("entries");
        for (int i = 0; i < shown; i++) {
            String p = "entries[" + i + "].";
            if (!form.getOrDefault(p + "name", "").isBlank() || !form.getOrDefault(p + "achievement", "").isBlank()) {
                ObjectNode e = entries.addObject();
                for (String f : ENTRY_FIELDS) {
                    String v = form.getOrDefault(p + f, "").strip();
                    if (!v.isEmpty()) {
                        e.put(f, v);
                    }
                }
            }
        }
        if (entries.isEmpty() && !"true".equals(form.get("nobody"))) {
            // An empty register says "nobody this month": only when the officer says so.
            FormErrors.reject(model, new ServiceProblem(null, 400, null, null, List.of(new ServiceProblem.FieldProblem(
                    "entries", messages.getMessage("exemplar.entries.none", null, locale))), null), response);
            return registerForm(model, form, shown, locale);
        }
        try {
            JsonNode saved = nominations.post("/api/v1/exemplars/registrations", body);
            return "redirect:/exemplars?unit=" + saved.path("unitCode").asString() + "&from=" + saved.path("month").asString()
                    + "&to=" + saved.path("month").asString() + "&done=registered";
        } catch (ServiceProblem p) {
            FormErrors.reject(model, p, response);
            return registerForm(model, form, shown, locale);
        }
    }

    private String registerForm(Model model, Map<String, String> form, int rows, Locale locale) {
        model.addAttribute("form", form);
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            indices.add(i);
        }
        model.addAttribute("rows", indices);
        model.addAttribute("kindOptions", Options.of(messages, locale, "nomination.kind.", List.of("INDIVIDUAL", "COLLECTIVE"), false));
        return "exemplar/register";
    }

    private YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(Formats.VIETNAM));
    }

    @Configuration(proxyBeanMethods = false)
    static class ExemplarNavigation {

        @Bean
        NavItem exemplarsNav() {
            return NavItem.forRoles(55, "nav.exemplars", "/exemplars", CurrentUser.ADMINISTRATOR,
                    CurrentUser.EMULATION_OFFICER, CurrentUser.UNIT_LEADER, CurrentUser.COUNCIL_SECRETARY,
                    CurrentUser.COUNCIL_MEMBER);
        }
    }
}
