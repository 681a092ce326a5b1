package vn.tdkt.support.problem;

/** One field-level problem in an {@code errors} list: a JSON path such as {@code legalBasis[0].date}. */
public record FieldError(String field, String message) {
}
