package vn.tdkt.console.congress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import vn.tdkt.console.support.CurrentUser;
import vn.tdkt.console.support.DelegateApi;
import vn.tdkt.console.support.Json;

/**
 * The back-scheduled timeline of the congresses below one: the chart (inline SVG, {@link TimelineChart}) and the
 * same data as a table, each document's due day and state, the receipt form for the council that receives them,
 * and the CSV/Excel exports of delegate-service.
 */
@Controller
class TimelineController {

    private final DelegateApi delegates;

    TimelineController(DelegateApi delegates) {
        this.delegates = delegates;
    }

    @GetMapping("/congresses/{id}/timeline")
    String timeline(@PathVariable String id, Authentication authentication, Model model) {
        return page(delegates, id, CurrentUser.of(authentication), model);
    }

    @GetMapping("/congresses/{id}/timeline/export")
    ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam String format) {
        String chosen = Downloads.format(format);
        return Downloads.relay(delegates.download(u -> u.path("/api/v1/congresses/{id}/timeline/export")
                .queryParam("format", chosen).build(id)));
    }

    /** Also the page a refused receipt is shown on again, with its error beside the form. */
    static String page(DelegateApi delegates, String id, CurrentUser me, Model model) {
        JsonNode congress = delegates.get("/api/v1/congresses/{id}", id);
        JsonNode timeline = delegates.get("/api/v1/congresses/{id}/timeline", id);
        model.addAttribute("c", Json.view(congress));
        model.addAttribute("timeline", Json.view(timeline));
        model.addAttribute("chart", TimelineChart.of(timeline));
        List<Map<String, Object>> nodes = Json.views(timeline.path("nodes"));
        List<String> receivable = new ArrayList<>();
        for (Map<String, Object> n : nodes) {
            Object council = n.get("councilUnitCode");
            if (council != null && CongressAccess.organises(me, council.toString())) {
                receivable.add(String.valueOf(n.get("congressId")));
            }
        }
        model.addAttribute("nodes", nodes);
        model.addAttribute("receivable", receivable);
        model.addAttribute("documentKinds", List.of("PLAN", "SCHEDULE", "REPORT", "AGENDA"));
        return "congress/timeline";
    }
}
