package vn.tdkt.delegate.apportionment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The weights as integers on one common scale (×10^scale), so that every comparison the methods make is an
 * integer cross-multiplication, and as doubles relative to the largest weight, for estimates only.
 */
final class Weights {

    final BigInteger[] scaled;
    final BigInteger total;
    final BigInteger largest;
    final double[] relative;
    final int scale;

    private Weights(BigInteger[] scaled, int scale) {
        this.scaled = scaled;
        this.scale = scale;
        BigInteger sum = BigInteger.ZERO;
        BigInteger max = BigInteger.ZERO;
        for (BigInteger w : scaled) {
            sum = sum.add(w);
            max = max.max(w);
        }
        this.total = sum;
        this.largest = max;
        this.relative = new double[scaled.length];
        double top = max.doubleValue();
        for (int i = 0; i < scaled.length; i++) {
            relative[i] = scaled[i].doubleValue() / top;
        }
    }

    static Weights of(List<UnitWeight> units) {
        int scale = 0;
        for (UnitWeight unit : units) {
            scale = Math.max(scale, unit.weight().stripTrailingZeros().scale());
        }
        BigInteger[] scaled = new BigInteger[units.size()];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = units.get(i).weight().movePointRight(scale).toBigIntegerExact();
        }
        return new Weights(scaled, scale);
    }

    int size() {
        return scaled.length;
    }

    /** A value in scaled units back in the caller's units. */
    BigDecimal unscale(BigDecimal value) {
        return value.movePointLeft(scale);
    }

    /** seats × weight ÷ total weight, exactly. */
    Fraction quota(int i, long seats) {
        return Fraction.of(scaled[i].multiply(BigInteger.valueOf(seats)), total);
    }
}
