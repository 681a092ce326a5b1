package vn.tdkt.nomination.eligibility;

/** What a rule found: a status and the reason, in words a council secretary can check. */
record Finding(Status status, String reason) {

    static Finding met(String reason) {
        return new Finding(Status.MET, reason);
    }

    static Finding notMet(String reason) {
        return new Finding(Status.NOT_MET, reason);
    }

    static Finding unknown(String reason) {
        return new Finding(Status.UNKNOWN, reason);
    }
}
