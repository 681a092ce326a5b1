package vn.tdkt.embeddedmongo.query;

/** Mutable state of one match: the array index that satisfied the filter, for the positional operator. */
final class MatchContext {

    private int arrayIndex = -1;
    /** The element index an array-wide predicate ($elemMatch) matched, read right after it succeeds. */
    int elemIndex = -1;

    int arrayIndex() {
        return arrayIndex;
    }

    void record(int index) {
        if (arrayIndex < 0 && index >= 0) {
            arrayIndex = index;
        }
    }
}
