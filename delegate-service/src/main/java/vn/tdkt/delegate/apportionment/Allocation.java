package vn.tdkt.delegate.apportionment;

/**
 * A unit's seats, its exact quota (seats × weight ÷ total weight) and why it got that many seats: one line per
 * unit, not per seat, so that 10,000 units over a million seats stay a readable answer.
 */
public record Allocation(String code, Fraction quota, long seats, String explanation) {
}
