package vn.tdkt.console.board;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.tdkt.console.support.ConsoleProperties;
import vn.tdkt.console.support.CurrentUser;
import vn.tdkt.console.support.FormErrors;
import vn.tdkt.console.support.Formats;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.NavItem;
import vn.tdkt.console.support.NominationApi;
import vn.tdkt.console.support.ServiceProblem;

/**
 * The officer's side of the honour board: what the unit has published and withdrawn
 * ({@code GET /api/v1/honour-board/{unit}/entries}), publishing a snapshot of an exemplar or a conferred honour of
 * its subtree with only the fields chosen ({@code POST}), and withdrawing one ({@code DELETE …/entries/{id}}). The
 * sources offered are the subtree's exemplars registered in the last twelve months and its decided dossiers; the
 * service checks that a source is the subtree's and not on the board already.
 */
@Controller
class BoardController {

    /** What a unit may choose to publish beyond the name, title and citation it writes (nomination-service's list). */
    static final List<String> FIELDS = List.of("AWARD", "YEAR", "DECISION", "MONTH", "POSITION", "UNIT", "ACHIEVEMENT", "FIELD");
    static final int SOURCE_MONTHS = 12;

    private final NominationApi nominations;
    private final ConsoleProperties console;
    private final Clock clock;

    BoardController(NominationApi nominations, ConsoleProperties console, Clock clock) {
        this.nominations = nominations;
        this.console = console;
        this.clock = clock;
    }

    /** The form as typed; {@code sourceRef} is {@code EXEMPLAR|<id>} or {@code HONOUR|<id>}, a candidate's value. */
    record PublishForm(String sourceRef, String displayName, String title, String citation, List<String> publishedFields) {

        static PublishForm empty() {
            return new PublishForm("", "", "", "", List.of());
        }
    }

    @GetMapping("/board")
    String mine(Authentication authentication, @RequestParam(required = false) String unit) {
        CurrentUser me = CurrentUser.of(authentication);
        String code = unit != null && !unit.isBlank() ? unit.strip() : me.unitCode();
        if (code == null) {
            return "board/choose";
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/board/{unit}").buildAndExpand(code).encode().toUriString();
    }

    @GetMapping("/board/{unitCode}")
    String entries(@PathVariable String unitCode, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("form", PublishForm.empty());
        show(unitCode, status, page, model);
        return "board/entries";
    }

    @PostMapping("/board/{unitCode}/entries")
    String publish(@PathVariable String unitCode, @RequestParam(defaultValue = "") String sourceRef,
            @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String citation,
            @RequestParam(required = false) List<String> publishedFields, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        List<String> fields = publishedFields == null ? List.of() : publishedFields;
        PublishForm form = new PublishForm(sourceRef, displayName, title, citation, fields);
        int bar = sourceRef.indexOf('|');
        ObjectNode body = Json.mapper().createObjectNode()
                .put("source", bar < 0 ? "" : sourceRef.substring(0, bar))
                .put("sourceId", bar < 0 ? sourceRef : sourceRef.substring(bar + 1))
                .put("displayName", displayName).put("title", title).put("citation", citation);
        fields.forEach(body.putArray("publishedFields")::add);
        if (fields.isEmpty()) {
            body.putArray("publishedFields");
        }
        try {
            JsonNode entry = nominations.post("/api/v1/honour-board/{unit}/entries", body, unitCode);
            redirect.addFlashAttribute("published", entry.path("displayName").asString(displayName));
            return "redirect:" + UriComponentsBuilder.fromPath("/board/{unit}").buildAndExpand(unitCode).encode().toUriString();
        } catch (ServiceProblem p) {
            FormErrors.reject(model, p, response);
            model.addAttribute("form", form);
            show(unitCode, null, 0, model);
            return "board/entries";
        }
    }

    @PostMapping("/board/{unitCode}/entries/{id}/withdrawal")
    String withdraw(@PathVariable String unitCode, @PathVariable String id, RedirectAttributes redirect) {
        JsonNode entry = nominations.delete("/api/v1/honour-board/{unit}/entries/{id}", unitCode, id);
        redirect.addFlashAttribute("withdrawn", entry == null ? id : entry.path("displayName").asString(id));
        return "redirect:" + UriComponentsBuilder.fromPath("/board/{unit}").buildAndExpand(unitCode).encode().toUriString();
    }

    private void show(String unitCode, String status, int page, Model model) {
        model.addAttribute("unitCode", unitCode);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("fields", FIELDS);
        model.addAttribute("links", BoardLinks.of(console.url().toString(), unitCode));
        model.addAttribute("entries", Json.page(nominations.get(u -> {
            u.path("/api/v1/honour-board/{unit}/entries").queryParam("page", Math.max(page, 0)).queryParam("size", 50);
            if (status != null && !status.isBlank()) {
                u.queryParam("status", status);
            }
            return u.build(unitCode);
        })));
        model.addAttribute("candidates", candidates(unitCode, model));
    }

    /**
     * What may be published, as {@code value → label}: the subtree's exemplars of the last months (their id is
     * {@code <office>:<yyyy-MM>#<n>}, the register's line) and the decided dossiers the officer reads. A list that
     * cannot be read is left out with a note; the rest still offers what it has.
     */
    private Map<String, String> candidates(String unitCode, Model model) {
        Map<String, String> out = new LinkedHashMap<>();
        YearMonth now = YearMonth.now(clock.withZone(Formats.VIETNAM));
        List<String> missing = new ArrayList<>();
        try {
            JsonNode book = nominations.get(u -> u.path("/api/v1/exemplars/book").queryParam("unit", unitCode)
                    .queryParam("from", now.minusMonths(SOURCE_MONTHS - 1)).queryParam("to", now)
                    .queryParam("size", 200).build());
            for (JsonNode line : book.path("items")) {
                String month = line.path("month").asString("");
                String id = line.path("unitCode").asString("") + ":" + month + "#" + line.path("no").asString("");
                out.put("EXEMPLAR|" + id, "★ " + line.path("name").asString("") + " – "
                        + (month.length() == 7 ? month.substring(5) + "/" + month.substring(0, 4) : month)
                        + " – " + line.path("unitName").asString(""));
            }
        } catch (ServiceProblem p) {
            rethrowSignIn(p);
            missing.add("exemplars");
        }
        try {
            // This year's and last year's honours (the list has no newest-first order: by year keeps it recent),
            // of people of this unit or below it (a unit's code starts with its parent's): the service refuses
            // any other source anyway.
            for (int year = now.getYear(); year >= now.getYear() - 1; year--) {
                int wanted = year;
                JsonNode decided = nominations.get(u -> u.path("/api/v1/nominations").queryParam("status", "DECIDED")
                        .queryParam("year", wanted).queryParam("size", 200).build());
                for (JsonNode n : decided.path("items")) {
                    String unit = n.path("nomineeUnitCode").asString(n.path("nominatingUnitCode").asString(""));
                    if (unit.equals(unitCode) || unit.startsWith(unitCode + "-")) {
                        out.put("HONOUR|" + n.path("id").asString(""), "✓ " + n.path("nomineeName").asString("")
                                + " – " + n.path("awardName").asString("") + " " + n.path("year").asString(""));
                    }
                }
            }
        } catch (ServiceProblem p) {
            rethrowSignIn(p);
            missing.add("honours");
        }
        model.addAttribute("missingSources", missing);
        return out;
    }

    private static void rethrowSignIn(ServiceProblem p) {
        if (p.status() == 401) {
            throw p;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class BoardNavigation {

        @Bean
        NavItem boardNav() {
            return NavItem.forRoles(75, "nav.board", "/board", CurrentUser.EMULATION_OFFICER, CurrentUser.ADMINISTRATOR);
        }
    }
}
