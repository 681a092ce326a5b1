package vn.tdkt.support.problem;

import java.util.List;

/** Well-formed input that breaks a domain rule: 422 with the offending fields. */
public class RuleViolationException extends RuntimeException {

    private final List<FieldError> errors;

    public RuleViolationException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
