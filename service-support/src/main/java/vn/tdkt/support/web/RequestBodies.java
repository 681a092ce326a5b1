package vn.tdkt.support.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;

/**
 * A request body's constraints checked where the controller chooses. {@code @Valid} on a body runs before the
 * controller method, so a caller without the right would learn from a 400 what a valid request looks like before
 * being refused; a controller that asks the {@code Authorizer} first and then calls {@link #valid} answers 403 to
 * such a caller, and the same 400 problem (every field named) to one who may act.
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    /** The body, if it meets its constraints; otherwise a 400 naming every wrong field ({@code targets[0].attribute}). */
    public static <T> T valid(Validator validator, T body) {
        List<FieldError> errors = validator.validate(body).stream()
                .map(v -> new FieldError(path(v), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return body;
    }

    /** {@code agenda[0].<list element>} → {@code agenda[0]}, as Spring names the field of a failed {@code @Valid}. */
    static String path(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
    }
}
