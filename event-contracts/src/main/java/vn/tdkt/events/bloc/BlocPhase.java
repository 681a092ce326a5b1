package vn.tdkt.events.bloc;

/**
 * The values of {@code phase}, {@code from} and {@code to} in bloc events: the bloc year is drafted,
 * its covenant (giao ước) is being signed, its members are scoring, its result is published. Which
 * moves are legal is campaign-service's business (its {@code BlocPhase}, which must list the same names).
 */
public enum BlocPhase {
    DRAFT, COVENANT_SIGNING, SCORING, RESULT_PUBLISHED
}
