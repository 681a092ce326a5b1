package vn.tdkt.console.support;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A service refused a request: its {@code application/problem+json} (docs/rest-contract.md §1) as the
 * console reads it. {@link Forms} shows the field errors next to the fields they name; {@link ProblemAdvice}
 * shows anything else (403, 404, 409, an unreachable service) as a page-level message.
 *
 * @param service the service that answered ({@code campaign}, …; {@code null} for the console itself)
 * @param status the HTTP status, or 503 when the service could not be reached
 * @param body the whole problem object, for extra members such as {@code allowed} of an illegal move
 */
public final class ServiceProblem extends RuntimeException {

    /** One entry of the problem's {@code errors}: a field path such as {@code legalBasis[0].date} or {@code line 3: level}. */
    public record FieldProblem(String field, String message) {
    }

    private final String service;
    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldProblem> errors;
    private final JsonNode body;

    public ServiceProblem(String service, int status, String title, String detail, List<FieldProblem> errors, JsonNode body) {
        super(service + " answered " + status + (detail == null ? "" : ": " + detail));
        this.service = service;
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.body = body;
    }

    /** The service could not be reached at all (connection refused, timeout). */
    static ServiceProblem unreachable(String service, Exception cause) {
        ServiceProblem p = new ServiceProblem(service, 503, "Service Unavailable", null, List.of(), null);
        p.initCause(cause);
        return p;
    }

    public String service() {
        return service;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** The raw problem object, or empty when the service sent none. */
    public Optional<JsonNode> body() {
        return Optional.ofNullable(body);
    }

    /** Bad input (400, 422): the user can correct the form; everything else is a page-level message. */
    public boolean isInputProblem() {
        return status == 400 || status == 422;
    }
}
