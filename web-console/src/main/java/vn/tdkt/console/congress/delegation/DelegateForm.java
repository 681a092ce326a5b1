package vn.tdkt.console.congress.delegation;

import tools.jackson.databind.node.ObjectNode;
import vn.tdkt.console.support.Json;

/**
 * One delegate as typed (docs/rest-contract.md §3, the delegate body): by hand, or picked from the unit's exemplary
 * people by {@code exemplaryPersonId} (then the service copies the name, and the position unless one is typed).
 * Blank fields are left out, so that the service names each one missing.
 */
record DelegateForm(String fullName, String birthYear, String gender, String ethnicity, String position,
                    String category, Boolean directProducerOrWorker, Boolean scientist, String sector,
                    String exemplaryPersonId) {

    static final java.util.List<String> GENDERS = java.util.List.of("FEMALE", "MALE");
    static final java.util.List<String> CATEGORIES = java.util.List.of("EXEMPLARY", "GUEST", "LEADER");
    static final java.util.List<String> SECTORS = java.util.List.of("STATE", "COLLECTIVE", "PRIVATE",
            "FOREIGN_INVESTED", "HOUSEHOLD");

    static DelegateForm empty() {
        return new DelegateForm("", "", "", "", "", "EXEMPLARY", false, false, "", "");
    }

    ObjectNode body() {
        ObjectNode body = Json.mapper().createObjectNode();
        text(body, "fullName", fullName);
        if (!blank(birthYear)) {
            try {
                body.put("birthYear", Integer.parseInt(birthYear.strip()));
            } catch (NumberFormatException notAYear) {
                body.put("birthYear", birthYear.strip()); // 400 birthYear from the service
            }
        }
        text(body, "gender", gender);
        text(body, "ethnicity", ethnicity);
        text(body, "position", position);
        text(body, "category", category);
        body.put("directProducerOrWorker", Boolean.TRUE.equals(directProducerOrWorker));
        body.put("scientist", Boolean.TRUE.equals(scientist));
        text(body, "sector", sector);
        text(body, "exemplaryPersonId", exemplaryPersonId);
        return body;
    }

    private static void text(ObjectNode body, String field, String value) {
        if (!blank(value)) {
            body.put(field, value.strip());
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
