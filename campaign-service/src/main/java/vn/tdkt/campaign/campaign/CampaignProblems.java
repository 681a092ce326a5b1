package vn.tdkt.campaign.campaign;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.tdkt.support.problem.FieldError;

/**
 * An illegal phase move is answered like any conflict, plus {@code from}, {@code to} and
 * {@code allowed} as members, so that a client can offer the moves that are possible.
 * A change the phase no longer allows names the phase, a stale {@code If-Match} names that header.
 * Ordered before the shared problem advice, which handles every other conflict.
 */
@RestControllerAdvice(assignableTypes = CampaignController.class)
@Order(0)
class CampaignProblems {

    @ExceptionHandler(IllegalPhaseMoveException.class)
    ProblemDetail illegalMove(IllegalPhaseMoveException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("from", e.from());
        problem.setProperty("to", e.to());
        problem.setProperty("allowed", e.allowed());
        problem.setProperty("errors", List.of(new FieldError("to", e.allowed().isEmpty()
                ? "no move is allowed from " + e.from()
                : "must be one of " + e.allowed() + " from " + e.from())));
        return problem;
    }

    @ExceptionHandler(CampaignLockedException.class)
    ProblemDetail locked(CampaignLockedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("phase", e.phase());
        problem.setProperty("errors", List.of(new FieldError("phase", "is " + e.phase() + ": "
                + CampaignLockedException.allowedHere(e.phase()))));
        return problem;
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("errors", List.of(new FieldError("If-Match", "is not the stored version")));
        return problem;
    }
}
