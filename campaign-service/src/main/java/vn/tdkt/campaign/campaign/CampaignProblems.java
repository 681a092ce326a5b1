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
}
