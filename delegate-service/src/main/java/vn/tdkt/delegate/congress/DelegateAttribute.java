package vn.tdkt.delegate.congress;

/**
 * The groups a congress's composition targets name (seed practice: direct producers and workers, scientists,
 * women, ethnic minorities, all economic sectors).
 */
public enum DelegateAttribute {
    WOMEN,
    ETHNIC_MINORITY,
    DIRECT_PRODUCER_OR_WORKER,
    SCIENTIST,
    /** Delegates from outside the state sector (collective, private, foreign-invested, household economy). */
    NON_STATE_SECTOR
}
