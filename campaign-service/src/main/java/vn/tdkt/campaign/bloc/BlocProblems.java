package vn.tdkt.campaign.bloc;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A command the bloc's state refuses is a conflict that says why, field by field (the members not yet
 * signed, the scorecards missing); an illegal move also names {@code from}, {@code to} and the
 * {@code allowed} moves. Ordered before the shared problem advice, which handles every other conflict.
 */
@RestControllerAdvice(assignableTypes = BlocController.class)
@Order(0)
class BlocProblems {

    @ExceptionHandler(BlocStateException.class)
    ProblemDetail refused(BlocStateException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        if (e instanceof IllegalBlocMoveException move) {
            problem.setProperty("from", move.from());
            problem.setProperty("to", move.to());
            problem.setProperty("allowed", move.allowed());
        }
        problem.setProperty("errors", e.errors());
        return problem;
    }
}
