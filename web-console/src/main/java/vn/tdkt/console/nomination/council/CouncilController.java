package vn.tdkt.console.nomination.council;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
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
 * The council (hội đồng thi đua – khen thưởng) and its secret-ballot sessions: the secretary sets the council
 * up, opens a session over appraised dossiers after seeing the quota guardrails, closes it (recording the rule
 * where the rule pack leaves the threshold unknown) and gets the minutes; a member sees the agenda, casts one
 * ballot per dossier and checks that it was counted by its receipt.
 *
 * <p>A ballot's choice passes through this console only as the body of the one request relaying it to
 * nomination-service: it is never logged, put in the model or the session (no flash attributes), nor
 * echoed: the page after voting is reached by a redirect carrying only the dossier and the receipt, and
 * a refused ballot is shown again with no choice ticked.
 */
@Controller
@RequestMapping("/councils")
class CouncilController {

    static final List<String> CHOICES = List.of("APPROVE", "REJECT", "BLANK");
    static final List<String> DENOMINATORS = List.of("TOTAL_MEMBERS", "PRESENT");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s*%");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(?:[.,]\\d+)?");

    private final NominationApi nominations;
    private final MessageSource messages;
    private final Clock clock;

    CouncilController(NominationApi nominations, MessageSource messages, Clock clock) {
        this.nominations = nominations;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute("canRun")
    boolean canRun(Authentication authentication) {
        CurrentUser me = CurrentUser.of(authentication);
        return me != null && me.hasAnyRole(CurrentUser.ADMINISTRATOR, CurrentUser.COUNCIL_SECRETARY);
    }

    @ModelAttribute("canVote")
    boolean canVote(Authentication authentication) {
        CurrentUser me = CurrentUser.of(authentication);
        return me != null && me.hasRole(CurrentUser.COUNCIL_MEMBER);
    }

    // ------------------------------------------------------------------------------------------ councils

    @GetMapping
    String councils(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", Json.page(nominations.get(u -> u.path("/api/v1/councils")
                .queryParam("page", Math.max(page, 0)).queryParam("size", 50).build())));
        return "council/list";
    }

    @GetMapping("/{unit}")
    String council(@PathVariable String unit, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("council", Json.view(nominations.get("/api/v1/councils/{unit}", unit)));
        model.addAttribute("sessions", Json.page(nominations.get(u -> u.path("/api/v1/councils/{unit}/sessions")
                .queryParam("page", Math.max(page, 0)).queryParam("size", 20).build(unit))));
        return "council/council";
    }

    /** Setting up or changing the council: members one user name a line, the chair among them. */
    @GetMapping("/{unit}/setup")
    String setup(@PathVariable String unit, Authentication authentication, Model model) {
        Map<String, Object> form = new java.util.LinkedHashMap<>();
        form.put("unitCode", unit);
        form.put("secretary", CurrentUser.of(authentication).username());
        try {
            JsonNode council = nominations.get("/api/v1/councils/{unit}", unit);
            form.put("name", council.path("name").asString(""));
            form.put("chair", council.path("chair").asString(""));
            form.put("secretary", council.path("secretary").asString(""));
            List<String> members = new ArrayList<>();
            council.path("members").forEach(m -> members.add(m.asString()));
            form.put("members", String.join("\n", members));
        } catch (ServiceProblem p) {
            if (p.status() != 404) {
                throw p;
            }
            form.put("name", "");
            form.put("chair", "");
            form.put("members", "");
        }
        model.addAttribute("form", form);
        return "council/setup";
    }

    @PostMapping("/{unit}/setup")
    String saveSetup(@PathVariable String unit, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String chair, @RequestParam(defaultValue = "") String secretary,
            @RequestParam(defaultValue = "") String members, HttpServletResponse response, Model model) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("name", name.strip());
        body.put("chair", chair.strip());
        body.put("secretary", secretary.strip());
        ArrayNode list = body.putArray("members");
        members.lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(list::add);
        try {
            nominations.put("/api/v1/councils/{unit}", body, null, unit);
            return "redirect:/councils/" + UriUtils.encodePathSegment(unit, java.nio.charset.StandardCharsets.UTF_8);
        } catch (ServiceProblem p) {
            FormErrors.reject(model, p, response);
            model.addAttribute("form", Map.of("unitCode", unit, "name", name, "chair", chair, "secretary", secretary,
                    "members", members));
            return "council/setup";
        }
    }

    // ------------------------------------------------------------------------------------------ opening

    /**
     * Before opening: the quota guardrails of the year for the council's unit (warnings first), and the
     * appraised dossiers addressed to this very unit, all ticked.
     */
    @GetMapping("/{unit}/sessions/new")
    String newSession(@PathVariable String unit, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? today().getYear() : year;
        return opening(unit, y, null, null, model);
    }

    @PostMapping("/{unit}/sessions")
    String open(@PathVariable String unit, @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) List<String> nominationIds, @RequestParam(required = false) Integer year,
            HttpServletResponse response, Model model) {
        ObjectNode body = Json.mapper().createObjectNode();
        if (!title.isBlank()) {
            body.put("title", title.strip());
        }
        ArrayNode ids = body.putArray("nominationIds");
        List<String> chosen = nominationIds == null ? List.of() : nominationIds;
        chosen.forEach(ids::add);
        try {
            JsonNode session = nominations.post("/api/v1/councils/{unit}/sessions", body, unit);
            return "redirect:/councils/" + enc(unit) + "/sessions/" + enc(session.path("id").asString());
        } catch (ServiceProblem p) {
            FormErrors.reject(model, p, response);
            return opening(unit, year == null ? today().getYear() : year, title, chosen, model);
        }
    }

    private String opening(String unit, int year, String title, List<String> chosen, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("title", title);
        try {
            model.addAttribute("guardrails", Json.view(nominations.get(u -> u.path("/api/v1/nominations/guardrails")
                    .queryParam("unit", unit).queryParam("year", year).build())));
        } catch (ServiceProblem p) {
            if (p.status() == 401) {
                throw p;
            }
            model.addAttribute("guardrailsProblem", FormErrors.of(p));
        }
        List<Map<String, Object>> appraised = new ArrayList<>();
        for (JsonNode n : nominations.get(u -> u.path("/api/v1/nominations").queryParam("addressedTo", unit)
                .queryParam("status", "APPRAISED").queryParam("year", year).queryParam("size", 200).build()).path("items")) {
            if (unit.equals(n.path("addressedTo").asString())) {
                appraised.add(Json.view(n));
            }
        }
        model.addAttribute("appraised", appraised);
        model.addAttribute("chosen", chosen);
        return "council/open";
    }

    // ------------------------------------------------------------------------------------------ a session

    /** The session; after a ballot, {@code voted} (the dossier) and {@code receipt} say it was counted. */
    @GetMapping("/{unit}/sessions/{id}")
    String session(@PathVariable String unit, @PathVariable String id, @RequestParam(required = false) String voted,
            @RequestParam(required = false) String receipt, Model model, Locale locale) {
        if (receipt != null && !receipt.isBlank()) {
            model.addAttribute("receiptCheck", check(unit, id, receipt.strip()));
            model.addAttribute("voted", voted);
        }
        return session(unit, id, model, locale);
    }

    private String session(String unit, String id, Model model, Locale locale) {
        model.addAttribute("s", Json.view(nominations.get("/api/v1/councils/{unit}/sessions/{id}", unit, id)));
        model.addAttribute("choiceOptions", Options.of(messages, locale, "council.choice.", CHOICES, false));
        model.addAttribute("denominatorOptions", Options.of(messages, locale, "council.denominator.", DENOMINATORS, false));
        if (!model.containsAttribute("close")) {
            model.addAttribute("close", Map.of("ruleApplied", "", "threshold", "", "denominator", "TOTAL_MEMBERS"));
        }
        return "council/session";
    }

    /** Relays one ballot; the choice goes nowhere else (see the class comment). */
    @PostMapping("/{unit}/sessions/{id}/ballots")
    String vote(@PathVariable String unit, @PathVariable String id, @RequestParam String nominationId,
            @RequestParam(required = false) String choice, HttpServletResponse response, Model model, Locale locale) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("nominationId", nominationId);
        if (choice != null) {
            body.put("choice", choice);
        }
        try {
            JsonNode counted = nominations.post("/api/v1/councils/{unit}/sessions/{id}/ballots", body, unit, id);
            return "redirect:/councils/" + enc(unit) + "/sessions/" + enc(id) + "?voted=" + enc(nominationId)
                    + "&receipt=" + enc(counted.path("receipt").asString());
        } catch (ServiceProblem p) {
            FormErrors.reject(model, p, response);
            model.addAttribute("refusedFor", nominationId);
            return session(unit, id, model, locale);
        }
    }

    /** Anyone holding a receipt may check that the ballot it stands for is in the count. */
    @GetMapping("/{unit}/sessions/{id}/receipt")
    String receipt(@PathVariable String unit, @PathVariable String id, @RequestParam(defaultValue = "") String receipt,
            Model model, Locale locale) {
        model.addAttribute("receiptCheck", check(unit, id, receipt.strip()));
        return session(unit, id, model, locale);
    }

    private Map<String, Object> check(String unit, String id, String receipt) {
        if (receipt.isEmpty()) {
            return Map.of("receipt", "", "counted", false);
        }
        try {
            JsonNode answer = nominations.get("/api/v1/councils/{unit}/sessions/{id}/ballots/receipts/{receipt}", unit, id, receipt);
            return Map.of("receipt", receipt, "counted", answer.path("counted").asBoolean(false));
        } catch (ServiceProblem p) {
            if (p.status() != 404) {
                throw p;
            }
            return Map.of("receipt", receipt, "counted", false);
        }
    }

    /** Closing: the recorded rule is sent only when given; the service says (422 ruleApplied) when one is needed. */
    @PostMapping("/{unit}/sessions/{id}/close")
    String close(@PathVariable String unit, @PathVariable String id, @RequestParam(defaultValue = "") String ruleApplied,
            @RequestParam(defaultValue = "") String threshold, @RequestParam(defaultValue = "TOTAL_MEMBERS") String denominator,
            HttpServletResponse response, Model model, Locale locale) {
        ObjectNode body = Json.mapper().createObjectNode();
        if (!ruleApplied.isBlank() || !threshold.isBlank()) {
            body.put("ruleApplied", ruleApplied.strip());
            Object share = share(threshold);
            if (share instanceof BigDecimal d) {
                body.put("threshold", d);
            } else if (share != null) {
                body.put("threshold", (String) share);
            }
            body.put("denominator", denominator);
        }
        try {
            nominations.post("/api/v1/councils/{unit}/sessions/{id}/close", body, unit, id);
            return "redirect:/councils/" + enc(unit) + "/sessions/" + enc(id);
        } catch (ServiceProblem p) {
            FormErrors.reject(model, p, response);
            model.addAttribute("close", Map.of("ruleApplied", ruleApplied, "threshold", threshold, "denominator", denominator));
            return session(unit, id, model, locale);
        }
    }

    /**
     * A threshold as typed: "0,9", "0.9" or "90 %" → 0.9; anything else is sent as typed, so the service's
     * 400 names {@code threshold}; blank → none.
     */
    static Object share(String typed) {
        String s = typed == null ? "" : typed.strip();
        if (s.isEmpty()) {
            return null;
        }
        var percent = PERCENT.matcher(s);
        if (percent.matches()) {
            return new BigDecimal(percent.group(1).replace(',', '.')).movePointLeft(2).stripTrailingZeros();
        }
        if (DECIMAL.matcher(s).matches()) {
            return new BigDecimal(s.replace(',', '.'));
        }
        return s;
    }

    /** The minutes (biên bản) as nomination-service writes them, shown as they are; no script may run in them. */
    @GetMapping("/{unit}/sessions/{id}/minutes")
    ResponseEntity<byte[]> minutes(@PathVariable String unit, @PathVariable String id) {
        ResponseEntity<byte[]> html = nominations.download(u -> u.path("/api/v1/councils/{unit}/sessions/{id}/minutes")
                .build(unit, id), MediaType.TEXT_HTML);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8));
        headers.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        headers.set(HttpHeaders.CONTENT_DISPOSITION, "inline");
        headers.setCacheControl("no-store");
        return new ResponseEntity<>(html.getBody(), headers, html.getStatusCode());
    }

    @GetMapping("/{unit}/sessions/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable String unit, @PathVariable String id) {
        ResponseEntity<byte[]> pdf = nominations.download(u -> u.path("/api/v1/councils/{unit}/sessions/{id}/minutes")
                .build(unit, id), MediaType.APPLICATION_PDF);
        return Downloads.relay(pdf, "bien-ban-" + id + ".pdf");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.VIETNAM));
    }

    private static String enc(String s) {
        return UriUtils.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Configuration(proxyBeanMethods = false)
    static class CouncilNavigation {

        @Bean
        NavItem councilsNav() {
            return NavItem.forRoles(45, "nav.councils", "/councils", CurrentUser.ADMINISTRATOR,
                    CurrentUser.EMULATION_OFFICER, CurrentUser.COUNCIL_SECRETARY, CurrentUser.COUNCIL_MEMBER,
                    CurrentUser.UNIT_LEADER);
        }
    }
}
