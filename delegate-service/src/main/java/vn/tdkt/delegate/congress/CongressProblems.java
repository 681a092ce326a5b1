package vn.tdkt.delegate.congress;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.tdkt.support.problem.FieldError;

/** A second congress of a unit below the same upper congress names the first. Before the shared problem advice. */
@RestControllerAdvice(assignableTypes = CongressController.class)
@Order(0)
class CongressProblems {

    @ExceptionHandler(DuplicateCongressException.class)
    ProblemDetail duplicate(DuplicateCongressException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("existingCongressId", e.existingCongressId());
        problem.setProperty("errors", List.of(new FieldError("organiserUnitCode", "already organises congress "
                + e.existingCongressId() + " below the same upper congress")));
        return problem;
    }
}
