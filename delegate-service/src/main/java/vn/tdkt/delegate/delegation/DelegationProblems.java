package vn.tdkt.delegate.delegation;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.tdkt.support.problem.FieldError;

/**
 * An illegal status move is answered like any conflict, plus {@code from}, {@code to} and {@code allowed}; a change
 * to a list that is not a draft names its status; a list for a congress no longer planned names the congress's
 * status; a stale {@code If-Match} names that header. Ordered before the
 * shared problem advice, which handles every other problem.
 */
@RestControllerAdvice(assignableTypes = DelegateListController.class)
@Order(0)
class DelegationProblems {

    @ExceptionHandler(IllegalListMoveException.class)
    ProblemDetail illegalMove(IllegalListMoveException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("from", e.from());
        problem.setProperty("to", e.to());
        problem.setProperty("allowed", e.allowed());
        problem.setProperty("errors", List.of(new FieldError("status", "is " + e.from() + ": the next may be "
                + e.allowed())));
        return problem;
    }

    @ExceptionHandler(ListLockedException.class)
    ProblemDetail locked(ListLockedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("listStatus", e.status());
        problem.setProperty("errors", List.of(new FieldError("status", "is " + e.status()
                + ": only a DRAFT list changes; reopen it first")));
        return problem;
    }

    @ExceptionHandler(CongressClosedException.class)
    ProblemDetail closed(CongressClosedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("congressStatus", e.congressStatus());
        problem.setProperty("errors", List.of(new FieldError("congressId", "the congress is " + e.congressStatus()
                + ": only a PLANNED congress takes delegate lists")));
        return problem;
    }

    @ExceptionHandler(StaleListException.class)
    ProblemDetail stale(StaleListException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("errors", List.of(new FieldError("If-Match", "is not the stored version")));
        return problem;
    }
}
