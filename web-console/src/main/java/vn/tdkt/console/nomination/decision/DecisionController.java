package vn.tdkt.console.nomination.decision;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.tdkt.console.nomination.Downloads;
import vn.tdkt.console.support.CurrentUser;
import vn.tdkt.console.support.FormErrors;
import vn.tdkt.console.support.Formats;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.NavItem;
import vn.tdkt.console.support.NominationApi;
import vn.tdkt.console.support.ServiceProblem;

/**
 * Decisions (quyết định khen thưởng): a grantor unit confers in one decision the honours of dossiers its
 * council approved; the list of a grantor's decisions, one decision with its honours, and the certificates'
 * data as CSV or Excel (nomination-service writes the files, safe against formula injection).
 */
@Controller
@RequestMapping("/decisions")
class DecisionController {

    private final NominationApi nominations;
    private final Clock clock;

    DecisionController(NominationApi nominations, Clock clock) {
        this.nominations = nominations;
        this.clock = clock;
    }

    @ModelAttribute("canDecide")
    boolean canDecide(Authentication authentication) {
        CurrentUser me = CurrentUser.of(authentication);
        return me != null && me.hasAnyRole(CurrentUser.ADMINISTRATOR, CurrentUser.EMULATION_OFFICER, CurrentUser.UNIT_LEADER);
    }

    /** A grantor's decisions, newest first; the user's own unit unless another is asked. */
    @GetMapping
    String list(@RequestParam(required = false) String grantor, @RequestParam(defaultValue = "0") int page,
            Authentication authentication, Model model) {
        String unit = grantor != null && !grantor.isBlank() ? grantor.strip() : CurrentUser.of(authentication).unitCode();
        model.addAttribute("grantor", unit == null ? "" : unit);
        model.addAttribute("page", Json.page(nominations.get(u -> {
            u.path("/api/v1/decisions").queryParam("page", Math.max(page, 0)).queryParam("size", 20);
            if (unit != null) {
                u.queryParam("grantor", unit);
            }
            return u.build();
        })));
        return "decision/list";
    }

    @GetMapping("/new")
    String create(@RequestParam(required = false) String grantor, Authentication authentication, Model model) {
        String unit = grantor != null && !grantor.isBlank() ? grantor.strip() : CurrentUser.of(authentication).unitCode();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grantorUnitCode", unit == null ? "" : unit);
        form.put("number", "");
        form.put("date", Formats.DATE.format(LocalDate.now(clock.withZone(Formats.VIETNAM))));
        form.put("signer.name", "");
        form.put("signer.title", "");
        return form(model, form, null);
    }

    @PostMapping
    String issue(@RequestParam(defaultValue = "") String grantorUnitCode, @RequestParam(defaultValue = "") String number,
            @RequestParam(defaultValue = "") String date, @RequestParam(name = "signer.name", defaultValue = "") String signerName,
            @RequestParam(name = "signer.title", defaultValue = "") String signerTitle,
            @RequestParam(required = false) List<String> nominationIds, HttpServletResponse response, Model model) {
        List<String> chosen = nominationIds == null ? List.of() : nominationIds;
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("number", number.strip());
        String iso = Formats.isoDate(date);
        if (iso != null) {
            body.put("date", iso);
        }
        ObjectNode signer = body.putObject("signer");
        signer.put("name", signerName.strip());
        signer.put("title", signerTitle.strip());
        body.put("grantorUnitCode", grantorUnitCode.strip());
        ArrayNode ids = body.putArray("nominationIds");
        chosen.forEach(ids::add);
        try {
            JsonNode decision = nominations.post("/api/v1/decisions", body);
            return "redirect:/decisions/" + decision.path("id").asString() + "?done=issued";
        } catch (ServiceProblem p) {
            FormErrors.reject(model, p, response);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("grantorUnitCode", grantorUnitCode);
            form.put("number", number);
            form.put("date", date);
            form.put("signer.name", signerName);
            form.put("signer.title", signerTitle);
            return form(model, form, chosen);
        }
    }

    /** The form with the grantor's approved dossiers addressed to it (ticked unless the user unticked them). */
    private String form(Model model, Map<String, String> form, List<String> chosen) {
        model.addAttribute("form", form);
        model.addAttribute("chosen", chosen);
        String unit = form.get("grantorUnitCode");
        List<Map<String, Object>> approved = new ArrayList<>();
        if (!unit.isBlank()) {
            try {
                for (JsonNode n : nominations.get(u -> u.path("/api/v1/nominations").queryParam("addressedTo", unit)
                        .queryParam("status", "APPROVED").queryParam("size", 200).build()).path("items")) {
                    if (unit.equals(n.path("addressedTo").asString())) {
                        approved.add(Json.view(n));
                    }
                }
            } catch (ServiceProblem p) {
                if (!p.isInputProblem() && p.status() != 403) {
                    throw p;
                }
                if (!((FormErrors) model.getAttribute(FormErrors.ATTRIBUTE)).isPresent()) {
                    model.addAttribute(FormErrors.ATTRIBUTE, FormErrors.of(p));
                }
            }
        }
        model.addAttribute("approved", approved);
        return "decision/form";
    }

    @GetMapping("/{id}")
    String view(@PathVariable String id, @RequestParam(required = false) String done, Model model) {
        model.addAttribute("done", done);
        model.addAttribute("d", Json.view(nominations.get("/api/v1/decisions/{id}", id)));
        return "decision/view";
    }

    @GetMapping("/{id}/certificates")
    ResponseEntity<byte[]> certificates(@PathVariable String id, @RequestParam(defaultValue = "csv") String format) {
        String f = "xlsx".equals(format) ? "xlsx" : "csv";
        return Downloads.relay(nominations.download(u -> u.path("/api/v1/decisions/{id}/certificates")
                .queryParam("format", f).build(id)), "giay-chung-nhan-" + id + "." + f);
    }

    @Configuration(proxyBeanMethods = false)
    static class DecisionNavigation {

        @Bean
        NavItem decisionsNav() {
            return NavItem.forRoles(50, "nav.decisions", "/decisions", CurrentUser.ADMINISTRATOR,
                    CurrentUser.EMULATION_OFFICER, CurrentUser.UNIT_LEADER, CurrentUser.COUNCIL_SECRETARY,
                    CurrentUser.COUNCIL_MEMBER);
        }
    }
}
