package vn.tdkt.nomination.award;

/**
 * The ground an award is given on: regular (thường xuyên, a year's or period's results), thematic (theo
 * chuyên đề, one movement), one-off (đột xuất), contribution (quá trình cống hiến) and foreign (đối ngoại).
 */
public enum AwardBasis {
    REGULAR, THEMATIC, ONE_OFF, CONTRIBUTION, FOREIGN
}
