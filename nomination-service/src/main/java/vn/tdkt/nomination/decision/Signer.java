package vn.tdkt.nomination.decision;

/** Who signed the decision, as printed on it: e.g. "Nguyễn Văn A", "Chủ tịch Ủy ban nhân dân tỉnh". */
record Signer(String name, String title) {
}
