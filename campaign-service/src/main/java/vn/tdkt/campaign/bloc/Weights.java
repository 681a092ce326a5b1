package vn.tdkt.campaign.bloc;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;

/**
 * How a member's total combines the self-assessment, the leader's scoring and the mean of the peers'
 * scoring: a weighted mean over the components with a weight above zero. Seed 001 leaves the rule to
 * each bloc's regulation (quy chế), so it is data set per bloc; the default makes the leader's scoring
 * decisive, as the leader is the one who checks every member, while the self and peer scores are still
 * recorded and shown beside it.
 */
record Weights(int self, int leader, int peer) {

    static final Weights LEADER_DECIDES = new Weights(0, 100, 0);
    static final int MAX = 100;

    Weights {
        List<FieldError> errors = new ArrayList<>();
        check(errors, "weights.self", self);
        check(errors, "weights.leader", leader);
        check(errors, "weights.peer", peer);
        if (errors.isEmpty() && self + leader + peer == 0) {
            errors.add(new FieldError("weights", "at least one weight must be above 0"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    int sum() {
        return self + leader + peer;
    }

    private static void check(List<FieldError> errors, String field, int weight) {
        if (weight < 0 || weight > MAX) {
            errors.add(new FieldError(field, "must be between 0 and " + MAX + ", was " + weight));
        }
    }
}
