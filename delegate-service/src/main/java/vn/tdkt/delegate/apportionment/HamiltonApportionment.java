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
 * so remainders are compared as integers. With bounds, units whose allocation falls below the minimum are pinned
 * there (then those above the maximum at it) and the rest re-apportioned among the others, until none is out.
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
    // the last round, over the free units: their seats and weight, remainders, rank of each remainder, seats left
    private long freeSeats;
    private BigInteger freeWeight;
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
        int k = w.length;
        while (true) {
            round();
            boolean repinned = false;
            for (int i = 0; i < k; i++) {
                if (pinned[i] == 0 && n[i] < min) {
                    pinned[i] = -1;
                    repinned = true;
                }
            }
            if (!repinned) {
                for (int i = 0; i < k; i++) {
                    if (pinned[i] == 0 && n[i] > max) {
                        pinned[i] = 1;
                        repinned = true;
                    }
                }
            }
            if (!repinned) {
                return n;
            }
        }
    }

    /** One largest-remainder apportionment of what the pinned units leave, among the others. */
    private void round() {
        int k = w.length;
        freeSeats = seats;
        freeWeight = BigInteger.ZERO;
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            if (pinned[i] < 0) {
                n[i] = min;
                freeSeats -= min;
            } else if (pinned[i] > 0) {
                n[i] = max;
                freeSeats -= max;
            } else {
                free.add(i);
                freeWeight = freeWeight.add(w[i]);
            }
        }
        freeCount = free.size();
        Arrays.fill(tiedWinner, false);
        Arrays.fill(tiedLoser, false);
        tie = false;
        if (free.isEmpty()) {
            if (freeSeats != 0) {
                throw new IllegalStateException("bounds left " + freeSeats + " seats to no unit");
            }
            return;
        }
        BigInteger house = BigInteger.valueOf(freeSeats);
        leftOver = freeSeats;
        for (int i : free) {
            BigInteger[] qr = house.multiply(w[i]).divideAndRemainder(freeWeight);
            lower[i] = qr[0].longValueExact();
            remainder[i] = qr[1];
            leftOver -= lower[i];
        }
        Integer[] order = free.toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> {
            int c = remainder[b].compareTo(remainder[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int r = 0; r < order.length; r++) {
            int i = order[r];
            rank[i] = r;
            n[i] = lower[i] + (r < leftOver ? 1 : 0);
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

    DivisorApportionment.Outcome explain(List<UnitWeight> units) {
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
        BigDecimal shareDenominator = freeWeight == null || freeWeight.signum() == 0 ? null
                : new BigDecimal(freeWeight);
        for (int i = 0; i < k; i++) {
            if (pinned[i] != 0) {
                lines[i] = (pinned[i] < 0 ? "below the minimum on its share: held at the minimum of "
                        : "above the maximum on its share: held at the maximum of ")
                        + DivisorApportionment.plural(n[i], "seat");
                continue;
            }
            BigDecimal share = new BigDecimal(BigInteger.valueOf(freeSeats).multiply(w[i]))
                    .divide(shareDenominator, new MathContext(34)).setScale(4, RoundingMode.HALF_UP);
            BigDecimal rest = new BigDecimal(remainder[i]).divide(shareDenominator, 4, RoundingMode.HALF_UP);
            StringBuilder s = new StringBuilder();
            s.append(freeCount < k ? "share of the " + DivisorApportionment.plural(freeSeats, "seat")
                    + " the pinned units leave " : "quota ").append(share.toPlainString())
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
        return new DivisorApportionment.Outcome(null, lines, warnings);
    }

    /** The share {@code weights} would give with the same bounds and another house: for the paradox checks. */
    static long[] seats(Weights weights, long seats, long min, long max) {
        return new HamiltonApportionment(weights, seats, min, max).solve();
    }
}
