package vn.tdkt.events.bloc;

import java.math.BigDecimal;

/**
 * One criterion of a bloc's covenant (giao ước thi đua): a code unique in the covenant, its wording,
 * the section it belongs to (null when the covenant has none) and the most points it can earn.
 */
public record CovenantCriterion(String code, String title, String group, BigDecimal maxPoints) {
}
