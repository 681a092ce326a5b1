package vn.tdkt.nomination.eligibility;

/** One criterion's conclusion, why, and the article it rests on. */
record CriterionResult(String code, Status status, String reason, String citation) {
}
