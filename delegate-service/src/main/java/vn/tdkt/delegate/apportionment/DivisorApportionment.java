package vn.tdkt.delegate.apportionment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Webster, D'Hondt and Huntington–Hill as one algorithm. Every unit has a sequence of "slots", its 1st, 2nd, …
 * seat, each with the priority weight ÷ d(k) for k seats already held (d(k) = k + ½, k + 1 or √(k(k+1))); the
 * house is the {@code seats} slots of highest priority, ties going to the unit earlier in the request. Slots below
 * the minimum rank above everything, slots beyond the maximum are not offered: that is the constrained divisor
 * method (units pinned at their bounds, the rest share what remains by one common divisor).
 *
 * <p>Awarding a million seats one at a time would be slow, so the house is filled in two steps. A threshold t is
 * estimated in doubles (bisection on the number of slots above it), and then, exactly, every unit takes all its
 * slots whose priority is strictly above t: those are certainly in the house whatever the rounding of the estimate,
 * as long as they number at most {@code seats} (checked exactly, t nudged up if not). The few seats left are then
 * awarded one by one from a priority queue. Every comparison is an integer cross-multiplication, Huntington–Hill's
 * squared so that no square root is taken.
 */
final class DivisorApportionment {

    private static final MathContext DECIMALS = MathContext.DECIMAL128;

    private final Method method;
    private final Weights weights;
    private final BigInteger[] w;
    private final BigInteger[] wSquared;
    private final long seats;
    private final long min;
    private final long max;
    private final long[] n;
    // the exact threshold P/Q of the bulk step, with its multiples
    private BigInteger p;
    private BigInteger q;
    private BigInteger twoQ;
    private BigInteger pSquared;
    private BigInteger qSquared;

    DivisorApportionment(Method method, Weights weights, long seats, long min, long max) {
        this.method = method;
        this.weights = weights;
        this.w = weights.scaled;
        this.seats = seats;
        this.min = min;
        this.max = Math.min(max, seats);
        this.n = new long[w.length];
        if (method == Method.HUNTINGTON_HILL) {
            wSquared = new BigInteger[w.length];
            for (int i = 0; i < w.length; i++) {
                wSquared[i] = w[i].multiply(w[i]);
            }
        } else {
            wSquared = null;
        }
    }

    long[] solve() {
        if (!bulk()) {
            java.util.Arrays.fill(n, min);
        }
        long left = seats;
        for (long held : n) {
            left -= held;
        }
        if (left > 0) {
            PriorityQueue<Integer> next = new PriorityQueue<>(w.length, (a, b) -> {
                int c = compareSlots(b, n[b], a, n[a]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            for (int i = 0; i < w.length; i++) {
                if (n[i] < max) {
                    next.add(i);
                }
            }
            for (; left > 0; left--) {
                Integer i = next.poll();
                if (i == null) {
                    throw new IllegalStateException("more seats than the maximums allow");
                }
                n[i]++;
                if (n[i] < max) {
                    next.add(i);
                }
            }
        }
        return n;
    }

    /** Takes every slot above an exact threshold; false when no threshold leaves at most {@code seats} of them. */
    private boolean bulk() {
        double tau = estimate();
        if (Double.isNaN(tau)) {
            return false;
        }
        double nudge = 1e-12;
        for (int attempt = 0; attempt < 64; attempt++, tau *= 1 + nudge, nudge *= 2) {
            threshold(tau);
            long total = 0;
            for (int i = 0; i < w.length && total <= seats; i++) {
                long c = approximate(i, tau);
                while (c > min && !above(i, c - 1)) {
                    c--;
                }
                while (c < max && above(i, c)) {
                    c++;
                }
                n[i] = c;
                total += c;
            }
            if (total <= seats) {
                return true;
            }
        }
        return false;
    }

    /**
     * The smallest (relative) threshold whose estimated number of slots above it is at most {@code seats}; NaN
     * when even a threshold above every finite priority leaves more (Huntington–Hill: more units than seats).
     */
    private double estimate() {
        double hi = 4; // above 2 = the highest finite priority of any method, weights being relative to the largest
        if (approximateTotal(hi) > seats) {
            return Double.NaN;
        }
        double lo = hi;
        while (approximateTotal(lo) <= seats) {
            if (lo < 1e-280) {
                return lo; // every unit at its maximum
            }
            hi = lo;
            lo /= 1e6;
        }
        while (true) {
            double mid = Math.sqrt(lo) * Math.sqrt(hi);
            if (!(mid > lo && mid < hi)) {
                return hi;
            }
            if (approximateTotal(mid) <= seats) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
    }

    private long approximateTotal(double tau) {
        long total = 0;
        for (int i = 0; i < w.length; i++) {
            total += approximate(i, tau);
            if (total > seats) {
                return seats + 1;
            }
        }
        return total;
    }

    /** The number of unit i's slots above tau, in doubles, within the bounds. */
    private long approximate(int i, double tau) {
        double quotient = weights.relative[i] / tau;
        double count = switch (method) {
            case WEBSTER -> quotient <= 0.5 ? 0 : Math.ceil(quotient - 0.5);
            case DHONDT -> quotient <= 1 ? 0 : Math.ceil(quotient - 1);
            case HUNTINGTON_HILL -> Math.max(1, Math.ceil((Math.sqrt(1 + 4 * quotient * quotient) - 1) / 2));
            case HAMILTON -> throw new IllegalStateException();
        };
        long c = count < max ? (long) count : max; // also for NaN and infinity
        return Math.max(min, c);
    }

    /** Sets the exact threshold to tau × the largest weight (tau is a binary fraction: exact). */
    private void threshold(double tau) {
        int exponent = Math.getExponent(tau) - 52;
        BigInteger mantissa = BigInteger.valueOf((long) Math.scalb(tau, -exponent));
        BigInteger numerator = mantissa.multiply(weights.largest);
        p = exponent >= 0 ? numerator.shiftLeft(exponent) : numerator;
        q = exponent >= 0 ? BigInteger.ONE : BigInteger.ONE.shiftLeft(-exponent);
        twoQ = q.shiftLeft(1);
        pSquared = p.multiply(p);
        qSquared = q.multiply(q);
    }

    /** Whether unit i's slot k (its (k+1)-th seat) has a priority strictly above the threshold P/Q. */
    private boolean above(int i, long k) {
        return switch (method) {
            case WEBSTER -> w[i].multiply(twoQ).compareTo(p.multiply(BigInteger.valueOf(2 * k + 1))) > 0;
            case DHONDT -> w[i].multiply(q).compareTo(p.multiply(BigInteger.valueOf(k + 1))) > 0;
            case HUNTINGTON_HILL -> k == 0
                    || wSquared[i].multiply(qSquared).compareTo(pSquared.multiply(BigInteger.valueOf(k * (k + 1)))) > 0;
            case HAMILTON -> throw new IllegalStateException();
        };
    }

    /** The sign of priority(i, a) − priority(j, b), exactly; Huntington–Hill's first slots are infinite. */
    int compareSlots(int i, long a, int j, long b) {
        return switch (method) {
            case WEBSTER -> w[i].multiply(BigInteger.valueOf(2 * b + 1))
                    .compareTo(w[j].multiply(BigInteger.valueOf(2 * a + 1)));
            case DHONDT -> w[i].multiply(BigInteger.valueOf(b + 1)).compareTo(w[j].multiply(BigInteger.valueOf(a + 1)));
            case HUNTINGTON_HILL -> a == 0 || b == 0 ? Boolean.compare(a == 0, b == 0)
                    : wSquared[i].multiply(BigInteger.valueOf(b * (b + 1)))
                            .compareTo(wSquared[j].multiply(BigInteger.valueOf(a * (a + 1))));
            case HAMILTON -> throw new IllegalStateException();
        };
    }

    /** Why each unit got its seats, the divisor, and a tie at the margin if there is one. */
    Outcome explain(List<UnitWeight> units) {
        int k = w.length;
        int low = -1;  // the unit whose last seat ranks lowest among seats won on priority
        int high = -1; // the unit whose next seat ranks highest among seats not won
        for (int i = 0; i < k; i++) {
            if (n[i] > min && (low < 0 || compareSlots(i, n[i] - 1, low, n[low] - 1) < 0)) {
                low = i;
            }
            if (n[i] < max && (high < 0 || compareSlots(i, n[i], high, n[high]) > 0)) {
                high = i;
            }
        }
        if (low >= 0 && high >= 0 && compareSlots(high, n[high], low, n[low] - 1) > 0) {
            throw new IllegalStateException("not a divisor allocation"); // cannot happen: the house is a top set
        }
        boolean tie = low >= 0 && high >= 0 && compareSlots(high, n[high], low, n[low] - 1) == 0;
        List<Integer> winners = new ArrayList<>();
        List<Integer> losers = new ArrayList<>();
        boolean[] won = new boolean[k];
        boolean[] lost = new boolean[k];
        if (tie) {
            for (int i = 0; i < k; i++) {
                if (n[i] > min && compareSlots(i, n[i] - 1, low, n[low] - 1) == 0) {
                    winners.add(i);
                    won[i] = true;
                }
                if (n[i] < max && compareSlots(i, n[i], high, n[high]) == 0) {
                    losers.add(i);
                    lost[i] = true;
                }
            }
        }
        BigDecimal divisor = divisor(tie, low, high);
        List<Warning> warnings = new ArrayList<>();
        if (tie) {
            List<String> codes = new ArrayList<>();
            winners.forEach(i -> codes.add(units.get(i).code()));
            losers.forEach(i -> codes.add(units.get(i).code()));
            warnings.add(new Warning(Warning.Type.TIE, codes, "Tied for the last " + plural(winners.size(), "seat")
                    + " with exactly equal priority: " + names(units, winners) + " received "
                    + (winners.size() == 1 ? "it" : "them") + " by request order before " + names(units, losers)));
        }
        String[] lines = new String[k];
        for (int i = 0; i < k; i++) {
            lines[i] = line(units.get(i), i, divisor, won[i], lost[i]);
        }
        return new Outcome(divisor == null ? null : divisor.toPlainString(), lines, warnings);
    }

    private String line(UnitWeight unit, int i, BigDecimal divisor, boolean tiedWinner, boolean tiedLoser) {
        StringBuilder s = new StringBuilder();
        if (divisor == null) {
            s.append(n[i] == min && min > 0 ? "the minimum of " + plural(min, "seat")
                    : n[i] == max ? "the maximum of " + plural(max, "seat") : plural(n[i], "seat"));
            if (method == Method.HUNTINGTON_HILL && n[i] <= 1 && min == 0) {
                s.append(": Huntington–Hill ranks every unit's first seat above any second seat, and there are "
                        + "fewer seats than units");
            }
            return s.append(tiedWinner ? "; tied for the last seat(s), which request order gave to it"
                    : tiedLoser ? "; tied for the last seat(s), which request order gave to units before it" : "")
                    .toString();
        }
        BigDecimal quotient = weights.unscale(new BigDecimal(w[i])).divide(divisor, DECIMALS);
        s.append(unit.weight().toPlainString()).append(" ÷ ").append(divisor.toPlainString()).append(" = ")
                .append(quotient.setScale(4, RoundingMode.HALF_UP).toPlainString());
        if (tiedWinner || tiedLoser) {
            // the divisor is the tied priority itself: the quotient sits exactly on a rounding boundary
            long seat = tiedWinner ? n[i] : n[i] + 1;
            return s.append(", exactly at the boundary of a ").append(ordinal(seat)).append(" seat (")
                    .append(rule()).append("), tied with other units for the last seat(s); request order gave ")
                    .append(tiedWinner ? "it that seat" : "it to units before this one").append(" → ")
                    .append(plural(n[i], "seat")).toString();
        }
        long rounded = rounded(quotient);
        s.append(", ").append(rule()).append(" → ").append(plural(rounded, "seat"));
        if (n[i] > rounded && n[i] == min) {
            s.append("; raised to the minimum of ").append(plural(min, "seat"));
        } else if (n[i] < rounded && n[i] == max) {
            s.append("; held to the maximum of ").append(plural(max, "seat"));
        } else if (n[i] != rounded) {
            // only if the divisor's decimal digits put a quotient on the wrong side of a boundary
            s.append("; ").append(plural(n[i], "seat")).append(" by the exact priorities");
        }
        return s.toString();
    }

    private static String ordinal(long n) {
        long tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private String rule() {
        return switch (method) {
            case WEBSTER -> "Webster rounds up from n + ½";
            case DHONDT -> "D'Hondt rounds down";
            case HUNTINGTON_HILL -> "Huntington–Hill rounds up from √(n(n+1))";
            case HAMILTON -> throw new IllegalStateException();
        };
    }

    /** The seats a quotient is worth: the number of k with d(k) ≤ quotient (the divisor lies in (high, low]). */
    private long rounded(BigDecimal quotient) {
        BigDecimal floor = quotient.setScale(0, RoundingMode.FLOOR);
        long f = floor.longValueExact();
        long r = switch (method) {
            case WEBSTER -> quotient.add(new BigDecimal("0.5")).setScale(0, RoundingMode.FLOOR).longValueExact();
            case DHONDT -> f;
            case HUNTINGTON_HILL -> quotient.multiply(quotient).compareTo(BigDecimal.valueOf(f).multiply(
                    BigDecimal.valueOf(f + 1))) >= 0 ? f + 1 : f;
            case HAMILTON -> throw new IllegalStateException();
        };
        return Math.max(0, r);
    }

    /**
     * A divisor in (priority of the best seat not won, priority of the worst seat won], as a decimal with as few
     * digits as still fall in that range (Huntington–Hill's priorities are irrational: computed to 34 digits).
     * At a tie the range is one point: that priority. Null when no finite divisor describes the house.
     */
    private BigDecimal divisor(boolean tie, int low, int high) {
        BigDecimal top = low >= 0 ? priority(low, n[low] - 1) : null;
        BigDecimal bottom = high >= 0 ? priority(high, n[high]) : BigDecimal.ZERO;
        if (tie) {
            return top == null ? null : top.round(new MathContext(12)).stripTrailingZeros();
        }
        if (bottom == null) {
            return null;
        }
        if (top == null) {
            if (bottom.signum() == 0) {
                return null;
            }
            top = bottom.multiply(BigDecimal.TWO);
        }
        for (int digits = 1; digits <= 34; digits++) {
            BigDecimal candidate = top.round(new MathContext(digits, RoundingMode.DOWN));
            if (candidate.compareTo(bottom) > 0) {
                return candidate.stripTrailingZeros();
            }
        }
        return top.stripTrailingZeros();
    }

    /** priority(i, k) in the caller's units, or null when infinite (Huntington–Hill's first seat). */
    private BigDecimal priority(int i, long k) {
        BigDecimal weight = weights.unscale(new BigDecimal(w[i]));
        return switch (method) {
            case WEBSTER -> weight.divide(BigDecimal.valueOf(k).add(new BigDecimal("0.5")), DECIMALS);
            case DHONDT -> weight.divide(BigDecimal.valueOf(k + 1), DECIMALS);
            case HUNTINGTON_HILL -> k == 0 ? null
                    : weight.divide(BigDecimal.valueOf(k).multiply(BigDecimal.valueOf(k + 1)).sqrt(DECIMALS), DECIMALS);
            case HAMILTON -> throw new IllegalStateException();
        };
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    static String names(List<UnitWeight> units, List<Integer> indexes) {
        List<String> codes = new ArrayList<>();
        for (int i : indexes) {
            codes.add(units.get(i).code());
        }
        return String.join(", ", codes);
    }
}
