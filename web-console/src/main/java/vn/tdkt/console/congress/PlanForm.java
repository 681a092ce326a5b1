package vn.tdkt.console.congress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.tdkt.console.support.Formats;
import vn.tdkt.console.support.Json;

/**
 * A congress plan as typed (docs/rest-contract.md §3, POST /api/v1/congresses): the date dd/MM/yyyy, the agenda one
 * item per line (empty: seed 002's programme, the service's default), the composition targets as percentages of
 * the five attributes (empty: no target). Numbers that are not numbers go to the service as typed, so that it
 * names the field; nothing is checked here.
 */
record PlanForm(String organiserUnitCode, String title, String date, String form, String maxDelegates,
                String exemplaryPercent, String women, String ethnicMinority, String directProducerOrWorker,
                String scientist, String nonStateSector, String agenda, String upperCongressId, Boolean pilot,
                String overrideReason) {

    /** The attributes of a composition target, in the order of the form (DelegateAttribute in delegate-service). */
    static final List<String> ATTRIBUTES = List.of("WOMEN", "ETHNIC_MINORITY", "DIRECT_PRODUCER_OR_WORKER", "SCIENTIST",
            "NON_STATE_SECTOR");

    static PlanForm empty(String organiser, String upper) {
        return new PlanForm(organiser == null ? "" : organiser, "", "", "", "", "", "", "", "", "", "", "",
                upper == null ? "" : upper, false, "");
    }

    /** The target percentages as typed, by attribute. */
    Map<String, String> targets() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("WOMEN", women);
        out.put("ETHNIC_MINORITY", ethnicMinority);
        out.put("DIRECT_PRODUCER_OR_WORKER", directProducerOrWorker);
        out.put("SCIENTIST", scientist);
        out.put("NON_STATE_SECTOR", nonStateSector);
        return out;
    }

    ObjectNode body() {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("organiserUnitCode", nz(organiserUnitCode));
        body.put("title", nz(title));
        body.put("date", Formats.isoDate(date));
        if (!blank(form)) {
            body.put("form", form.strip());
        }
        number(body, "maxDelegates", maxDelegates);
        ObjectNode policy = policy();
        if (policy != null) {
            body.set("policy", policy);
        }
        List<String> items = lines(agenda);
        if (!items.isEmpty()) {
            ArrayNode a = body.putArray("agenda");
            items.forEach(a::add);
        }
        if (!blank(upperCongressId)) {
            body.put("upperCongressId", upperCongressId.strip());
        }
        if (Boolean.TRUE.equals(pilot)) {
            body.put("pilot", true);
        }
        if (!blank(overrideReason)) {
            body.put("overrideReason", overrideReason.strip());
        }
        return body;
    }

    /** The policy when anything of it was typed; the exemplary share then defaults to the plan's 70 %. */
    private ObjectNode policy() {
        boolean anyTarget = targets().values().stream().anyMatch(v -> !blank(v));
        if (blank(exemplaryPercent) && !anyTarget) {
            return null;
        }
        ObjectNode policy = Json.mapper().createObjectNode();
        number(policy, "exemplaryPercent", blank(exemplaryPercent) ? "70" : exemplaryPercent);
        ArrayNode targets = policy.putArray("targets");
        targets().forEach((attribute, percent) -> {
            if (!blank(percent)) {
                ObjectNode t = targets.addObject();
                t.put("attribute", attribute);
                number(t, "minimumPercent", percent);
            }
        });
        return policy;
    }

    static void number(ObjectNode node, String field, String typed) {
        if (blank(typed)) {
            return;
        }
        String s = typed.strip();
        try {
            node.put(field, new BigDecimal(s).intValueExact());
        } catch (ArithmeticException | NumberFormatException notWhole) {
            node.put(field, s); // the service answers 400 naming the field
        }
    }

    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
