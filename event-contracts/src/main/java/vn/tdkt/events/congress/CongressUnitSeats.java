package vn.tdkt.events.congress;

/** One unit's share of an allocation: its weight and exact quota (as text, e.g. "1000/3") and its seats. */
public record CongressUnitSeats(String unitCode, String weight, String quota, long seats) {
}
