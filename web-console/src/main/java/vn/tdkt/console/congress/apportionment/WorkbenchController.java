package vn.tdkt.console.congress.apportionment;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
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
import vn.tdkt.console.congress.CongressAccess;
import vn.tdkt.console.congress.Downloads;
import vn.tdkt.console.support.CampaignApi;
import vn.tdkt.console.support.CurrentUser;
import vn.tdkt.console.support.DelegateApi;
import vn.tdkt.console.support.FormErrors;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.ServiceProblem;

/**
 * The apportionment workbench: units and weights typed, pasted or taken from a congress's lower units (by staff,
 * honours or population), a method and bounds → seats, exact quotas, the warnings explained and a chart of quota
 * against seats (POST /api/v1/apportionments, stateless). For a congress, the same question is stored as its
 * allocation of exemplary seats (POST /api/v1/congresses/{id}/allocations); its page shows the current allocation,
 * the earlier ones and the exports.
 */
@Controller
class WorkbenchController {

    private static final Pattern INDEXED = Pattern.compile("^(units|weights)\\[(\\d+)\\]\\.?(.*)$");

    private final DelegateApi delegates;
    private final CampaignApi campaigns;
    private final MessageSource messages;

    WorkbenchController(DelegateApi delegates, CampaignApi campaigns, MessageSource messages) {
        this.delegates = delegates;
        this.campaigns = campaigns;
        this.messages = messages;
    }

    @GetMapping("/apportionment")
    String workbench(@RequestParam(required = false) String congress, @RequestParam(required = false) String basis,
                     Authentication authentication, Model model, Locale locale) {
        WorkbenchForm form = WorkbenchForm.empty();
        if (congress != null && !congress.isBlank()) {
            JsonNode c = delegates.get("/api/v1/congresses/{id}", congress);
            String chosen = basis == null || !WorkbenchForm.BASES.contains(basis) ? "STAFF" : basis;
            form = new WorkbenchForm(c.path("exemplarySeats").asString(""), "WEBSTER", "", "", "", congress, chosen);
            try {
                form = form.withUnits(form.seats(), WeightsText.format(LowerUnits.weights(delegates, campaigns, c, chosen)));
            } catch (ServiceProblem p) {
                if (p.status() == 401) {
                    throw p;
                }
                model.addAttribute("prefillProblem", p.status());
            }
        }
        return page(model, form, CurrentUser.of(authentication));
    }

    @PostMapping("/apportionment")
    String calculate(@ModelAttribute WorkbenchForm form, @RequestParam(defaultValue = "calculate") String action,
                     Authentication authentication, Model model, HttpServletResponse response, Locale locale,
                     RedirectAttributes redirect) {
        WeightsText parsed = WeightsText.parse(form.units());
        if (!parsed.problems().isEmpty()) {
            List<ServiceProblem.FieldProblem> errors = new ArrayList<>();
            for (WeightsText.Problem p : parsed.problems()) {
                errors.add(new ServiceProblem.FieldProblem("units", messages.getMessage("apportionment.line."
                        + p.kind().name(), new Object[] {p.number(), p.text()}, locale)));
            }
            FormErrors.reject(model, new ServiceProblem(null, 400, null, null, errors, null), response);
            return page(model, form, CurrentUser.of(authentication));
        }
        try {
            if ("store".equals(action) && form.forCongress()) {
                delegates.post("/api/v1/congresses/{id}/allocations", allocation(form, parsed), form.congress());
                redirect.addFlashAttribute("congressNotice", "allocation.stored");
                return "redirect:/congresses/" + form.congress() + "/allocation";
            }
            JsonNode result = delegates.post("/api/v1/apportionments", question(form, parsed));
            List<Map<String, Object>> allocations = Json.views(result.path("allocations"));
            model.addAttribute("result", Json.view(result));
            model.addAttribute("chart", QuotaChart.of(allocations));
            model.addAttribute("warnings", Warnings.of(result.path("warnings")));
        } catch (ServiceProblem problem) {
            FormErrors.reject(model, byLine(problem, parsed, locale), response);
        }
        return page(model, form, CurrentUser.of(authentication));
    }

    @GetMapping("/congresses/{id}/allocation")
    String allocation(@PathVariable String id, Authentication authentication, Model model) {
        CurrentUser me = CurrentUser.of(authentication);
        JsonNode congress = delegates.get("/api/v1/congresses/{id}", id);
        model.addAttribute("c", Json.view(congress));
        List<Map<String, Object>> versions = Json.views(delegates.get("/api/v1/congresses/{id}/allocations", id));
        model.addAttribute("versions", versions);
        if (!versions.isEmpty()) {
            Map<String, Object> current = versions.getLast();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> units = (List<Map<String, Object>>) current.get("units");
            model.addAttribute("current", current);
            model.addAttribute("chart", QuotaChart.of(units));
            model.addAttribute("warnings", Warnings.ofStrings(Json.mapper().valueToTree(current.get("warnings"))));
        }
        String organiser = congress.path("organiserUnitCode").asString();
        model.addAttribute("canOrganise", CongressAccess.organises(me, organiser));
        model.addAttribute("bases", WorkbenchForm.BASES);
        return "congress/allocation";
    }

    @GetMapping("/congresses/{id}/allocation/export")
    org.springframework.http.ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam String format) {
        String chosen = Downloads.format(format);
        return Downloads.relay(delegates.download(u -> u.path("/api/v1/congresses/{id}/allocation/export")
                .queryParam("format", chosen).build(id)));
    }

    private String page(Model model, WorkbenchForm form, CurrentUser me) {
        model.addAttribute("form", form);
        model.addAttribute("methods", WorkbenchForm.METHODS);
        model.addAttribute("bases", WorkbenchForm.BASES);
        if (form.forCongress()) {
            JsonNode c = delegates.get("/api/v1/congresses/{id}", form.congress());
            model.addAttribute("congress", Json.view(c));
            model.addAttribute("canStore", CongressAccess.organises(me, c.path("organiserUnitCode").asString()));
        } else {
            model.addAttribute("canStore", false);
        }
        return "congress/workbench";
    }

    static ObjectNode question(WorkbenchForm form, WeightsText parsed) {
        ObjectNode body = Json.mapper().createObjectNode();
        number(body, "seats", form.seats());
        body.put("method", form.method() == null || form.method().isBlank() ? "WEBSTER" : form.method());
        number(body, "minSeatsPerUnit", form.minSeatsPerUnit());
        number(body, "maxSeatsPerUnit", form.maxSeatsPerUnit());
        ArrayNode units = body.putArray("units");
        parsed.lines().forEach(l -> units.addObject().put("code", l.code()).put("weight", l.weight()));
        return body;
    }

    static ObjectNode allocation(WorkbenchForm form, WeightsText parsed) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("method", form.method() == null || form.method().isBlank() ? "WEBSTER" : form.method());
        body.put("basis", form.basis() == null || form.basis().isBlank() ? "MANUAL" : form.basis());
        number(body, "seats", form.seats());
        number(body, "minSeatsPerUnit", form.minSeatsPerUnit());
        number(body, "maxSeatsPerUnit", form.maxSeatsPerUnit());
        if (!form.weightsFromService()) {
            ArrayNode weights = body.putArray("weights");
            parsed.lines().forEach(l -> weights.addObject().put("code", l.code()).put("weight", l.weight()));
        }
        return body;
    }

    /** The service names units[3].weight: the officer reads "line 5", the line of the text that became units[3]. */
    private ServiceProblem byLine(ServiceProblem problem, WeightsText parsed, Locale locale) {
        if (!problem.isInputProblem()) {
            return problem;
        }
        List<ServiceProblem.FieldProblem> errors = new ArrayList<>();
        for (ServiceProblem.FieldProblem e : problem.errors()) {
            Matcher m = INDEXED.matcher(e.field());
            int i = m.matches() ? Integer.parseInt(m.group(2)) : -1;
            if (i >= 0 && i < parsed.lines().size()) {
                WeightsText.Line line = parsed.lines().get(i);
                errors.add(new ServiceProblem.FieldProblem("units", messages.getMessage("apportionment.line.service",
                        new Object[] {line.number(), line.code(), m.group(3), e.message()}, locale)));
            } else {
                errors.add(e.field().equals("weights") ? new ServiceProblem.FieldProblem("units", e.message()) : e);
            }
        }
        return new ServiceProblem(problem.service(), problem.status(), problem.title(), problem.detail(), errors,
                problem.body().orElse(null));
    }

    private static void number(ObjectNode node, String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return;
        }
        try {
            node.put(field, Long.parseLong(typed.strip().replace(".", "").replace(" ", "")));
        } catch (NumberFormatException notWhole) {
            node.put(field, typed.strip()); // the service answers 400 naming the field
        }
    }
}
