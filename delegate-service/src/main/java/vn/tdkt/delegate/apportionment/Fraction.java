package vn.tdkt.delegate.apportionment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact non-negative rational in lowest terms. Written as {@code "p/q"}, or {@code "p"} when whole: a quota
 * such as 1000/3 has no finite decimal, and the contract promises the exact value.
 */
public record Fraction(BigInteger numerator, BigInteger denominator) {

    public Fraction {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive");
        }
    }

    /** {@code p / q} in lowest terms. */
    public static Fraction of(BigInteger p, BigInteger q) {
        BigInteger gcd = p.gcd(q);
        return gcd.equals(BigInteger.ONE) || gcd.signum() == 0 ? new Fraction(p, q)
                : new Fraction(p.divide(gcd), q.divide(gcd));
    }

    /** Parses {@link #toString()}'s form. */
    public static Fraction parse(String text) {
        int slash = text.indexOf('/');
        return slash < 0 ? new Fraction(new BigInteger(text), BigInteger.ONE)
                : of(new BigInteger(text.substring(0, slash)), new BigInteger(text.substring(slash + 1)));
    }

    public BigInteger floor() {
        return numerator.divide(denominator);
    }

    public BigInteger ceil() {
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        return qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
    }

    /** Rounded half-up to {@code scale} decimals: for reading, never for deciding. */
    public BigDecimal toDecimal(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
