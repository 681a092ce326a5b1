package vn.tdkt.events.bloc;

import java.math.BigDecimal;

/** The points a scorecard gives on one criterion of the covenant. */
public record CriterionScore(String criterion, BigDecimal points) {
}
