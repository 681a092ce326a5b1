package vn.tdkt.console.congress;

import vn.tdkt.console.support.CurrentUser;

/**
 * What the congress screens offer a user: the actions of service-support's AccessPolicy for congresses, by role,
 * and the unit-subtree rule approximated by the unit codes (a unit's code starts with its parent's, "LS-CL-NL"
 * under "LS-CL"). Only for hiding what the user could not do; delegate-service decides (and a 403 says so).
 */
public final class CongressAccess {

    private CongressAccess() {
    }

    /** ORGANISE_CONGRESSES: emulation officers, congress organisers, the administrator. */
    public static boolean organises(CurrentUser me, String unitCode) {
        return me != null && me.hasAnyRole(CurrentUser.ADMINISTRATOR, CurrentUser.EMULATION_OFFICER,
                CurrentUser.CONGRESS_ORGANISER) && reaches(me, unitCode);
    }

    /** PROPOSE_DELEGATES: those, and the unit's leader. */
    public static boolean proposes(CurrentUser me, String unitCode) {
        return me != null && me.hasAnyRole(CurrentUser.ADMINISTRATOR, CurrentUser.EMULATION_OFFICER,
                CurrentUser.CONGRESS_ORGANISER, CurrentUser.UNIT_LEADER) && reaches(me, unitCode);
    }

    /**
     * APPROVE_DELEGATES: the same roles as proposing, but for the user's own unit only: a unit's congress passes its
     * own list, so the units above see the button on their own lists and not on those below.
     */
    public static boolean approves(CurrentUser me, String unitCode) {
        return proposes(me, unitCode) && (me.isAdministrator() || unitCode.equals(me.unitCode()));
    }

    /** APPORTION: every officer's role, not the operator. */
    public static boolean apportions(CurrentUser me) {
        return me != null && me.hasAnyRole(CurrentUser.ADMINISTRATOR, CurrentUser.EMULATION_OFFICER,
                CurrentUser.COUNCIL_SECRETARY, CurrentUser.COUNCIL_MEMBER, CurrentUser.UNIT_LEADER,
                CurrentUser.CONGRESS_ORGANISER);
    }

    static boolean reaches(CurrentUser me, String unitCode) {
        if (me.isAdministrator()) {
            return true;
        }
        String mine = me.unitCode();
        return mine != null && unitCode != null && (unitCode.equals(mine) || unitCode.startsWith(mine + "-"));
    }
}
