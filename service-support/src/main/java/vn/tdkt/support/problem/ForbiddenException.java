package vn.tdkt.support.problem;

import java.util.List;

/** The caller is known but may not do this: a 403 problem listing every reason. */
public class ForbiddenException extends RuntimeException {

    private final List<String> reasons;

    public ForbiddenException(String message, List<String> reasons) {
        super(message);
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
