package vn.tdkt.console.unit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import vn.tdkt.console.support.CampaignApi;
import vn.tdkt.console.support.CurrentUser;
import vn.tdkt.console.support.FormErrors;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.NavItem;
import vn.tdkt.console.support.ServiceProblem;
import vn.tdkt.console.support.VietnameseText;

/**
 * The unit registry of campaign-service (docs/rest-contract.md §2): the tree with its children loaded on
 * demand, a unit with its contacts, merger and history, registering and editing a unit, a merger, CSV
 * import (per-row errors, upload progress) and export. Anyone signed in reads; writing is for officers,
 * and the service refuses what lies outside their subtree (shown as a page message).
 */
@Controller
class UnitController {

    /** What one search reads at most, page by page: a province's units (Lạng Sơn has a few hundred). */
    static final int SEARCH_LIMIT = 5_000;
    static final List<String> LEVELS = List.of("PROVINCE", "DEPARTMENT", "DISTRICT", "COMMUNE", "OFFICE");

    private final CampaignApi campaigns;
    private final org.springframework.context.MessageSource messages;

    UnitController(CampaignApi campaigns, org.springframework.context.MessageSource messages) {
        this.campaigns = campaigns;
        this.messages = messages;
    }

    @ModelAttribute("levels")
    Map<String, String> levels(java.util.Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        LEVELS.forEach(l -> out.put(l, messages.getMessage("level." + l, null, l, locale)));
        return out;
    }

    // --- the tree and search ------------------------------------------------------------------

    @GetMapping("/units")
    String tree(@RequestParam(required = false) String q, Authentication authentication, Model model) {
        CurrentUser me = CurrentUser.of(authentication);
        model.addAttribute("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            List<Map<String, Object>> found = VietnameseText.search(allUnits(), q,
                    u -> List.of(String.valueOf(u.get("name")), String.valueOf(u.get("code"))));
            model.addAttribute("found", VietnameseText.sorted(found, u -> String.valueOf(u.get("name"))));
            return "unit/tree";
        }
        List<Map<String, Object>> roots = new ArrayList<>();
        if (me.unitCode() != null) {
            roots.add(Json.view(campaigns.get("/api/v1/units/{code}", me.unitCode())));
        } else {
            roots.addAll(allUnits().stream().filter(u -> u.get("parentCode") == null).toList());
        }
        model.addAttribute("roots", roots);
        return "unit/tree";
    }

    /** htmx: the children of a unit, as the {@code <ul>} under it. */
    @GetMapping("/units/{code}/children")
    String children(@PathVariable String code, Model model) {
        model.addAttribute("children", childrenOf(code));
        return "unit/tree :: children";
    }

    // --- one unit -----------------------------------------------------------------------------

    @GetMapping("/units/{code}")
    String unit(@PathVariable String code, Model model) {
        JsonNode unit = campaigns.get("/api/v1/units/{code}", code);
        model.addAttribute("unit", Json.view(unit));
        model.addAttribute("children", childrenOf(code));
        model.addAttribute("history", Json.page(campaigns.get(u -> u.path("/api/v1/units/{code}/history")
                .queryParam("size", 200).build(code))));
        return "unit/unit";
    }

    @GetMapping("/units/new")
    String newUnit(@RequestParam(required = false) String parent, Model model) {
        model.addAttribute("form", UnitForm.under(parent));
        model.addAttribute("editing", false);
        return "unit/form";
    }

    @PostMapping("/units")
    String register(@ModelAttribute("form") UnitForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            JsonNode created = campaigns.post("/api/v1/units", form.registration());
            redirect.addFlashAttribute("notice", "unit.registered");
            redirect.addFlashAttribute("noticeArg", created.path("name").asString());
            return "redirect:/units/" + created.path("code").asString();
        } catch (ServiceProblem problem) {
            FormErrors.reject(model, problem, response);
            model.addAttribute("editing", false);
            return "unit/form";
        }
    }

    @GetMapping("/units/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        model.addAttribute("form", UnitForm.of(campaigns.get("/api/v1/units/{code}", code)));
        model.addAttribute("editing", true);
        return "unit/form";
    }

    @PostMapping("/units/{code}")
    String update(@PathVariable String code, @ModelAttribute("form") UnitForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            JsonNode updated = campaigns.put("/api/v1/units/{code}", form.update(), null, code);
            redirect.addFlashAttribute("notice", "unit.updated");
            redirect.addFlashAttribute("noticeArg", updated.path("name").asString());
            return "redirect:/units/" + code;
        } catch (ServiceProblem problem) {
            FormErrors.reject(model, problem, response);
            model.addAttribute("form", new UnitForm(code, form.name(), form.level(), form.parentCode(), form.staffCount(),
                    form.contactEmails(), form.officer(), form.leader()));
            model.addAttribute("editing", true);
            return "unit/form";
        }
    }

    // --- mergers ------------------------------------------------------------------------------

    record MergerForm(String effectiveDate, String sourceCodes, UnitForm successor) {
    }

    @GetMapping("/units/mergers/new")
    String newMerger(@RequestParam(required = false) String parent, Model model) {
        model.addAttribute("form", new MergerForm("", "", UnitForm.under(parent)));
        return "unit/merger";
    }

    @PostMapping("/units/mergers")
    String merge(@ModelAttribute("form") MergerForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        var body = Json.mapper().createObjectNode();
        body.put("effectiveDate", vn.tdkt.console.support.Formats.isoDate(form.effectiveDate()));
        var sources = body.putArray("sourceCodes");
        UnitForm.emails(form.sourceCodes()).forEach(sources::add); // codes are split like addresses
        UnitForm s = form.successor() == null ? UnitForm.under(null) : form.successor();
        body.set("successor", s.registration());
        try {
            JsonNode merger = campaigns.post("/api/v1/units/mergers", body);
            redirect.addFlashAttribute("notice", "unit.merged");
            redirect.addFlashAttribute("noticeArg", merger.path("successor").path("name").asString());
            return "redirect:/units/" + merger.path("successor").path("code").asString();
        } catch (ServiceProblem problem) {
            FormErrors.reject(model, problem, response);
            return "unit/merger";
        }
    }

    // --- CSV ----------------------------------------------------------------------------------

    @GetMapping("/units/import")
    String importForm(@RequestParam(required = false) String root, Model model) {
        model.addAttribute("root", root == null ? "" : root);
        return "unit/import";
    }

    /**
     * Sends the file to the service as is (UTF-8 CSV); the answer, or the per-row errors of a 422, are shown
     * as the import's result. For htmx (the form with its upload progress) only the result fragment.
     */
    @PostMapping("/units/import")
    String importCsv(@RequestParam(required = false) String root, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam("file") MultipartFile file, @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model, HttpServletResponse response) throws IOException {
        model.addAttribute("root", root == null ? "" : root);
        String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
        try {
            JsonNode result = campaigns.postText(u -> {
                u.path("/api/v1/units/imports").queryParam("dryRun", dryRun);
                if (root != null && !root.isBlank()) {
                    u.queryParam("root", root.strip());
                }
                return u.build();
            }, MediaType.valueOf("text/csv"), csv);
            model.addAttribute("result", Json.view(result));
        } catch (ServiceProblem problem) {
            FormErrors.reject(model, problem, response);
        }
        return htmx != null ? "unit/import :: result" : "unit/import";
    }

    @GetMapping("/units/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String root) {
        ResponseEntity<byte[]> file = campaigns.download(u -> {
            u.path("/api/v1/units/exports");
            if (root != null && !root.isBlank()) {
                u.queryParam("root", root.strip());
            }
            return u.build();
        });
        String name = "don-vi-" + (root == null || root.isBlank() ? "tat-ca" : root.strip()) + ".csv";
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("text/csv; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(file.getBody());
    }

    // ------------------------------------------------------------------------------------------

    /** A unit's children in Vietnamese order of their names. */
    private List<Map<String, Object>> childrenOf(String code) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int page = 0; page < SEARCH_LIMIT / 200; page++) {
            int p = page;
            Json.Page children = Json.page(campaigns.get(u -> u.path("/api/v1/units").queryParam("parentCode", code)
                    .queryParam("size", 200).queryParam("page", p).build()));
            out.addAll(children.items());
            if (!children.hasNext()) {
                break;
            }
        }
        return VietnameseText.sorted(out, u -> String.valueOf(u.get("name")));
    }

    private List<Map<String, Object>> allUnits() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int page = 0; page < SEARCH_LIMIT / 200; page++) {
            int p = page;
            Json.Page units = Json.page(campaigns.get(u -> u.path("/api/v1/units").queryParam("size", 200)
                    .queryParam("page", p).build()));
            out.addAll(units.items());
            if (!units.hasNext()) {
                break;
            }
        }
        return out;
    }

    @Configuration(proxyBeanMethods = false)
    static class UnitNavigation {

        @Bean
        NavItem unitsNav() {
            return NavItem.forEveryone(10, "nav.units", "/units");
        }
    }
}
