package vn.tdkt.nomination.rulepack;

import java.util.List;

/**
 * A rule pack that cannot be used: thrown at start-up, so the service does not start with a pack that would
 * answer wrongly. The message names every problem as {@code file: field: what is wrong}.
 */
public class InvalidRulePackException extends IllegalStateException {

    private final List<String> problems;

    public InvalidRulePackException(List<String> problems) {
        super("Invalid rule pack(s), the service cannot start:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
