package vn.tdkt.nomination.eligibility;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.tdkt.nomination.award.AwardCatalogue;

/**
 * A criterion's {@code params} from its pack, read field by field; every problem is reported as
 * {@code file: awards.X.criteria[i].params.name: what is wrong}, and names the rule does not know are problems
 * too (a misspelt parameter must not silently fall back to a default).
 */
final class Params {

    private final Map<String, Object> values;
    private final String where;
    private final List<String> problems;
    private final Set<String> read = new HashSet<>();

    Params(Map<String, Object> values, String where, List<String> problems) {
        this.values = values;
        this.where = where;
        this.problems = problems;
    }

    String award(String name) {
        read.add(name);
        Object value = values.get(name);
        if (!(value instanceof String code) || AwardCatalogue.byCode(code).isEmpty()) {
            problem(name, "must be an award code of the catalogue (was " + value + ")");
            return "?";
        }
        return code;
    }

    int count(String name, int fallback) {
        read.add(name);
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Integer n) || n < 1) {
            problem(name, "must be a whole number of at least 1 (was " + value + ")");
            return fallback;
        }
        return n;
    }

    double share(String name) {
        read.add(name);
        Object value = values.get(name);
        if (!(value instanceof Number n) || n.doubleValue() <= 0 || n.doubleValue() > 1) {
            problem(name, "must be a share above 0 and at most 1, e.g. 0.7 for 70% (was " + value + ")");
            return 1;
        }
        return n.doubleValue();
    }

    boolean flag(String name, boolean fallback) {
        read.add(name);
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean b)) {
            problem(name, "must be true or false (was " + value + ")");
            return fallback;
        }
        return b;
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
        read.add(name);
        Object value = values.get(name);
        if (value == null && fallback != null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, String.valueOf(value).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(name, "must be one of " + List.of(type.getEnumConstants()) + " (was " + value + ")");
            return type.getEnumConstants()[0];
        }
    }

    String oneOf(String name, Set<String> allowed) {
        read.add(name);
        Object value = values.get(name);
        if (!(value instanceof String s) || !allowed.contains(s)) {
            problem(name, "must be one of " + allowed.stream().sorted().toList() + " (was " + value + ")");
            return allowed.iterator().next();
        }
        return s;
    }

    List<String> texts(String name) {
        read.add(name);
        Object value = values.get(name);
        List<String> texts = new ArrayList<>();
        if (value == null) {
            return texts;
        }
        if (!(value instanceof List<?> list)) {
            problem(name, "must be a list of texts");
            return texts;
        }
        for (Object item : list) {
            if (item instanceof String s && !s.isBlank()) {
                texts.add(s);
            } else {
                problem(name, "must be a list of non-blank texts (has " + item + ")");
            }
        }
        return texts;
    }

    /** Reports every parameter the rule did not ask for. */
    void noOthers() {
        values.keySet().stream().filter(key -> !read.contains(key)).sorted()
                .forEach(key -> problem(key, "is not a parameter of this rule (it takes " + read.stream().sorted()
                        .toList() + ")"));
    }

    private void problem(String name, String message) {
        problems.add(where + ".params." + name + ": " + message);
    }
}
