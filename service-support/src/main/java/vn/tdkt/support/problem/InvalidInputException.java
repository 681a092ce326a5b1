package vn.tdkt.support.problem;

import java.util.List;

/** Input a service rejects after binding (e.g. a date range the wrong way round): 400 naming every field. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(errors.size() == 1 ? errors.getFirst().message() : "The request has invalid fields");
        this.errors = List.copyOf(errors);
    }

    public String field() {
        return errors.getFirst().field();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
