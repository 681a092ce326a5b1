package vn.tdkt.delegate.apportionment;

import java.util.List;

/** What a method says about its allocation besides the seats: the divisor (or null), one line per unit, warnings. */
record Outcome(String divisor, String[] explanations, List<Warning> warnings) {
}
