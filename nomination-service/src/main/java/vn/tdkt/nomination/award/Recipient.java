package vn.tdkt.nomination.award;

/** Who may receive an award: a person, a collective, or either (Giấy khen). */
public enum Recipient {
    INDIVIDUAL, COLLECTIVE, EITHER;

    /** Whether a nominee of {@code kind} is the kind of recipient this award is for. */
    public boolean admits(Recipient kind) {
        return this == EITHER || this == kind;
    }
}
