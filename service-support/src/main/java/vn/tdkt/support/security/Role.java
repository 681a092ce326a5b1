package vn.tdkt.support.security;

/**
 * The roles a token may carry in its {@code roles} claim. Global roles act everywhere; the others act
 * for the unit in the token's {@code unit} claim and every unit below it.
 */
public enum Role {
    ADMINISTRATOR(true),
    EMULATION_OFFICER(false),
    COUNCIL_SECRETARY(false),
    COUNCIL_MEMBER(false),
    UNIT_LEADER(false),
    CONGRESS_ORGANISER(false),
    OPERATOR(true);

    private final boolean global;

    Role(boolean global) {
        this.global = global;
    }

    /** A global role is not tied to a unit: the administrator, and the operator who runs the platform. */
    public boolean global() {
        return global;
    }
}
