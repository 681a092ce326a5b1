package vn.tdkt.delegate.delegation;

import java.time.Instant;

/** One move of a list's status, with who made it and, for a reopening, why. */
record StatusChange(ListStatus from, ListStatus to, Instant at, String by, String reason) {
}
