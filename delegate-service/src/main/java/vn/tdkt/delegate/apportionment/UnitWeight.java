package vn.tdkt.delegate.apportionment;

import java.math.BigDecimal;

/** One unit to apportion seats to, and its weight (staff count, population, honour count: any positive decimal). */
public record UnitWeight(String code, BigDecimal weight) {
}
