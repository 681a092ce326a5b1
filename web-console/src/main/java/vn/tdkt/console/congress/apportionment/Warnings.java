package vn.tdkt.console.congress.apportionment;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * An apportionment's warnings as the screens explain them: the type (whose explanation is the message
 * {@code apportionment.warning.<type>}), the units it names and the service's own sentence. The stateless answer
 * gives objects {type, unitCodes, message}; a stored allocation gives "TYPE: message" strings.
 */
record Warnings(String type, List<String> unitCodes, String message) {

    static List<Warnings> of(JsonNode array) {
        List<Warnings> out = new ArrayList<>();
        for (JsonNode w : array) {
            List<String> units = new ArrayList<>();
            w.path("unitCodes").forEach(u -> units.add(u.asString()));
            out.add(new Warnings(w.path("type").asString(""), units, w.path("message").asString("")));
        }
        return out;
    }

    static List<Warnings> ofStrings(JsonNode array) {
        List<Warnings> out = new ArrayList<>();
        if (array == null) {
            return out;
        }
        for (JsonNode w : array) {
            String s = w.asString("");
            int colon = s.indexOf(':');
            String type = colon > 0 && s.substring(0, colon).matches("[A-Z_]+") ? s.substring(0, colon) : "OTHER";
            out.add(new Warnings(type, List.of(), colon > 0 ? s.substring(colon + 1).strip() : s));
        }
        return out;
    }

    /** The types the messages explain; anything new is shown with the service's sentence only. */
    public boolean known() {
        return List.of("TIE", "ALABAMA_PARADOX", "POPULATION_PARADOX", "NO_WEIGHT").contains(type);
    }
}
