package vn.tdkt.console.nomination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.tdkt.console.support.Json;

/**
 * The dossier form as the user typed it. Its inputs are named by the service's own field paths
 * ({@code nominee.name}, {@code evidence.taskRatings[0].rating}, {@code attachments[1].sha256}), so a refusal
 * lands next to the field it names; this class turns those flat values into the JSON body of
 * {@code POST/PUT /api/v1/nominations}, back from a stored dossier, and into the facts the eligibility
 * explainer takes. Numbers that are not numbers go to the service as typed: its 400 then names the field.
 */
final class NominationForm {

    /** Rows the form always offers, so a user without JavaScript can add ratings, honours and files. */
    static final int RATING_ROWS = 3;
    static final int SPARE_HONOUR_ROWS = 2;
    static final int SPARE_ATTACHMENT_ROWS = 1;
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;\\s]+");

    private final Map<String, String> values;

    private NominationForm(Map<String, String> values) {
        this.values = values;
    }

    static NominationForm of(Map<String, String> values) {
        return new NominationForm(new LinkedHashMap<>(values));
    }

    /** From the posted parameters (first value of each; the CSRF token and buttons are ignored by {@link #body}). */
    static NominationForm of(MultiValueMap<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.getFirst()));
        return new NominationForm(values);
    }

    /** A new dossier of the officer's unit for this year, about a person. */
    static NominationForm blank(String unitCode, int year) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("nominatingUnitCode", unitCode == null ? "" : unitCode);
        v.put("addressedTo", unitCode == null ? "" : unitCode);
        v.put("nominee.kind", "INDIVIDUAL");
        v.put("nominee.unitCode", unitCode == null ? "" : unitCode);
        v.put("basis", "REGULAR");
        v.put("year", Integer.toString(year));
        for (int i = 0; i < RATING_ROWS; i++) {
            v.put("evidence.taskRatings[" + i + "].year", Integer.toString(year - RATING_ROWS + 1 + i));
        }
        return new NominationForm(v);
    }

    /** The form of a stored dossier (GET /api/v1/nominations/{id}), for editing or for the explainer. */
    static NominationForm fromDossier(JsonNode d) {
        Map<String, String> v = new LinkedHashMap<>();
        put(v, "nominatingUnitCode", d.path("nominatingUnitCode"));
        put(v, "addressedTo", d.path("addressedTo"));
        for (String f : List.of("kind", "nomineeId", "name", "position", "unitCode", "gender", "ethnicity", "birthYear", "category")) {
            put(v, "nominee." + f, d.path("nominee").path(f));
        }
        put(v, "award", d.path("award").path("code"));
        put(v, "basis", d.path("basis"));
        put(v, "campaignId", d.path("campaignId"));
        put(v, "year", d.path("year"));
        put(v, "achievements", d.path("achievements"));
        JsonNode e = d.path("evidence");
        int i = 0;
        for (JsonNode r : e.path("taskRatings")) {
            put(v, "evidence.taskRatings[" + i + "].year", r.path("year"));
            put(v, "evidence.taskRatings[" + i++ + "].rating", r.path("rating"));
        }
        i = 0;
        for (JsonNode h : e.path("earlierHonours")) {
            put(v, "evidence.earlierHonours[" + i + "].awardCode", h.path("awardCode"));
            put(v, "evidence.earlierHonours[" + i + "].year", h.path("year"));
            put(v, "evidence.earlierHonours[" + i++ + "].decisionNumber", h.path("decisionNumber"));
        }
        List<String> ids = new ArrayList<>();
        e.path("initiativeIds").forEach(x -> ids.add(x.asString()));
        v.put("evidence.initiativeIds", String.join(", ", ids));
        for (String f : List.of("discipline", "collectiveRating", "members", "membersAdvancedWorkers")) {
            put(v, "evidence." + f, e.path(f));
        }
        i = 0;
        for (JsonNode a : d.path("attachments")) {
            for (String f : List.of("name", "mediaType", "size", "sha256")) {
                put(v, "attachments[" + i + "]." + f, a.path(f));
            }
            i++;
        }
        return new NominationForm(v);
    }

    private static void put(Map<String, String> v, String key, JsonNode node) {
        if (!node.isMissingNode() && !node.isNull()) {
            v.put(key, node.asString());
        }
    }

    /** What the template shows in a field: what was typed, or "". */
    public String get(String name) {
        String s = values.get(name);
        return s == null ? "" : s;
    }

    public boolean isCollective() {
        return "COLLECTIVE".equals(get("nominee.kind"));
    }

    /** Indices of the task-rating rows: those filled in, and at least {@link #RATING_ROWS}. */
    public List<Integer> ratingRows() {
        return rows("evidence.taskRatings", 0, RATING_ROWS);
    }

    public List<Integer> honourRows() {
        return rows("evidence.earlierHonours", SPARE_HONOUR_ROWS, 0);
    }

    public List<Integer> attachmentRows() {
        return rows("attachments", SPARE_ATTACHMENT_ROWS, 0);
    }

    private List<Integer> rows(String prefix, int spare, int atLeast) {
        int used = highestIndex(prefix) + 1;
        int n = Math.max(used + spare, atLeast);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    private int highestIndex(String prefix) {
        int max = -1;
        for (String k : values.keySet()) {
            if (k.startsWith(prefix + "[") && !get(k).isBlank()) {
                int end = k.indexOf(']', prefix.length());
                try {
                    max = Math.max(max, Integer.parseInt(k.substring(prefix.length() + 1, end)));
                } catch (RuntimeException notAnIndex) {
                    // a hand-made parameter: ignored
                }
            }
        }
        return max;
    }

    // ------------------------------------------------------------------------------------------ to the service

    /**
     * The body of POST (with {@code units}: the nominating and addressed units, which PUT leaves out) or PUT.
     * Blank fields are left out: the service then says what is missing, or prefills earlier honours and
     * initiatives from its records.
     */
    ObjectNode body(boolean withUnits) {
        ObjectNode body = Json.mapper().createObjectNode();
        if (withUnits) {
            text(body, "nominatingUnitCode", "nominatingUnitCode");
            text(body, "addressedTo", "addressedTo");
        }
        ObjectNode nominee = body.putObject("nominee");
        boolean collective = isCollective();
        text(nominee, "kind", "nominee.kind");
        text(nominee, "nomineeId", "nominee.nomineeId");
        text(nominee, "name", "nominee.name");
        text(nominee, "unitCode", "nominee.unitCode");
        text(nominee, "category", "nominee.category");
        if (!collective) {
            text(nominee, "position", "nominee.position");
            text(nominee, "gender", "nominee.gender");
            text(nominee, "ethnicity", "nominee.ethnicity");
            number(nominee, "birthYear", "nominee.birthYear");
        }
        text(body, "award", "award");
        text(body, "basis", "basis");
        text(body, "campaignId", "campaignId");
        number(body, "year", "year");
        text(body, "achievements", "achievements");

        ObjectNode evidence = body.putObject("evidence");
        ArrayNode ratings = evidence.putArray("taskRatings");
        for (int i : ratingRows()) {
            String p = "evidence.taskRatings[" + i + "]";
            if (!get(p + ".rating").isBlank()) {
                ObjectNode r = ratings.addObject();
                number(r, "year", p + ".year");
                text(r, "rating", p + ".rating");
            }
        }
        ArrayNode honours = Json.mapper().createArrayNode();
        for (int i : honourRows()) {
            String p = "evidence.earlierHonours[" + i + "]";
            if (!get(p + ".awardCode").isBlank() || !get(p + ".year").isBlank()) {
                ObjectNode h = honours.addObject();
                text(h, "awardCode", p + ".awardCode");
                number(h, "year", p + ".year");
                text(h, "decisionNumber", p + ".decisionNumber");
            }
        }
        if (!honours.isEmpty()) {
            evidence.set("earlierHonours", honours);
        }
        List<String> initiatives = initiativeIds();
        if (!initiatives.isEmpty()) {
            ArrayNode ids = evidence.putArray("initiativeIds");
            initiatives.forEach(ids::add);
        }
        text(evidence, "discipline", "evidence.discipline");
        if (collective) {
            text(evidence, "collectiveRating", "evidence.collectiveRating");
            number(evidence, "members", "evidence.members");
            number(evidence, "membersAdvancedWorkers", "evidence.membersAdvancedWorkers");
        }
        ArrayNode attachments = body.putArray("attachments");
        for (int i : attachmentRows()) {
            String p = "attachments[" + i + "]";
            if (!get(p + ".name").isBlank() || !get(p + ".sha256").isBlank()) {
                ObjectNode a = attachments.addObject();
                text(a, "name", p + ".name");
                text(a, "mediaType", p + ".mediaType");
                number(a, "size", p + ".size");
                text(a, "sha256", p + ".sha256");
            }
        }
        return body;
    }

    /**
     * The question for {@code POST /api/v1/eligibility-checks}: the dossier's facts as the explainer names them
     * (the same the service's appraisal reads: kind, category, the yearly ratings, earlier honours, discipline,
     * a collective's rating and counts), asked on {@code decisionDate}. With {@code withNomineeId} the nominee's
     * recorded honours and initiatives are read too.
     */
    ObjectNode eligibilityQuestion(String decisionDate, boolean withNomineeId) {
        ObjectNode q = Json.mapper().createObjectNode();
        text(q, "award", "award");
        q.put("decisionDate", decisionDate);
        if (withNomineeId) {
            text(q, "nomineeId", "nominee.nomineeId");
        }
        ObjectNode n = q.putObject("nominee");
        text(n, "kind", "nominee.kind");
        text(n, "category", "nominee.category");
        if (isCollective()) {
            number(n, "year", "year");
            text(n, "collectiveRating", "evidence.collectiveRating");
            number(n, "members", "evidence.members");
            number(n, "membersAdvancedWorkers", "evidence.membersAdvancedWorkers");
        } else {
            ArrayNode years = n.putArray("years");
            for (int i : ratingRows()) {
                String p = "evidence.taskRatings[" + i + "]";
                if (!get(p + ".rating").isBlank()) {
                    ObjectNode y = years.addObject();
                    number(y, "year", p + ".year");
                    text(y, "taskRating", p + ".rating");
                }
            }
        }
        ArrayNode awards = Json.mapper().createArrayNode();
        for (int i : honourRows()) {
            String p = "evidence.earlierHonours[" + i + "]";
            if (!get(p + ".awardCode").isBlank()) {
                ObjectNode a = awards.addObject();
                text(a, "form", p + ".awardCode");
                number(a, "achievementYear", p + ".year");
            }
        }
        if (!awards.isEmpty()) {
            n.set("awards", awards);
        }
        if (!get("evidence.discipline").isBlank()) {
            n.putObject("discipline").put("status", get("evidence.discipline"));
        }
        return q;
    }

    List<String> initiativeIds() {
        List<String> out = new ArrayList<>();
        for (String id : LIST_SEPARATORS.split(get("evidence.initiativeIds"))) {
            if (!id.isBlank()) {
                out.add(id);
            }
        }
        return out;
    }

    private void text(ObjectNode target, String field, String name) {
        String s = get(name).strip();
        if (!s.isEmpty()) {
            target.put(field, s);
        }
    }

    private void number(ObjectNode target, String field, String name) {
        String s = get(name).strip();
        if (s.isEmpty()) {
            return;
        }
        if (NUMBER.matcher(s).matches()) {
            long n = Long.parseLong(s);
            if (n == (int) n) {
                target.put(field, (int) n);
            } else {
                target.put(field, n);
            }
        } else {
            target.put(field, s);
        }
    }
}
