package vn.tdkt.delegate.apportionment;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code POST /api/v1/apportionments} as sent: anything may be missing or wrong, {@link ApportionmentRules} says
 * what. {@code method} defaults to WEBSTER; no {@code minSeatsPerUnit} is 0, no {@code maxSeatsPerUnit} no maximum.
 */
record ApportionmentRequest(Long seats, Method method, Long minSeatsPerUnit, Long maxSeatsPerUnit,
                            List<UnitRequest> units) {

    record UnitRequest(String code, BigDecimal weight) {
    }
}
