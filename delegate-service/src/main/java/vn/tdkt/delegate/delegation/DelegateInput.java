package vn.tdkt.delegate.delegation;

/**
 * A delegate as the unit gives them: by hand, or with {@code exemplaryPersonId} to pick an exemplary person of the
 * unit's subtree, whose name (and position, unless given) is copied from there.
 */
record DelegateInput(String fullName, Integer birthYear, Gender gender, String ethnicity, String position,
                     Category category, Boolean directProducerOrWorker, Boolean scientist, EconomicSector sector,
                     String exemplaryPersonId) {
}
