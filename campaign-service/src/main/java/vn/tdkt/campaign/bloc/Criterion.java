package vn.tdkt.campaign.bloc;

/**
 * One criterion of a covenant (giao ước): its code (e.g. {@code 1.2}), wording, the section it sits in
 * ({@code null} when the covenant has no sections) and its maximum, in hundredths of a point.
 */
record Criterion(String code, String title, String group, long maxPoints) {
}
