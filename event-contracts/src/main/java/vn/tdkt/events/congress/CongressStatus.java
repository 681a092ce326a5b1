package vn.tdkt.events.congress;

/** The values of {@code status}: a congress is planned, then held or cancelled. */
public enum CongressStatus {
    PLANNED, HELD, CANCELLED
}
