package vn.tdkt.nomination.dossier;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.tdkt.support.problem.FieldError;

/**
 * Conflicts of the dossiers answered with what a client needs to act: an illegal move names the state and the
 * moves allowed, a duplicate the other nomination, a stale {@code If-Match} that header. Before the shared advice.
 */
@RestControllerAdvice(assignableTypes = NominationController.class)
@Order(0)
class DossierProblems {

    @ExceptionHandler(IllegalMoveException.class)
    ProblemDetail illegalMove(IllegalMoveException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("state", e.status());
        problem.setProperty("allowed", e.allowed());
        problem.setProperty("errors", List.of(new FieldError("status", "is " + e.status()
                + (e.allowed().isEmpty() ? ": the workflow has ended" : "; allowed now: " + e.allowed()))));
        return problem;
    }

    @ExceptionHandler(DuplicateNominationException.class)
    ProblemDetail duplicate(DuplicateNominationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("conflictingNominationId", e.otherId());
        problem.setProperty("errors", List.of(new FieldError("nominee.nomineeId", "already nominated for this award "
                + "and year in nomination " + e.otherId())));
        return problem;
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("errors", List.of(new FieldError("If-Match", "is not the stored version")));
        return problem;
    }
}
