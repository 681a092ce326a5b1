package vn.tdkt.console.bloc;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.tdkt.console.support.CampaignApi;
import vn.tdkt.console.support.CurrentUser;
import vn.tdkt.console.support.FormErrors;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.NavItem;
import vn.tdkt.console.support.ServiceProblem;

/**
 * Emulation blocs (khối, cụm thi đua) of campaign-service (docs/rest-contract.md §2, design.md §4.3): the
 * blocs of a year, a bloc with its covenant and signatures, its phase moved, scorecards entered criterion by
 * criterion, and the ranking with every tie and how it was broken (or left undecided).
 */
@Controller
class BlocController {

    private final CampaignApi campaigns;

    BlocController(CampaignApi campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/blocs")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String member,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("year", year == null ? "" : year.toString());
        model.addAttribute("member", member == null ? "" : member);
        model.addAttribute("blocs", Json.page(campaigns.get(u -> {
            u.path("/api/v1/blocs").queryParam("page", page).queryParam("size", 50);
            if (year != null) {
                u.queryParam("year", year);
            }
            if (member != null && !member.isBlank()) {
                u.queryParam("memberUnitCode", member.strip());
            }
            return u.build();
        })));
        return "bloc/list";
    }

    // --- a new bloc ---------------------------------------------------------------------------

    record BlocForm(String name, String year, String organiserUnitCode, String memberUnitCodes, String leaderUnitCode,
                    String deputyUnitCode, String criteria, String flagCount, String commendationCount) {
    }

    @GetMapping("/blocs/new")
    String newBloc(Authentication authentication, Model model) {
        CurrentUser me = CurrentUser.of(authentication);
        model.addAttribute("form", new BlocForm("", "", me.unitCode() == null ? "" : me.unitCode(), "", "", "", "", "1", "1"));
        return "bloc/form";
    }

    @PostMapping("/blocs")
    String create(@ModelAttribute("form") BlocForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("name", form.name());
        number(body, "year", form.year());
        body.put("organiserUnitCode", nz(form.organiserUnitCode()).strip());
        ArrayNode members = body.putArray("memberUnitCodes");
        codes(form.memberUnitCodes()).forEach(members::add);
        if (!blank(form.leaderUnitCode())) {
            body.put("leaderUnitCode", form.leaderUnitCode().strip());
        }
        if (!blank(form.deputyUnitCode())) {
            body.put("deputyUnitCode", form.deputyUnitCode().strip());
        }
        if (!blank(form.criteria())) {
            body.set("criteria", criteria(form.criteria()));
        }
        ObjectNode awards = body.putObject("awards");
        number(awards, "flagCount", form.flagCount());
        number(awards, "commendationCount", form.commendationCount());
        try {
            JsonNode created = campaigns.post("/api/v1/blocs", body);
            redirect.addFlashAttribute("notice", "bloc.created");
            redirect.addFlashAttribute("noticeArg", created.path("name").asString());
            return "redirect:/blocs/" + created.path("id").asString();
        } catch (ServiceProblem problem) {
            FormErrors.reject(model, problem, response);
            return "bloc/form";
        }
    }

    // --- one bloc: covenant, signatures, phases ------------------------------------------------

    @GetMapping("/blocs/{id}")
    String bloc(@PathVariable String id, Model model) {
        Map<String, Object> bloc = Json.view(campaigns.get("/api/v1/blocs/{id}", id));
        model.addAttribute("b", bloc);
        if (!model.containsAttribute("covenant")) {
            model.addAttribute("covenant", covenantText(campaigns.get("/api/v1/blocs/{id}", id).path("criteria")));
        }
        return "bloc/bloc";
    }

    @PostMapping("/blocs/{id}/transitions")
    String move(@PathVariable String id, @RequestParam String to, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return command(id, "/api/v1/blocs/{id}/transitions", Json.mapper().createObjectNode().put("to", to),
                "bloc.moved." + to, model, response, redirect);
    }

    @PostMapping("/blocs/{id}/signatures")
    String sign(@PathVariable String id, @RequestParam String unitCode, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return command(id, "/api/v1/blocs/{id}/signatures", Json.mapper().createObjectNode().put("unitCode", unitCode),
                "bloc.signed", model, response, redirect);
    }

    @PostMapping("/blocs/{id}/publication")
    String publish(@PathVariable String id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            campaigns.post("/api/v1/blocs/{id}/publication", null, id);
            redirect.addFlashAttribute("notice", "bloc.published");
            redirect.addFlashAttribute("noticeArg", "");
            return "redirect:/blocs/" + id + "/ranking";
        } catch (ServiceProblem problem) {
            FormErrors.reject(model, problem, response);
            return bloc(id, model);
        }
    }

    /** The covenant's criteria, one per line: code | title | group | maximum points. */
    @PostMapping("/blocs/{id}/covenant")
    String covenant(@PathVariable String id, @RequestParam(defaultValue = "") String criteria, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.set("criteria", criteria(criteria));
        try {
            campaigns.put("/api/v1/blocs/{id}/covenant", body, null, id);
            redirect.addFlashAttribute("notice", "bloc.covenantSaved");
            redirect.addFlashAttribute("noticeArg", "");
            return "redirect:/blocs/" + id;
        } catch (ServiceProblem problem) {
            FormErrors.reject(model, problem, response);
            model.addAttribute("covenant", criteria);
            return bloc(id, model);
        }
    }

    private String command(String id, String path, ObjectNode body, String notice, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            campaigns.post(path, body, id);
            redirect.addFlashAttribute("notice", notice);
            redirect.addFlashAttribute("noticeArg", body.path("unitCode").asString(""));
            return "redirect:/blocs/" + id;
        } catch (ServiceProblem problem) {
            FormErrors.reject(model, problem, response);
            return bloc(id, model);
        }
    }

    // --- scorecards ---------------------------------------------------------------------------

    @GetMapping("/blocs/{id}/scorecards/new")
    String scorecardForm(@PathVariable String id, @RequestParam(required = false) String scorer,
            @RequestParam(required = false) String subject, Authentication authentication, Model model) {
        CurrentUser me = CurrentUser.of(authentication);
        model.addAttribute("b", Json.view(campaigns.get("/api/v1/blocs/{id}", id)));
        model.addAttribute("scorer", scorer != null ? scorer : me.unitCode() == null ? "" : me.unitCode());
        model.addAttribute("subject", subject == null ? "" : subject);
        model.addAttribute("points", Map.of());
        return "bloc/scorecard";
    }

    /** Points come as {@code points[<criterion>]}; sent as numbers, or as typed so the service names the bad one. */
    @PostMapping("/blocs/{id}/scorecards")
    String score(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        JsonNode bloc = campaigns.get("/api/v1/blocs/{id}", id);
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("scorerUnitCode", nz(params.get("scorerUnitCode")).strip());
        body.put("subjectUnitCode", nz(params.get("subjectUnitCode")).strip());
        ArrayNode scores = body.putArray("scores");
        Map<String, String> typed = new java.util.LinkedHashMap<>();
        for (JsonNode c : bloc.path("criteria")) {
            String code = c.path("code").asString();
            String points = nz(params.get("points[" + code + "]")).strip().replace(',', '.');
            typed.put(code, points);
            ObjectNode s = scores.addObject().put("criterion", code);
            if (points.matches("\\d{1,6}(\\.\\d+)?")) {
                s.put("points", new java.math.BigDecimal(points));
            } else {
                s.put("points", points);
            }
        }
        try {
            JsonNode card = campaigns.post("/api/v1/blocs/{id}/scorecards", body, id);
            redirect.addFlashAttribute("notice", "bloc.scored");
            redirect.addFlashAttribute("noticeArg", card.path("total").asString());
            return "redirect:/blocs/" + id + "/ranking";
        } catch (ServiceProblem problem) {
            FormErrors.reject(model, problem, response);
            model.addAttribute("b", Json.view(bloc));
            model.addAttribute("scorer", params.get("scorerUnitCode"));
            model.addAttribute("subject", params.get("subjectUnitCode"));
            model.addAttribute("points", typed);
            return "bloc/scorecard";
        }
    }

    // --- ranking --------------------------------------------------------------------------------

    @GetMapping("/blocs/{id}/ranking")
    String ranking(@PathVariable String id, Model model) {
        model.addAttribute("b", Json.view(campaigns.get("/api/v1/blocs/{id}", id)));
        model.addAttribute("r", Json.view(campaigns.get("/api/v1/blocs/{id}/ranking", id)));
        return "bloc/ranking";
    }

    // ------------------------------------------------------------------------------------------

    static ArrayNode criteria(String typed) {
        ArrayNode out = Json.mapper().createArrayNode();
        for (String line : typed.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            String[] p = line.split("\\s*\\|\\s*", -1);
            ObjectNode c = out.addObject();
            c.put("code", p[0].strip());
            c.put("title", p.length > 1 ? p[1].strip() : "");
            if (p.length > 3 && !p[2].isBlank()) {
                c.put("group", p[2].strip());
            }
            number(c, "maxPoints", p.length > 3 ? p[3] : p.length > 2 ? p[2] : "");
        }
        return out;
    }

    static String covenantText(JsonNode criteria) {
        List<String> lines = new ArrayList<>();
        for (JsonNode c : criteria) {
            lines.add(c.path("code").asString() + " | " + c.path("title").asString() + " | "
                    + c.path("group").asString("") + " | " + c.path("maxPoints").asString());
        }
        return String.join("\n", lines);
    }

    private static void number(ObjectNode node, String field, String typed) {
        String s = nz(typed).strip().replace(',', '.');
        if (s.isEmpty()) {
            return;
        }
        if (s.matches("-?\\d{1,9}")) {
            node.put(field, Integer.parseInt(s));
        } else if (s.matches("-?\\d{1,9}\\.\\d+")) {
            node.put(field, new java.math.BigDecimal(s));
        } else {
            node.put(field, s);
        }
    }

    private static List<String> codes(String typed) {
        return blank(typed) ? List.of() : Arrays.stream(typed.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Configuration(proxyBeanMethods = false)
    static class BlocNavigation {

        @Bean
        NavItem blocsNav() {
            return NavItem.forEveryone(30, "nav.blocs", "/blocs");
        }
    }
}
