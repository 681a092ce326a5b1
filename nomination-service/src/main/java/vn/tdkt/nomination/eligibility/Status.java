package vn.tdkt.nomination.eligibility;

/** What one criterion concludes from the facts. */
enum Status {
    MET, NOT_MET, UNKNOWN;

    /** Three-valued "or": one MET suffices, NOT_MET only when every alternative is NOT_MET. */
    static Status anyOf(Status... alternatives) {
        boolean unknown = false;
        for (Status status : alternatives) {
            if (status == MET) {
                return MET;
            }
            unknown |= status == UNKNOWN;
        }
        return unknown ? UNKNOWN : NOT_MET;
    }

    /** Three-valued "and": one NOT_MET decides, MET only when every part is MET. */
    static Status allOf(Status... parts) {
        boolean unknown = false;
        for (Status status : parts) {
            if (status == NOT_MET) {
                return NOT_MET;
            }
            unknown |= status == UNKNOWN;
        }
        return unknown ? UNKNOWN : MET;
    }

    static Status of(Boolean fact) {
        return fact == null ? UNKNOWN : fact ? MET : NOT_MET;
    }
}
