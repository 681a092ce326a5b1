package vn.tdkt.nomination.rulepack;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.tdkt.nomination.award.AwardCatalogue;

/**
 * Reads one rule-pack file (YAML, or JSON, which is YAML too) into a {@link RulePack}, checking every field
 * on the way and collecting every problem as {@code file: field: what is wrong}. Nothing here knows the rule
 * types; the eligibility feature checks rule names and parameters when it compiles the packs.
 */
final class RulePackReader {

    static final Set<String> LEVELS = Set.of("GOVERNMENT", "PRIME_MINISTER", "MINISTRY", "PROVINCE", "DEPARTMENT",
            "DISTRICT", "COMMUNE", "ENTERPRISE", "ARMED_FORCES");
    private static final Set<String> TOP_FIELDS = Set.of("id", "name", "jurisdiction", "extends", "effectiveFrom",
            "effectiveTo", "instruments", "notes", "awards");
    private static final Set<String> AWARD_FIELDS = Set.of("authority", "authorityUnconfirmed", "quota", "criteria");
    private static final Set<String> CRITERION_FIELDS = Set.of("code", "rule", "params", "citation", "unconfirmed");
    private static final Set<String> GRANT_FIELDS = Set.of("level", "by", "citation");
    private static final Set<String> QUOTA_FIELDS = Set.of("maxShare", "of", "citation", "unconfirmed");

    private final String file;
    private final List<String> problems;

    private RulePackReader(String file, List<String> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The pack, or null when it has problems (added to {@code problems}). */
    static RulePack read(String file, byte[] content, List<String> problems) {
        int before = problems.size();
        RulePackReader reader = new RulePackReader(file, problems);
        RulePack pack = reader.parse(content);
        return problems.size() == before ? pack : null;
    }

    private RulePack parse(byte[] content) {
        Object root;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (CharacterCodingException notUtf8) {
            problem("(file)", "is not UTF-8 text");
            return null;
        } catch (RuntimeException unreadable) {
            problem("(file)", "is not valid YAML/JSON: " + firstLine(unreadable.getMessage()));
            return null;
        }
        if (!(root instanceof Map<?, ?> top)) {
            problem("(file)", "must be a mapping with id, name, effectiveFrom, effectiveTo and awards");
            return null;
        }
        unknownFields("", top, TOP_FIELDS);
        String id = text(top, "id", "id", true);
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            problem("id", "must be lower-case letters, digits and '-', e.g. vn-2024 (was '" + id + "')");
        }
        String name = text(top, "name", "name", true);
        String jurisdiction = text(top, "jurisdiction", "jurisdiction", true);
        String base = text(top, "extends", "extends", false);
        LocalDate from = date(top, "effectiveFrom");
        LocalDate to = date(top, "effectiveTo");
        if (from != null && to != null && to.isBefore(from)) {
            problem("effectiveTo", "must not be before effectiveFrom " + from + " (was " + to + ")");
        }
        List<String> instruments = new ArrayList<>();
        Object rawInstruments = top.get("instruments");
        if (rawInstruments instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof String s && !s.isBlank()) {
                    instruments.add(s.strip());
                } else {
                    problem("instruments[" + i + "]", "must be a non-blank text");
                }
            }
        } else if (rawInstruments != null) {
            problem("instruments", "must be a list of texts");
        }
        String notes = text(top, "notes", "notes", false);
        Map<String, RulePack.AwardRules> awards = new LinkedHashMap<>();
        Object rawAwards = top.get("awards");
        if (rawAwards instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String code = String.valueOf(entry.getKey());
                String at = "awards." + code;
                if (AwardCatalogue.byCode(code).isEmpty()) {
                    problem(at, "is not an award code of the catalogue (GET /api/v1/awards)");
                    continue;
                }
                RulePack.AwardRules rules = award(at, code, entry.getValue());
                if (rules != null) {
                    awards.put(code, rules);
                }
            }
        } else {
            problem("awards", rawAwards == null ? "is required" : "must be a mapping from award code to its rules");
        }
        return new RulePack(id, name, jurisdiction, base, from, to, instruments, notes, file, sha256(content), awards);
    }

    private RulePack.AwardRules award(String at, String code, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            problem(at, "must be a mapping with authority, quota and criteria");
            return null;
        }
        unknownFields(at + ".", map, AWARD_FIELDS);
        List<RulePack.Grant> grants = new ArrayList<>();
        Object rawAuthority = map.get("authority");
        if (rawAuthority instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String g = at + ".authority[" + i + "]";
                if (!(list.get(i) instanceof Map<?, ?> grant)) {
                    problem(g, "must be a mapping with level, by and citation");
                    continue;
                }
                unknownFields(g + ".", grant, GRANT_FIELDS);
                String level = text(grant, "level", g + ".level", true);
                if (level != null && !LEVELS.contains(level)) {
                    problem(g + ".level", "must be one of " + LEVELS.stream().sorted().toList() + " (was '" + level + "')");
                }
                grants.add(new RulePack.Grant(level, text(grant, "by", g + ".by", true),
                        text(grant, "citation", g + ".citation", true)));
            }
        } else if (rawAuthority != null) {
            problem(at + ".authority", "must be a list of grants");
        }
        String authorityUnconfirmed = text(map, "authorityUnconfirmed", at + ".authorityUnconfirmed", false);
        RulePack.Quota quota = quota(at + ".quota", map.get("quota"));
        List<RulePack.CriterionSpec> criteria = new ArrayList<>();
        Object rawCriteria = map.get("criteria");
        if (rawCriteria instanceof List<?> list) {
            Set<String> codes = new java.util.HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                RulePack.CriterionSpec spec = criterion(at + ".criteria[" + i + "]", list.get(i));
                if (spec != null && !codes.add(spec.code())) {
                    problem(spec.path() + ".code", "'" + spec.code() + "' appears twice in " + code);
                }
                if (spec != null) {
                    criteria.add(spec);
                }
            }
        } else if (rawCriteria != null) {
            problem(at + ".criteria", "must be a list of criteria");
        }
        return new RulePack.AwardRules(code, grants, authorityUnconfirmed, quota, criteria);
    }

    private RulePack.Quota quota(String at, Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problem(at, "must be a mapping with maxShare, of and citation, or unconfirmed");
            return null;
        }
        unknownFields(at + ".", map, QUOTA_FIELDS);
        String unconfirmed = text(map, "unconfirmed", at + ".unconfirmed", false);
        String citation = text(map, "citation", at + ".citation", unconfirmed == null);
        Double share = null;
        Object rawShare = map.get("maxShare");
        if (rawShare instanceof Number number && number.doubleValue() > 0 && number.doubleValue() <= 1) {
            share = number.doubleValue();
        } else if (rawShare != null || unconfirmed == null) {
            problem(at + ".maxShare", "must be a number above 0 and at most 1 (0.15 = 15%), or give unconfirmed");
        }
        String of = text(map, "of", at + ".of", share != null);
        if (of != null && AwardCatalogue.byCode(of).isEmpty()) {
            problem(at + ".of", "is not an award code of the catalogue");
        }
        return new RulePack.Quota(share, of, citation, unconfirmed);
    }

    private RulePack.CriterionSpec criterion(String at, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            problem(at, "must be a mapping with code, rule, params and citation");
            return null;
        }
        unknownFields(at + ".", map, CRITERION_FIELDS);
        String code = text(map, "code", at + ".code", true);
        if (code != null && !code.matches("[A-Z][A-Z0-9_]{0,63}")) {
            problem(at + ".code", "must be upper-case letters, digits and '_' (was '" + code + "')");
        }
        String unconfirmed = text(map, "unconfirmed", at + ".unconfirmed", false);
        String rule = text(map, "rule", at + ".rule", unconfirmed == null);
        String citation = text(map, "citation", at + ".citation", true);
        Map<String, Object> params = new LinkedHashMap<>();
        Object rawParams = map.get("params");
        if (rawParams instanceof Map<?, ?> p) {
            p.forEach((k, v) -> params.put(String.valueOf(k), v));
        } else if (rawParams != null) {
            problem(at + ".params", "must be a mapping");
        }
        return new RulePack.CriterionSpec(code, rule, params, citation, unconfirmed, at);
    }

    private String text(Map<?, ?> map, String key, String path, boolean required) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                problem(path, "is required");
            }
            return null;
        }
        if (!(value instanceof String s) || s.isBlank()) {
            problem(path, "must be a non-blank text");
            return null;
        }
        return s.strip();
    }

    private LocalDate date(Map<?, ?> map, String key) {
        if (!map.containsKey(key)) {
            problem(key, "is required (a date such as 2024-01-01, or null for an open end)");
            return null;
        }
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            problem(key, "must be a date such as 2024-01-01 (was '" + value + "')");
            return null;
        }
    }

    private void unknownFields(String prefix, Map<?, ?> map, Set<String> known) {
        for (Object key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                problem(prefix + key, "is not a field of a rule pack here (known: " + known.stream().sorted().toList() + ")");
            }
        }
    }

    private void problem(String field, String message) {
        problems.add(file + ": " + field + ": " + message);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
