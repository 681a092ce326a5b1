package vn.tdkt.console.unit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.tdkt.console.support.Json;

/**
 * The unit form as typed: text only, so that what the user wrote comes back unchanged when the service
 * refuses it, and the service (not the console) says what is wrong with it. Field names are the API's
 * ({@code officer.name} binds to {@code officer}), so its errors land next to the right field.
 */
record UnitForm(String code, String name, String level, String parentCode, String staffCount, String contactEmails,
                Contact officer, Contact leader) {

    record Contact(String name, String title, String email, String phone) {

        static final Contact EMPTY = new Contact("", "", "", "");

        boolean isBlank() {
            return blank(name) && blank(title) && blank(email) && blank(phone);
        }

        static Contact of(JsonNode node) {
            if (node == null || !node.isObject()) {
                return EMPTY;
            }
            return new Contact(node.path("name").asString(""), node.path("title").asString(""),
                    node.path("email").asString(""), node.path("phone").asString(""));
        }
    }

    UnitForm {
        officer = officer == null ? Contact.EMPTY : officer;
        leader = leader == null ? Contact.EMPTY : leader;
    }

    static UnitForm under(String parentCode) {
        return new UnitForm("", "", "COMMUNE", parentCode == null ? "" : parentCode, "", "", Contact.EMPTY, Contact.EMPTY);
    }

    static UnitForm of(JsonNode unit) {
        StringBuilder emails = new StringBuilder();
        for (JsonNode e : unit.path("contactEmails")) {
            emails.append(emails.isEmpty() ? "" : "\n").append(e.asString());
        }
        return new UnitForm(unit.path("code").asString(""), unit.path("name").asString(""), unit.path("level").asString(""),
                unit.path("parentCode").asString(""), unit.path("staffCount").isNumber() ? unit.path("staffCount").asString() : "",
                emails.toString(), Contact.of(unit.path("officer")), Contact.of(unit.path("leader")));
    }

    /** POST /api/v1/units */
    ObjectNode registration() {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("code", code == null ? "" : code.strip());
        body.put("name", name);
        body.put("level", level);
        if (!blank(parentCode)) {
            body.put("parentCode", parentCode.strip());
        }
        details(body);
        return body;
    }

    /** PUT /api/v1/units/{code}: replaces name, staff count, contacts, officer and leader. */
    ObjectNode update() {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("name", name);
        details(body);
        return body;
    }

    private void details(ObjectNode body) {
        if (!blank(staffCount)) {
            String s = staffCount.strip();
            // A number goes as a number; anything else as typed, and the service names staffCount.
            if (s.matches("-?\\d{1,9}")) {
                body.put("staffCount", Integer.parseInt(s));
            } else {
                body.put("staffCount", s);
            }
        }
        var emails = body.putArray("contactEmails");
        emails(contactEmails).forEach(emails::add);
        contact(body, "officer", officer);
        contact(body, "leader", leader);
    }

    private static void contact(ObjectNode body, String field, Contact c) {
        if (c == null || c.isBlank()) {
            return;
        }
        ObjectNode node = body.putObject(field);
        node.put("name", c.name() == null ? "" : c.name().strip());
        for (Map.Entry<String, String> e : Map.of("title", nz(c.title()), "email", nz(c.email()), "phone", nz(c.phone())).entrySet()) {
            if (!e.getValue().isBlank()) {
                node.put(e.getKey(), e.getValue().strip());
            }
        }
    }

    /** One address per line, or separated by commas or semicolons. */
    static List<String> emails(String typed) {
        if (blank(typed)) {
            return List.of();
        }
        return Arrays.stream(typed.split("[\\s,;]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
