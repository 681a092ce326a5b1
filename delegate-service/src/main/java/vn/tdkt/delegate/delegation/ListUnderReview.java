package vn.tdkt.delegate.delegation;

import java.util.List;
import vn.tdkt.delegate.congress.CongressFacts.CompositionPolicy;

/**
 * What the checks look at: the list's delegates, the seats its unit has (null before the congress allocated any,
 * or when the allocation does not name the unit), the congress's composition policy, and the other lists of the
 * congress tree that could send the same person.
 */
record ListUnderReview(DelegateListId id, List<Delegate> delegates, Integer seats, CompositionPolicy policy,
                       List<OtherList> others) {

    ListUnderReview {
        delegates = List.copyOf(delegates);
        others = List.copyOf(others);
    }

    /**
     * Another list of the tree. {@code sameCongress}: it feeds the same upper congress; otherwise it feeds another
     * congress of the tree that is neither above nor below this one (a delegate who goes on up the levels, from
     * the commune's list to the district and from the district's list to the province, is not a duplicate).
     */
    record OtherList(DelegateListId id, ListStatus status, List<Delegate> delegates, boolean sameCongress) {
    }
}
