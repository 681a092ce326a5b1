package vn.tdkt.console.congress.delegation;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tdkt.console.congress.Downloads;
import vn.tdkt.console.support.DelegateApi;
import vn.tdkt.console.support.Json;

/**
 * The upper congress's roster, for its organising committee: per lower unit its seats, proposed, approved and
 * missing delegates, the list's status and what blocks or warns; the totals; the roster's composition against the
 * policy; the delegates of the approved lists; and the roster and allocation as CSV or Excel.
 */
@Controller
class RosterController {

    private final DelegateApi delegates;

    RosterController(DelegateApi delegates) {
        this.delegates = delegates;
    }

    @GetMapping("/congresses/{id}/roster")
    String roster(@PathVariable String id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("c", Json.view(delegates.get("/api/v1/congresses/{id}", id)));
        model.addAttribute("summary", Json.view(delegates.get("/api/v1/congresses/{id}/roster/summary", id)));
        model.addAttribute("roster", Json.page(delegates.get(u -> u.path("/api/v1/congresses/{id}/roster")
                .queryParam("page", Math.max(0, page)).queryParam("size", 50).build(id))));
        return "congress/roster";
    }

    @GetMapping("/congresses/{id}/roster/export")
    ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam String format) {
        String chosen = Downloads.format(format);
        return Downloads.relay(delegates.download(u -> u.path("/api/v1/congresses/{id}/roster/export")
                .queryParam("format", chosen).build(id)));
    }
}
