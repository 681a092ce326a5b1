package vn.tdkt.events.congress;

/**
 * A composition target: at least {@code minimumPercent} of the delegates have {@code attribute} (WOMEN,
 * ETHNIC_MINORITY, DIRECT_PRODUCER_OR_WORKER, SCIENTIST, NON_STATE_SECTOR; more may come).
 */
public record CongressTarget(String attribute, int minimumPercent) {
}
