package vn.tdkt.delegate.apportionment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The divisor methods straight from their definition, for the tests: seats awarded one at a time, from the
 * minimums up, to the highest priority weight ÷ d(k), ties to the earlier unit. Priorities are exact fractions
 * (Huntington–Hill's squared); slow, and independent of the production code's threshold-and-queue algorithm.
 */
final class ReferenceApportionment {

    private ReferenceApportionment() {
    }

    /** priority(w, k)² or priority(w, k) as numerator/denominator; null denominator: infinite. */
    private record Priority(BigInteger numerator, BigInteger denominator) {

        int compareTo(Priority other) {
            if (denominator.signum() == 0 || other.denominator.signum() == 0) {
                return Boolean.compare(denominator.signum() == 0, other.denominator.signum() == 0);
            }
            return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
        }
    }

    private static Priority priority(Method method, BigDecimal weight, long k) {
        // weights compared as BigDecimal unscaled on a common scale of 12 decimals
        BigInteger w = weight.setScale(12).unscaledValue();
        return switch (method) {
            case WEBSTER -> new Priority(w.shiftLeft(1), BigInteger.valueOf(2 * k + 1));
            case DHONDT -> new Priority(w, BigInteger.valueOf(k + 1));
            case HUNTINGTON_HILL -> new Priority(w.multiply(w), BigInteger.valueOf(k).multiply(BigInteger.valueOf(k + 1)));
            case HAMILTON -> throw new IllegalArgumentException();
        };
    }

    static long[] seatBySeat(ApportionmentInput input) {
        List<UnitWeight> units = input.units();
        long max = Math.min(input.maxSeatsPerUnit(), input.seats());
        long[] n = new long[units.size()];
        long left = input.seats();
        for (int i = 0; i < n.length; i++) {
            n[i] = input.minSeatsPerUnit();
            left -= n[i];
        }
        for (; left > 0; left--) {
            int best = -1;
            Priority top = null;
            for (int i = 0; i < n.length; i++) {
                if (n[i] >= max) {
                    continue;
                }
                Priority p = priority(input.method(), units.get(i).weight(), n[i]);
                if (best < 0 || p.compareTo(top) > 0) {
                    best = i;
                    top = p;
                }
            }
            n[best]++;
        }
        return n;
    }

    /**
     * Whether {@code n} is what some divisor gives: no seat not won (within the bounds) ranks above a seat won on
     * priority (above the minimum). Linear in the units, so it checks a million seats too.
     */
    static boolean isDivisorAllocation(ApportionmentInput input, long[] n) {
        List<UnitWeight> units = input.units();
        long max = Math.min(input.maxSeatsPerUnit(), input.seats());
        Priority lowestWon = null;
        Priority highestNot = null;
        long total = 0;
        for (int i = 0; i < n.length; i++) {
            total += n[i];
            if (n[i] < input.minSeatsPerUnit() || n[i] > max) {
                return false;
            }
            if (n[i] > input.minSeatsPerUnit()) {
                Priority won = priority(input.method(), units.get(i).weight(), n[i] - 1);
                lowestWon = lowestWon == null || won.compareTo(lowestWon) < 0 ? won : lowestWon;
            }
            if (n[i] < max) {
                Priority not = priority(input.method(), units.get(i).weight(), n[i]);
                highestNot = highestNot == null || not.compareTo(highestNot) > 0 ? not : highestNot;
            }
        }
        return total == input.seats() && (lowestWon == null || highestNot == null || highestNot.compareTo(lowestWon) <= 0);
    }
}
