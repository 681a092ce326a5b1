package vn.tdkt.nomination.initiative;

/** An initiative's id as the council numbered it, e.g. {@code SK-2024-015}: 1–64 letters, digits, '.', '_', '-'. */
record InitiativeId(String value) {

    static final String PATTERN = "^[A-Za-z0-9._-]{1,64}$";

    InitiativeId {
        if (value == null || !value.matches(PATTERN)) {
            throw new IllegalArgumentException("Not an initiative id: " + value);
        }
    }

    static InitiativeId orNull(String value) {
        return value != null && value.matches(PATTERN) ? new InitiativeId(value) : null;
    }

    @Override
    public String toString() {
        return value;
    }
}
