package vn.tdkt.auth.user;

/** The roles of the security contract, exactly as they appear in a token's {@code roles} claim. */
public enum Role {
    ADMINISTRATOR, EMULATION_OFFICER, COUNCIL_SECRETARY, COUNCIL_MEMBER, UNIT_LEADER, CONGRESS_ORGANISER, OPERATOR
}
