package vn.tdkt.events.unit;

/**
 * The values of {@code status} in unit events. {@code ACTIVE}: in use. {@code INACTIVE}: deactivated,
 * kept for history. {@code MERGED}: merged into {@code successorCode} (the 2025 reform), kept for history.
 * An event without a status (written before the field existed) means {@code ACTIVE}.
 * campaign-service's own {@code UnitStatus} must list the same names (its EventVocabularyTest).
 */
public enum UnitStatus {
    ACTIVE, INACTIVE, MERGED
}
