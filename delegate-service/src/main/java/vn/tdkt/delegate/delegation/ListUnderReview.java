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
     * congress of the tree and does not carry this list's delegates on up the levels, nor this list theirs (a
     * delegate of the commune's list to the district may be on the district's list to the province).
     */
    record OtherList(DelegateListId id, ListStatus status, List<Delegate> delegates, boolean sameCongress) {
    }
}
