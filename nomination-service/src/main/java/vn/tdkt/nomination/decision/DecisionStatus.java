package vn.tdkt.nomination.decision;

/**
 * Where a decision is in conferring its honours. Each step is idempotent and only goes forward, so a
 * decision interrupted between steps is completed from where it stopped (DecisionRecovery).
 */
enum DecisionStatus {
    /** Issued and stored; its honours are being written into the history. */
    RECORDING,
    /** Honours in the history and HonourConferred events in the outbox; the dossiers are being marked. */
    CONFERRED,
    /** Every dossier marked DECIDED: complete. */
    DECIDED
}
