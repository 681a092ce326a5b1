package vn.tdkt.campaign.bloc;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;

/**
 * How many of its best members a bloc proposes: the first {@code flagCount} for its emulation flag, the
 * next {@code commendationCount} for a Bằng khen. A bloc's regulation sets them; the defaults (one flag,
 * two commendations) are only a starting point.
 */
record AwardSlots(int flagCount, int commendationCount) {

    static final AwardSlots DEFAULT = new AwardSlots(1, 2);

    AwardSlots {
        List<FieldError> errors = new ArrayList<>();
        if (flagCount < 0 || flagCount > 10) {
            errors.add(new FieldError("awards.flagCount", "must be between 0 and 10, was " + flagCount));
        }
        if (commendationCount < 0 || commendationCount > 100) {
            errors.add(new FieldError("awards.commendationCount", "must be between 0 and 100, was " + commendationCount));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
