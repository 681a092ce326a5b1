package vn.tdkt.support.problem;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for every service, with a field-level {@code errors} list. Bad input is
 * always a 4xx naming the field; the MVC exceptions Spring already maps (405, 406, 415, 404 for no
 * handler, …) come from the base class as problem details too. Lowest precedence, so that a
 * service's own advice (with any {@code @Order}) wins for what it handles.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    static final String ERRORS = "errors";

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Object> forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage(),
                e.reasons().stream().map(reason -> new FieldError("authorization", reason)).toList());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), List.of());
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Object> ruleViolation(RuleViolationException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), e.errors());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage(), e.errors());
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicateKey(DuplicateKeyException e) {
        log.debug("Duplicate key", e);
        return problem(HttpStatus.CONFLICT, "A resource with the same identity already exists", List.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentChange(OptimisticLockingFailureException e) {
        log.debug("Concurrent change", e);
        return problem(HttpStatus.CONFLICT,
                "The resource was changed by someone else at the same time; read it again and retry", List.of());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNodes(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields", errors);
    }

    /**
     * Anything else is our fault, not the caller's: a 500 problem without internals. Exceptions that
     * declare their own status with {@code @ResponseStatus} keep it.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        if (declared != null) {
            HttpStatus status = declared.code();
            String reason = declared.reason().isBlank() ? e.getMessage() : declared.reason();
            return problem(status, reason, List.of());
        }
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields", fieldErrors(ex.getBindingResult()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldError error = ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")
                ? new FieldError(JsonPaths.BODY, "A request body is required")
                : JsonPaths.describe(ex);
        return problem(HttpStatus.BAD_REQUEST, "The request body cannot be read: " + error.field() + ": "
                + error.message(), List.of(error));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        Class<?> required = ex.getRequiredType();
        String message = required != null && required.isEnum()
                ? "'" + ex.getValue() + "' is not one of the allowed values: " + enumValues(required)
                : "'" + ex.getValue() + "' is not a valid " + JsonPaths.typeName(required);
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields", List.of(new FieldError(field, message)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "A required parameter is missing",
                List.of(new FieldError(ex.getParameterName(), "Is required")));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field = error instanceof org.springframework.validation.FieldError f ? f.getField() : name;
                errors.add(new FieldError(field, error.getDefaultMessage()));
            }
        });
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields", errors);
    }

    /** Every problem this advice produces carries an {@code errors} list, empty when no field is to blame. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail detail
                && (detail.getProperties() == null || !detail.getProperties().containsKey(ERRORS))) {
            detail.setProperty(ERRORS, ex instanceof BindException bind ? fieldErrors(bind.getBindingResult())
                    : List.of());
        }
        return response;
    }

    private static List<FieldError> fieldErrors(BindingResult result) {
        List<FieldError> errors = new ArrayList<>();
        result.getFieldErrors().forEach(e -> errors.add(new FieldError(e.getField(), e.getDefaultMessage())));
        result.getGlobalErrors().forEach(e -> errors.add(new FieldError(e.getObjectName(), e.getDefaultMessage())));
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    static ResponseEntity<Object> problem(HttpStatus status, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty(ERRORS, errors);
        return ResponseEntity.status(status).body(problem);
    }

    /** {@code create.request.title} (method validation) → {@code title}. */
    private static String lastNodes(String path) {
        String[] parts = path.split("\\.");
        return parts.length <= 2 ? parts[parts.length - 1] : String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
    }

    private static String enumValues(Class<?> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name()).toList());
    }
}
