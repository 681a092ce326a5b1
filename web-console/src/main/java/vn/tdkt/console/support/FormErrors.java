package vn.tdkt.console.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.ui.Model;

/**
 * A refused form, ready for the templates (templates/fragments/forms.html): each field's message next to
 * the field (aria-invalid, aria-describedby), every message in an error summary (role="alert") that links
 * to the fields, and a page-level message for what no field is to blame for (403, 404, 409, unreachable).
 * Always present in the model as {@code formErrors} (empty when nothing was refused), so templates need no null checks.
 */
public final class FormErrors {

    public static final String ATTRIBUTE = "formErrors";
    private static final FormErrors NONE = new FormErrors(null);

    private final ServiceProblem problem;

    private FormErrors(ServiceProblem problem) {
        this.problem = problem;
    }

    public static FormErrors none() {
        return NONE;
    }

    public static FormErrors of(ServiceProblem problem) {
        return new FormErrors(problem);
    }

    /**
     * The one call a controller makes when a service refuses a form: puts the errors in the model and
     * sets the status the page is answered with, so that re-rendering the form with what the user typed
     * is all that is left to do. Rethrows a 401 (sign in again), which no form can fix.
     */
    public static void reject(Model model, ServiceProblem problem, jakarta.servlet.http.HttpServletResponse response) {
        if (problem.status() == 401) {
            throw problem;
        }
        model.addAttribute(ATTRIBUTE, of(problem));
        response.setStatus(problem.isInputProblem() ? 422 : problem.status());
    }

    public boolean isPresent() {
        return problem != null;
    }

    public ServiceProblem getProblem() {
        return problem;
    }

    /** The status, so the page can pick its message (problem.403 …); 0 when nothing was refused. */
    public int getStatus() {
        return problem == null ? 0 : problem.status();
    }

    /** What the service said when no field is named (its detail), or null. */
    public String getDetail() {
        return problem == null ? null : problem.detail();
    }

    /** True for the field itself and anything below it: {@code legalBasis} has {@code legalBasis[0].date}. */
    public boolean has(String field) {
        return !messages(field).isEmpty();
    }

    /** Every message for the field and the paths below it, joined. */
    public String message(String field) {
        return String.join("; ", messages(field));
    }

    public List<String> messages(String field) {
        List<String> out = new ArrayList<>();
        if (problem != null) {
            for (ServiceProblem.FieldProblem e : problem.errors()) {
                if (covers(field, e.field())) {
                    // A path below the field (legalBasis[0].date for legalBasis) says which entry is meant.
                    out.add(e.field().equals(field) ? e.message() : e.field().substring(field.length()) + ": " + e.message());
                }
            }
        }
        return out;
    }

    public List<ServiceProblem.FieldProblem> getAll() {
        return problem == null ? List.of() : problem.errors();
    }

    /** The id of a field's input ({@code f-legalBasis-0-date}); the error summary links to it. */
    public String id(String field) {
        return idOf(field);
    }

    /** The id of a field's message, for aria-describedby. */
    public String errorId(String field) {
        return idOf(field) + "-error";
    }

    public static String idOf(String field) {
        return "f-" + field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
    }

    static boolean covers(String field, String named) {
        return named.equals(field) || named.startsWith(field + "[") || named.startsWith(field + ".");
    }
}
