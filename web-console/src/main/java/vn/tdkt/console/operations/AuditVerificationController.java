package vn.tdkt.console.operations;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tdkt.console.support.CampaignApi;
import vn.tdkt.console.support.DelegateApi;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.NominationApi;
import vn.tdkt.console.support.NotificationApi;
import vn.tdkt.console.support.ServiceProblem;

/**
 * Verifying each service's audit chain (GET /api/v1/audit/verification, what {@code ./tdkt audit-verify} asks):
 * intact with the number of records and the head hash to keep with the backups, or the first broken record and
 * why. A verification walks the whole trail, so it runs when asked: one service (its row, by htmx) or all.
 */
@Controller
class AuditVerificationController {

    private final OperatedServices services;

    AuditVerificationController(CampaignApi campaigns, NominationApi nominations, DelegateApi delegates,
            NotificationApi notifications) {
        this.services = new OperatedServices(campaigns, nominations, delegates, notifications);
    }

    /**
     * One service's verification as the page shows it.
     *
     * @param result the service's {@code {intact, checked, firstBrokenSeq, reason, headHash}}, or null when not run
     * @param problem why it could not be asked, or null
     */
    record Check(String service, Map<String, Object> result, ServiceProblem problem) {

        public boolean isRun() {
            return result != null || problem != null;
        }

        public boolean isIntact() {
            return result != null && Boolean.TRUE.equals(result.get("intact"));
        }

        public boolean isBroken() {
            return result != null && !isIntact();
        }
    }

    /** {@code ?service=all} verifies every service; {@code ?service=x} one; nothing, none yet. */
    @GetMapping("/operations/audit")
    String audit(@RequestParam(required = false) String service, Model model) {
        List<Check> checks = new ArrayList<>();
        for (String name : OperatedServices.NAMES) {
            boolean run = "all".equals(service) || name.equals(service);
            checks.add(run ? verify(name) : new Check(name, null, null));
        }
        model.addAttribute("checks", checks);
        model.addAttribute("anyBroken", checks.stream().anyMatch(Check::isBroken));
        return "operations/audit";
    }

    /** One row, for htmx; without htmx the whole page with that row run. */
    @GetMapping("/operations/audit/{service}")
    String one(@PathVariable String service, Model model, HttpServletRequest request) {
        if (request.getHeader("HX-Request") == null) {
            return audit(service, model);
        }
        services.of(service);
        model.addAttribute("c", verify(service));
        return "operations/audit :: row";
    }

    private Check verify(String name) {
        try {
            return new Check(name, Json.view(services.of(name).get("/api/v1/audit/verification")), null);
        } catch (ServiceProblem p) {
            if (p.status() == 401) {
                throw p;
            }
            return new Check(name, null, p);
        }
    }
}
