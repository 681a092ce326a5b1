package vn.tdkt.events.unit;

/**
 * The values of {@code level} in unit events: where a unit sits in the administration (cấp tỉnh /
 * sở / huyện / xã / phòng). More may be added; consumers must tolerate a level they do not know.
 * campaign-service's own {@code UnitLevel} must list the same names (its EventVocabularyTest).
 */
public enum UnitLevel {
    PROVINCE, DEPARTMENT, DISTRICT, COMMUNE, OFFICE
}
