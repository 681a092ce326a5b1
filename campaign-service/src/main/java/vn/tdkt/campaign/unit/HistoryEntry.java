package vn.tdkt.campaign.unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One change in a unit's life, kept in the unit's document so that its history stays readable under its
 * code after a merger or deactivation.
 *
 * @param at            when the registry recorded it
 * @param effectiveDate when it took effect in the administration (a merger's or a move's date); null if
 *                      the same as {@code at}
 * @param from          what it was (the old parent of a move, the old name of a rename); null if nothing
 * @param to            what it became (the new parent, the new name, the successor of a merger)
 * @param codes         the other units concerned (the units merged into this one)
 */
record HistoryEntry(Instant at, LocalDate effectiveDate, Change change, String from, String to, List<String> codes) {

    HistoryEntry {
        codes = codes == null ? List.of() : List.copyOf(codes);
    }

    enum Change {
        /** Registered one by one or by a CSV import. */
        REGISTERED,
        /** Name changed. */
        RENAMED,
        /** Staff count or contacts changed. */
        UPDATED,
        /** Moved under another parent, by itself or because its parent was merged. */
        MOVED,
        DEACTIVATED,
        /** Merged into {@code to}. */
        MERGED,
        /** Took over the units in {@code codes} (it is their successor). */
        SUCCEEDED
    }
}
