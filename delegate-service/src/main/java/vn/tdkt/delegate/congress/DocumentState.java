package vn.tdkt.delegate.congress;

import java.time.LocalDate;

/** Where one required document stands against its due date, on a given day. */
enum DocumentState {
    /** Received on or before the due date. */
    RECEIVED,
    /** Not received, and the due date has not passed. */
    DUE,
    /** Not received, and the due date has passed. */
    LATE,
    /** Received after the due date. */
    RECEIVED_LATE;

    static DocumentState of(LocalDate dueOn, LocalDate receivedOn, LocalDate today) {
        if (receivedOn != null) {
            return receivedOn.isAfter(dueOn) ? RECEIVED_LATE : RECEIVED;
        }
        return today.isAfter(dueOn) ? LATE : DUE;
    }
}
