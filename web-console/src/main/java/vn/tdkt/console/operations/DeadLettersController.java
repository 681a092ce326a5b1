package vn.tdkt.console.operations;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.tdkt.console.support.CampaignApi;
import vn.tdkt.console.support.DelegateApi;
import vn.tdkt.console.support.FormErrors;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.NominationApi;
import vn.tdkt.console.support.NotificationApi;
import vn.tdkt.console.support.ServiceProblem;

/**
 * Per service, what its consumers gave up on (GET /api/v1/dead-letters) with a replay of one record to its
 * original topic (POST /api/v1/dead-letters/replay; consumers are idempotent, so twice is harmless), and the
 * events its outbox parked because the broker can never take them (GET /api/v1/outbox/parked, read only: the
 * runbook's remedy is a configuration change and a fresh event, docs/operations.md).
 */
@Controller
class DeadLettersController {

    private final OperatedServices services;

    DeadLettersController(CampaignApi campaigns, NominationApi nominations, DelegateApi delegates,
            NotificationApi notifications) {
        this.services = new OperatedServices(campaigns, nominations, delegates, notifications);
    }

    @GetMapping("/operations/dead-letters")
    String deadLetters(@RequestParam(required = false) String service, @RequestParam(defaultValue = "0") int page,
            Model model, HttpServletResponse response) {
        String name = OperatedServices.orDefault(service);
        list(name, "/api/v1/dead-letters", page, model, response);
        return "operations/dead-letters";
    }

    @PostMapping("/operations/dead-letters/replay")
    String replay(@RequestParam String service, @RequestParam String topic, @RequestParam String partition,
            @RequestParam String offset, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String name = OperatedServices.orDefault(service);
        ObjectNode body = Json.mapper().createObjectNode().put("topic", topic);
        // Passed on as typed: the service names a bad partition or offset in its problem.
        body.set("partition", number(partition));
        body.set("offset", number(offset));
        try {
            JsonNode replayed = services.of(name).post("/api/v1/dead-letters/replay", body);
            redirect.addFlashAttribute("replayed", Json.view(replayed));
            return "redirect:" + UriComponentsBuilder.fromPath("/operations/dead-letters").queryParam("service", name)
                    .build().encode().toUriString();
        } catch (ServiceProblem p) {
            FormErrors.reject(model, p, response);
            list(name, "/api/v1/dead-letters", 0, model, null);
            return "operations/dead-letters";
        }
    }

    @GetMapping("/operations/parked")
    String parked(@RequestParam(required = false) String service, @RequestParam(defaultValue = "0") int page,
            Model model, HttpServletResponse response) {
        String name = OperatedServices.orDefault(service);
        list(name, "/api/v1/outbox/parked", page, model, response);
        return "operations/parked";
    }

    /** The page of one service's list; a refusal (Kafka down, the service unreachable) is shown above the tabs. */
    private void list(String name, String path, int page, Model model, HttpServletResponse response) {
        model.addAttribute("service", name);
        model.addAttribute("services", OperatedServices.NAMES);
        try {
            model.addAttribute("records", Json.page(services.of(name).get(u -> u.path(path)
                    .queryParam("page", Math.max(page, 0)).queryParam("size", 50).build())));
        } catch (ServiceProblem p) {
            if (response != null) {
                FormErrors.reject(model, p, response);
            } else {
                model.addAttribute("listProblem", p);
            }
        }
    }

    private static JsonNode number(String typed) {
        String t = typed == null ? "" : typed.strip();
        try {
            return Json.mapper().getNodeFactory().numberNode(Long.parseLong(t));
        } catch (NumberFormatException e) {
            return Json.mapper().getNodeFactory().stringNode(t);
        }
    }
}
