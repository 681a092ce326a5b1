package vn.tdkt.delegate.apportionment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Hamilton's largest-remainder method: every unit gets the whole part of its quota, and the seats left over go
 * to the largest remainders, equal remainders in request order. Quotas share one denominator (the total weight),
 * so remainders are compared as integers. With bounds the quotas are bounded first: clamp(λ × weight, min, max)
 * with the one λ that makes them sum to the house (units whose share falls outside the bounds are held at them,
 * the others share the rest by weight); their whole parts and largest remainders then give the seats, which
 * therefore always lie within the bounds. Without bounds λ = seats ÷ total weight: plain Hamilton.
 */
final class HamiltonApportionment {

    private final Weights weights;
    private final BigInteger[] w;
    private final long seats;
    private final long min;
    private final long max;
    final long[] n;
    /** 0 free, −1 pinned at the minimum, +1 pinned at the maximum. */
    private final int[] pinned;
    // λ = numerator / denominator, and for the units not at a bound: remainders (over the denominator), their
    // rank, lower quotas, and the seats left after the lower quotas
    private BigInteger numerator;
    private BigInteger denominator;
    private final BigInteger[] remainder;
    private final int[] rank;
    private final long[] lower;
    private long leftOver;
    private int freeCount;
    private final boolean[] tiedWinner;
    private final boolean[] tiedLoser;
    private boolean tie;

    HamiltonApportionment(Weights weights, long seats, long min, long max) {
        this.weights = weights;
        this.w = weights.scaled;
        this.seats = seats;
        this.min = min;
        this.max = Math.min(max, seats);
        int k = w.length;
        n = new long[k];
        pinned = new int[k];
        remainder = new BigInteger[k];
        rank = new int[k];
        lower = new long[k];
        tiedWinner = new boolean[k];
        tiedLoser = new boolean[k];
    }

    long[] solve() {
        BigInteger[] lambda = min == 0 && max >= seats
                ? new BigInteger[] {BigInteger.valueOf(seats), weights.total} // plain Hamilton: seats ÷ total weight
                : scale();
        round(lambda[0], lambda[1]);
        return n;
    }

    /**
     * The scale λ = P/Q of the bounded quotas clamp(λ × weight, min, max), chosen so that they sum to the house
     * exactly. Their sum grows with λ, bending where a unit leaves its minimum (λ = min ÷ weight) or reaches its
     * maximum (max ÷ weight): the bend below the answer is found by bisection over the sorted bends, and λ then
     * solved on the straight piece above it.
     */
    private BigInteger[] scale() {
        // min ÷ weight and max ÷ weight each ascend as the weight descends: one sort of the weights, then a merge
        Integer[] heaviestFirst = new Integer[w.length];
        for (int i = 0; i < w.length; i++) {
            heaviestFirst[i] = i;
        }
        Arrays.sort(heaviestFirst, (a, b) -> w[b].compareTo(w[a]));
        BigInteger low = BigInteger.valueOf(min);
        BigInteger high = BigInteger.valueOf(max);
        List<BigInteger[]> bends = new ArrayList<>(2 * w.length);
        int a = min > 0 ? 0 : w.length; // next min ÷ weight
        int b = 0;                      // next max ÷ weight
        while (a < w.length || b < w.length) {
            boolean takeMin = b == w.length || (a < w.length
                    && low.multiply(w[heaviestFirst[b]]).compareTo(high.multiply(w[heaviestFirst[a]])) <= 0);
            bends.add(takeMin ? new BigInteger[] {low, w[heaviestFirst[a++]]}
                    : new BigInteger[] {high, w[heaviestFirst[b++]]});
        }
        int lo = -1; // the last bend whose sum is at most the house; −1: λ = 0 (every unit at its minimum)
        int hi = bends.size();
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (compareSum(bends.get(mid)[0], bends.get(mid)[1]) <= 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        BigInteger[] at = lo < 0 ? new BigInteger[] {BigInteger.ZERO, BigInteger.ONE} : bends.get(lo);
        if (compareSum(at[0], at[1]) == 0) {
            return at;
        }
        BigInteger[] next = bends.get(hi); // exists: at the last bend every unit is at its maximum, ≥ the house
        BigInteger p = at[0].multiply(next[1]).add(next[0].multiply(at[1]));
        BigInteger q = at[1].multiply(next[1]).shiftLeft(1);
        // between the two bends the same units are at a bound: λ = (house − seats at bounds) ÷ weight of the rest
        long bounded = 0;
        BigInteger rest = BigInteger.ZERO;
        for (BigInteger weight : w) {
            BigInteger share = p.multiply(weight);
            if (share.compareTo(q.multiply(BigInteger.valueOf(min))) <= 0) {
                bounded += min;
            } else if (share.compareTo(q.multiply(BigInteger.valueOf(max))) >= 0) {
                bounded += max;
            } else {
                rest = rest.add(weight);
            }
        }
        return new BigInteger[] {BigInteger.valueOf(seats - bounded), rest};
    }

    /** The sign of Σ clamp(λ × weight, min, max) − seats for λ = p/q. */
    private int compareSum(BigInteger p, BigInteger q) {
        BigInteger qMin = q.multiply(BigInteger.valueOf(min));
        BigInteger qMax = q.multiply(BigInteger.valueOf(max));
        long bounded = 0;
        BigInteger rest = BigInteger.ZERO;
        for (BigInteger weight : w) {
            BigInteger share = p.multiply(weight);
            if (share.compareTo(qMin) <= 0) {
                bounded += min;
            } else if (share.compareTo(qMax) >= 0) {
                bounded += max;
            } else {
                rest = rest.add(share);
            }
        }
        return rest.add(q.multiply(BigInteger.valueOf(bounded))).compareTo(q.multiply(BigInteger.valueOf(seats)));
    }

    /** Largest remainders on the bounded quotas λ × weight, λ = p/q: one denominator q for every remainder. */
    private void round(BigInteger p, BigInteger q) {
        int k = w.length;
        numerator = p;
        denominator = q;
        BigInteger qMin = q.multiply(BigInteger.valueOf(min));
        BigInteger qMax = q.multiply(BigInteger.valueOf(max));
        List<Integer> free = new ArrayList<>();
        leftOver = seats;
        for (int i = 0; i < k; i++) {
            BigInteger share = p.multiply(w[i]);
            if (share.compareTo(qMin) < 0) {
                pinned[i] = -1;
                n[i] = min;
            } else if (share.compareTo(qMax) > 0) {
                pinned[i] = 1;
                n[i] = max;
            } else {
                BigInteger[] qr = share.divideAndRemainder(q);
                lower[i] = qr[0].longValueExact();
                remainder[i] = qr[1];
                n[i] = lower[i];
                free.add(i);
            }
            leftOver -= n[i];
        }
        freeCount = free.size();
        Integer[] order = free.toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> {
            int c = remainder[b].compareTo(remainder[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        if (leftOver < 0 || leftOver > order.length) {
            throw new IllegalStateException("bounded quotas do not sum to the house");
        }
        for (int r = 0; r < order.length; r++) {
            int i = order[r];
            rank[i] = r;
            if (r < leftOver) {
                n[i]++;
            }
        }
        if (leftOver > 0 && leftOver < order.length
                && remainder[order[(int) leftOver - 1]].equals(remainder[order[(int) leftOver]])) {
            tie = true;
            BigInteger margin = remainder[order[(int) leftOver]];
            for (int i : free) {
                if (remainder[i].equals(margin)) {
                    (rank[i] < leftOver ? tiedWinner : tiedLoser)[i] = true;
                }
            }
        }
    }

    Outcome explain(List<UnitWeight> units) {
        int k = w.length;
        List<Warning> warnings = new ArrayList<>();
        if (tie) {
            List<Integer> winners = new ArrayList<>();
            List<Integer> losers = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                if (tiedWinner[i]) {
                    winners.add(i);
                } else if (tiedLoser[i]) {
                    losers.add(i);
                }
            }
            List<String> codes = new ArrayList<>();
            winners.forEach(i -> codes.add(units.get(i).code()));
            losers.forEach(i -> codes.add(units.get(i).code()));
            warnings.add(new Warning(Warning.Type.TIE, codes, "Tied for the last "
                    + DivisorApportionment.plural(winners.size(), "seat") + " with exactly equal remainders: "
                    + DivisorApportionment.names(units, winners) + " received " + (winners.size() == 1 ? "it" : "them")
                    + " by request order before " + DivisorApportionment.names(units, losers)));
        }
        String[] lines = new String[k];
        BigDecimal shareDenominator = new BigDecimal(denominator);
        for (int i = 0; i < k; i++) {
            if (pinned[i] != 0) {
                lines[i] = (pinned[i] < 0 ? "its share by weight falls below the minimum: held at the minimum of "
                        : "its share by weight exceeds the maximum: held at the maximum of ")
                        + DivisorApportionment.plural(n[i], "seat");
                continue;
            }
            BigDecimal share = new BigDecimal(numerator.multiply(w[i]))
                    .divide(shareDenominator, new MathContext(34)).setScale(4, RoundingMode.HALF_UP);
            BigDecimal rest = new BigDecimal(remainder[i]).divide(shareDenominator, 4, RoundingMode.HALF_UP);
            StringBuilder s = new StringBuilder();
            s.append(freeCount < k ? "quota within the bounds (the seats the units held at a bound leave, shared "
                    + "by weight) " : "quota ").append(share.toPlainString())
                    .append(": lower quota ").append(lower[i]).append(", remainder ").append(rest.toPlainString())
                    .append(" ranked ").append(rank[i] + 1).append(" of ").append(freeCount).append("; ");
            if (leftOver == 0) {
                s.append("no seats were left after the lower quotas");
            } else {
                s.append("the ").append(DivisorApportionment.plural(leftOver, "seat"))
                        .append(" left after the lower quotas went to the ").append(leftOver == 1 ? "largest remainder"
                                : leftOver + " largest remainders");
            }
            s.append(" → ").append(DivisorApportionment.plural(n[i], "seat"));
            if (tiedWinner[i]) {
                s.append(" (its remainder tied at the margin; request order gave it the seat)");
            } else if (tiedLoser[i]) {
                s.append(" (its remainder tied at the margin; request order gave the seat to units before it)");
            }
            lines[i] = s.toString();
        }
        return new Outcome(null, lines, warnings);
    }

    /** The share {@code weights} would give with the same bounds and another house: for the paradox checks. */
    static long[] seats(Weights weights, long seats, long min, long max) {
        return new HamiltonApportionment(weights, seats, min, max).solve();
    }
}
