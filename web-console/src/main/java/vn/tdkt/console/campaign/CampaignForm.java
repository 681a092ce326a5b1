package vn.tdkt.console.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.tdkt.console.support.Formats;
import vn.tdkt.console.support.Json;

/**
 * A campaign plan as typed (docs/rest-contract.md §2, POST /api/v1/campaigns). Lists of documents,
 * milestones, tasks and award forms are one entry per line, parts separated by "|", dates dd/MM/yyyy;
 * each line becomes one element of the API's list, so an error on {@code milestones[2].date} is shown at the
 * milestones field as the third line's. Nothing is checked here: the service says what is wrong.
 */
record CampaignForm(String title, String theme, String kind, String organiserUnitCode, String parentCampaignId,
                    String legalBasis, String startDate, String endDate, List<String> recipientUnitCodes,
                    String otherRecipients, String movements, String goals, String criteria, String awardForms,
                    String milestones, String responsibilities, String registrationDeadline, String version) {

    static final String SEPARATOR = "\\s*\\|\\s*";

    CampaignForm {
        recipientUnitCodes = recipientUnitCodes == null ? List.of() : List.copyOf(recipientUnitCodes);
    }

    static CampaignForm draft(String organiser, String parentId) {
        return new CampaignForm("", "", "THEMATIC", organiser == null ? "" : organiser, parentId == null ? "" : parentId,
                "", "", "", List.of(), "", "", "", "", "", "", "", "", "");
    }

    /** A stored campaign back into the form (editing a draft). */
    static CampaignForm of(JsonNode c, String etag) {
        List<String> recipients = new ArrayList<>();
        c.path("recipientUnitCodes").forEach(r -> recipients.add(r.asString()));
        return new CampaignForm(c.path("title").asString(""), c.path("theme").asString(""), c.path("kind").asString(""),
                c.path("organiserUnitCode").asString(""), c.path("parentCampaignId").asString(""),
                lines(c.path("legalBasis"), "number", "date", "issuer"),
                date(c.path("startDate")), date(c.path("endDate")), recipients, "",
                lines(c.path("movements")), lines(c.path("goals")), lines(c.path("criteria")),
                lines(c.path("awardForms"), "name", "grantedBy"), lines(c.path("milestones"), "date", "title"),
                lines(c.path("responsibilities"), "unitCode", "task", "dueDate"), date(c.path("registrationDeadline")),
                etag == null ? "" : etag);
    }

    /** The body of POST /api/v1/campaigns and PUT /api/v1/campaigns/{id}. */
    ObjectNode plan() {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("title", nz(title));
        if (!blank(theme)) {
            body.put("theme", theme.strip());
        }
        body.put("kind", nz(kind));
        body.put("organiserUnitCode", nz(organiserUnitCode).strip());
        if (!blank(parentCampaignId)) {
            body.put("parentCampaignId", parentCampaignId.strip());
        }
        ArrayNode bases = body.putArray("legalBasis");
        for (String[] p : parts(legalBasis)) {
            ObjectNode b = bases.addObject();
            b.put("number", part(p, 0));
            putDate(b, "date", part(p, 1));
            b.put("issuer", part(p, 2));
        }
        putDate(body, "startDate", startDate);
        putDate(body, "endDate", endDate);
        ArrayNode recipients = body.putArray("recipientUnitCodes");
        recipientUnitCodes.forEach(recipients::add);
        splitCodes(otherRecipients).stream().filter(c -> !recipientUnitCodes.contains(c)).forEach(recipients::add);
        strings(body.putArray("movements"), movements);
        strings(body.putArray("goals"), goals);
        strings(body.putArray("criteria"), criteria);
        ArrayNode forms = body.putArray("awardForms");
        for (String[] p : parts(awardForms)) {
            ObjectNode f = forms.addObject();
            f.put("name", part(p, 0));
            if (!part(p, 1).isEmpty()) {
                f.put("grantedBy", part(p, 1));
            }
        }
        ArrayNode ms = body.putArray("milestones");
        for (String[] p : parts(milestones)) {
            ObjectNode m = ms.addObject();
            putDate(m, "date", part(p, 0));
            m.put("title", part(p, 1));
        }
        ArrayNode tasks = body.putArray("responsibilities");
        for (String[] p : parts(responsibilities)) {
            ObjectNode t = tasks.addObject();
            t.put("unitCode", part(p, 0));
            t.put("task", part(p, 1));
            if (!part(p, 2).isEmpty()) {
                putDate(t, "dueDate", part(p, 2));
            }
        }
        if (!blank(registrationDeadline)) {
            putDate(body, "registrationDeadline", registrationDeadline);
        }
        return body;
    }

    static List<String> splitCodes(String typed) {
        if (blank(typed)) {
            return List.of();
        }
        return Arrays.stream(typed.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }

    private static void putDate(ObjectNode node, String field, String typed) {
        String iso = Formats.isoDate(typed);
        if (iso == null) {
            node.putNull(field);
        } else {
            node.put(field, iso);
        }
    }

    private static void strings(ArrayNode array, String typed) {
        for (String line : nonBlankLines(typed)) {
            array.add(line);
        }
    }

    private static List<String[]> parts(String typed) {
        return nonBlankLines(typed).stream().map(l -> l.split(SEPARATOR, -1)).toList();
    }

    private static List<String> nonBlankLines(String typed) {
        if (blank(typed)) {
            return List.of();
        }
        return typed.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String part(String[] parts, int i) {
        return i < parts.length ? parts[i].strip() : "";
    }

    private static String lines(JsonNode array, String... fields) {
        StringBuilder out = new StringBuilder();
        for (JsonNode e : array) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            if (fields.length == 0) {
                out.append(e.asString());
                continue;
            }
            List<String> values = new ArrayList<>();
            for (String f : fields) {
                JsonNode v = e.path(f);
                String s = v.isNull() || v.isMissingNode() ? "" : v.asString();
                values.add(f.toLowerCase().contains("date") ? formatDate(s) : s);
            }
            while (!values.isEmpty() && values.getLast().isEmpty()) {
                values.removeLast();
            }
            out.append(String.join(" | ", values));
        }
        return out.toString();
    }

    private static String date(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? "" : formatDate(node.asString());
    }

    private static String formatDate(String iso) {
        return iso.isEmpty() ? "" : new Formats().date(iso);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
