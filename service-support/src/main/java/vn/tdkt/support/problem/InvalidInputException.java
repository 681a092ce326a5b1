package vn.tdkt.support.problem;

/** Input a service rejects after binding (e.g. a date range the wrong way round): 400 on one field. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
