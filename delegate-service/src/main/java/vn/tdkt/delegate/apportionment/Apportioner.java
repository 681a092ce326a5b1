package vn.tdkt.delegate.apportionment;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Seat apportionment, a pure calculation: the same question always gets the same answer, exactly (integer
 * arithmetic throughout; doubles only estimate where to start). The congress work calls it to allocate its
 * exemplary seats; {@code POST /api/v1/apportionments} exposes it as is.
 */
public final class Apportioner {

    private Apportioner() {
    }

    public static ApportionmentResult apportion(ApportionmentInput input) {
        Weights weights = Weights.of(input.units());
        long seats = input.seats();
        long[] n;
        Outcome outcome;
        List<Warning> warnings = new ArrayList<>();
        if (input.method().divisor()) {
            DivisorApportionment divisor = new DivisorApportionment(input.method(), weights, seats,
                    input.minSeatsPerUnit(), input.maxSeatsPerUnit());
            n = divisor.solve();
            outcome = divisor.explain(input.units());
        } else {
            HamiltonApportionment hamilton = new HamiltonApportionment(weights, seats, input.minSeatsPerUnit(),
                    input.maxSeatsPerUnit());
            n = hamilton.solve();
            outcome = hamilton.explain(input.units());
        }
        warnings.addAll(outcome.warnings());
        if (input.method() == Method.HAMILTON) {
            warnings.addAll(alabamaParadoxes(input, weights, n));
        }
        List<Allocation> allocations = new ArrayList<>(n.length);
        for (int i = 0; i < n.length; i++) {
            allocations.add(new Allocation(input.units().get(i).code(), weights.quota(i, seats), n[i],
                    outcome.explanations()[i]));
        }
        return new ApportionmentResult(input.method(), seats, outcome.divisor(), List.copyOf(allocations),
                List.copyOf(warnings));
    }

    /**
     * Hamilton is not house-monotone: the house one seat larger and one seat smaller are apportioned too, and a
     * unit that would lose a seat when the house grows (or that gained one by shrinking it) is named.
     */
    private static List<Warning> alabamaParadoxes(ApportionmentInput input, Weights weights, long[] n) {
        List<Warning> warnings = new ArrayList<>();
        long seats = input.seats();
        if (input.feasibleWith(seats + 1)) {
            long[] larger = HamiltonApportionment.seats(weights, seats + 1, input.minSeatsPerUnit(),
                    input.maxSeatsPerUnit());
            List<String> losing = new ArrayList<>();
            for (int i = 0; i < n.length; i++) {
                if (larger[i] < n[i]) {
                    losing.add(input.units().get(i).code());
                }
            }
            if (!losing.isEmpty()) {
                warnings.add(new Warning(Warning.Type.ALABAMA_PARADOX, losing, "With one seat more (" + (seats + 1)
                        + "), Hamilton would give " + String.join(", ", losing) + " one seat fewer: the Alabama paradox"));
            }
        }
        if (input.feasibleWith(seats - 1)) {
            long[] smaller = HamiltonApportionment.seats(weights, seats - 1, input.minSeatsPerUnit(),
                    input.maxSeatsPerUnit());
            List<String> gaining = new ArrayList<>();
            for (int i = 0; i < n.length; i++) {
                if (smaller[i] > n[i]) {
                    gaining.add(input.units().get(i).code());
                }
            }
            if (!gaining.isEmpty()) {
                warnings.add(new Warning(Warning.Type.ALABAMA_PARADOX, gaining, "With one seat fewer (" + (seats - 1)
                        + "), Hamilton would give " + String.join(", ", gaining) + " one seat more: the "
                        + seats + "th seat cost " + (gaining.size() == 1 ? "it" : "them") + " a seat (the Alabama paradox)"));
            }
        }
        return warnings;
    }

    /**
     * The population paradox needs two apportionments: one unit's weight grew by a larger ratio than another's,
     * yet the first lost a seat while the second gained one. One request has no earlier state, so the endpoint
     * cannot warn of it; whoever keeps allocations with their weights (the congress work) compares two with this.
     * Units are matched by code; those in only one of the two are left out.
     */
    public static List<Warning> populationParadoxes(ApportionmentInput before, ApportionmentResult beforeResult,
                                                    ApportionmentInput after, ApportionmentResult afterResult) {
        Map<String, Integer> earlier = new HashMap<>();
        for (int i = 0; i < before.units().size(); i++) {
            earlier.put(before.units().get(i).code(), i);
        }
        record Change(String code, BigInteger from, BigInteger to, long delta) {
        }
        Weights was = Weights.of(before.units());
        Weights is = Weights.of(after.units());
        List<Change> losers = new ArrayList<>();
        List<Change> gainers = new ArrayList<>();
        for (int j = 0; j < after.units().size(); j++) {
            Integer i = earlier.get(after.units().get(j).code());
            if (i == null) {
                continue;
            }
            long delta = afterResult.allocations().get(j).seats() - beforeResult.allocations().get(i).seats();
            // each side on its own scale: the scales cancel in the comparison of ratios below
            Change change = new Change(after.units().get(j).code(), was.scaled[i], is.scaled[j], delta);
            (delta < 0 ? losers : delta > 0 ? gainers : new ArrayList<Change>()).add(change);
        }
        Set<String> named = new LinkedHashSet<>();
        List<String> pairs = new ArrayList<>();
        for (Change loser : losers) {
            for (Change gainer : gainers) {
                // loser.to / loser.from > gainer.to / gainer.from, cross-multiplied (all positive)
                if (loser.to().multiply(gainer.from()).compareTo(gainer.to().multiply(loser.from())) > 0) {
                    named.add(loser.code());
                    named.add(gainer.code());
                    pairs.add(loser.code() + " grew faster than " + gainer.code() + " yet lost a seat while "
                            + gainer.code() + " gained one");
                }
            }
        }
        return pairs.isEmpty() ? List.of() : List.of(new Warning(Warning.Type.POPULATION_PARADOX, List.copyOf(named),
                String.join("; ", pairs) + " (the population paradox)"));
    }
}
