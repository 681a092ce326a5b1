package vn.tdkt.console.congress.apportionment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.tdkt.console.support.CampaignApi;
import vn.tdkt.console.support.DelegateApi;
import vn.tdkt.console.support.Json;

/**
 * The units a congress allocates its seats among, as delegate-service's SeatAllocator takes them: the organisers of
 * the congresses sending delegates to it, or, before any, the active units directly below its organiser; with the
 * weight of the basis chosen, to prefill the workbench. Staff counts come from campaign-service's unit register,
 * honours from the exemplary people delegate-service knows in each unit's subtree; population is the officer's
 * to type. The stored allocation computes STAFF and HONOURS from the service's own data, so a preview and the
 * stored result agree when nothing changed in between.
 */
final class LowerUnits {

    private LowerUnits() {
    }

    static List<String[]> weights(DelegateApi delegates, CampaignApi campaigns, JsonNode congress, String basis) {
        String id = congress.path("id").asString();
        List<String> codes = new ArrayList<>();
        List<Map<String, Object>> lower = Json.page(delegates.get(u -> u.path("/api/v1/congresses")
                .queryParam("upper", id).queryParam("size", 200).build())).items();
        Map<String, Integer> staff = new java.util.HashMap<>();
        for (Map<String, Object> c : lower) {
            if (!"CANCELLED".equals(c.get("status"))) {
                codes.add(String.valueOf(c.get("organiserUnitCode")));
            }
        }
        if (codes.isEmpty()) {
            String organiser = congress.path("organiserUnitCode").asString();
            for (Map<String, Object> unit : Json.page(campaigns.get(u -> u.path("/api/v1/units")
                    .queryParam("parentCode", organiser).queryParam("size", 200).build())).items()) {
                if ("ACTIVE".equals(unit.getOrDefault("status", "ACTIVE"))) {
                    String code = String.valueOf(unit.get("code"));
                    codes.add(code);
                    if (unit.get("staffCount") instanceof Number n) {
                        staff.put(code, n.intValue());
                    }
                }
            }
        }
        List<String[]> out = new ArrayList<>();
        for (String code : codes) {
            String weight = switch (basis) {
                case "STAFF" -> {
                    Integer n = staff.containsKey(code) ? staff.get(code) : staffOf(campaigns, code);
                    yield n == null ? "" : n.toString();
                }
                case "HONOURS" -> String.valueOf(delegates.get(u -> u.path("/api/v1/exemplary-people")
                        .queryParam("unit", code).queryParam("size", 1).build()).path("totalItems").asLong(0));
                default -> "";
            };
            out.add(new String[] {code, weight});
        }
        return out;
    }

    private static Integer staffOf(CampaignApi campaigns, String code) {
        JsonNode unit = campaigns.get("/api/v1/units/{code}", code);
        return unit.hasNonNull("staffCount") ? unit.path("staffCount").asInt() : null;
    }
}
