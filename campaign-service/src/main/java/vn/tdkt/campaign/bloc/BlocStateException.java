package vn.tdkt.campaign.bloc;

import java.util.List;
import vn.tdkt.support.problem.ConflictException;
import vn.tdkt.support.problem.FieldError;

/** A command the bloc's current state does not allow (wrong phase, already signed, incomplete scoring): 409. */
class BlocStateException extends ConflictException {

    private final List<FieldError> errors;

    BlocStateException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
