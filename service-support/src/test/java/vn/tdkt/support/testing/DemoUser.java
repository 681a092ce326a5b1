package vn.tdkt.support.testing;

import vn.tdkt.support.security.Role;

/**
 * The demo users of the local system, one per role and unit that matters, for permission matrices:
 * the same names, roles and units as the authorization server's, signed by {@link TestTokens}.
 * The unit tree they act in: LS ─┬─ LS-CL ─┬─ LS-CL-NL, LS ── LS-HL, LS ── LS-STC, LS-CL ── LS-CL-DM.
 */
public enum DemoUser {
    ADMIN("admin", null, Role.ADMINISTRATOR),
    OFFICER_PROVINCE("thiduakt.tinh", "LS", Role.EMULATION_OFFICER),
    OFFICER_CHI_LANG("thiduakt.chilang", "LS-CL", Role.EMULATION_OFFICER),
    OFFICER_HUU_LUNG("thiduakt.huulung", "LS-HL", Role.EMULATION_OFFICER),
    OFFICER_NHAN_LY("thiduakt.nhanly", "LS-CL-NL", Role.EMULATION_OFFICER),
    COUNCIL_SECRETARY("thuky.hoidong", "LS", Role.COUNCIL_SECRETARY),
    COUNCIL_MEMBER("uyvien.1", "LS", Role.COUNCIL_MEMBER),
    LEADER_CHI_LANG("lanhdao.chilang", "LS-CL", Role.UNIT_LEADER),
    CONGRESS_ORGANISER("bantochuc.tinh", "LS", Role.CONGRESS_ORGANISER),
    OPERATOR("vanhanh", null, Role.OPERATOR);

    private final String username;
    private final String unit;
    private final Role role;

    DemoUser(String username, String unit, Role role) {
        this.username = username;
        this.unit = unit;
        this.role = role;
    }

    public String username() {
        return username;
    }

    public String unit() {
        return unit;
    }

    public Role role() {
        return role;
    }

    /** An {@code Authorization} header with a fresh valid token for this user. */
    public String bearer() {
        return TestTokens.bearer(username, unit, role);
    }
}
