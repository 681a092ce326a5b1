package vn.tdkt.nomination.honourboard;

/**
 * Where an entry of the board comes from: an exemplar an office registered (seed 004's monthly register; its id is
 * {@code <officeCode>:<yyyy-MM>#<n>}, the n-th entry of that registration, as the register book numbers them), or
 * an honour a decision conferred (its id is the conferred dossier's id).
 */
enum SourceKind {
    EXEMPLAR, HONOUR
}
