package vn.tdkt.nomination.eligibility;

/**
 * One kind of criterion: a small value, parameterised by its pack, that evaluates the facts of a case to
 * MET, NOT_MET or UNKNOWN with the reason. A rule never reads a fact the case lacks as if it were false.
 */
interface Rule {

    Finding evaluate(Case c);
}
