package vn.tdkt.events.congress;

/** The values of {@code step}: a document is due soon, or its due date passed without it. */
public enum CongressReminderStep {
    DUE_SOON, LATE
}
