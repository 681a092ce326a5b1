package vn.tdkt.campaign.bloc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.tdkt.support.problem.InvalidInputException;

/**
 * Points are kept as whole hundredths: covenants give maxima such as 12.5 and scorers give 9.75, never
 * finer, so sums and comparisons are exact and MongoDB stores plain integers.
 */
final class Points {

    /** More than any covenant gives; keeps every sum far inside a {@code long}. */
    static final BigDecimal LIMIT = new BigDecimal("100000");

    private Points() {
    }

    /** Reads a number of points given for {@code field}: finite, at most two decimals, below {@link #LIMIT}. */
    static long parse(String field, BigDecimal value) {
        if (value == null) {
            throw new InvalidInputException(field, "must not be null");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, "must have at most two decimals, was " + value.toPlainString());
        }
        if (value.abs().compareTo(LIMIT) >= 0) {
            throw new InvalidInputException(field, "must be less than " + LIMIT + " in size");
        }
        return value.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    static BigDecimal decimal(long hundredths) {
        return BigDecimal.valueOf(hundredths, 2);
    }

    static BigDecimal decimal(Long hundredths) {
        return hundredths == null ? null : decimal(hundredths.longValue());
    }

    static String format(long hundredths) {
        return decimal(hundredths).toPlainString();
    }
}
