package vn.tdkt.support.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The permission model of the whole platform, written once: which role may take which action, and
 * whether the role's reach is the whole platform or the caller's unit and everything under it.
 * A pure function of its inputs, so it is tested as a table.
 */
public final class AccessPolicy {

    private static final Map<Role, Set<Action>> GRANTS = Map.of(
            Role.ADMINISTRATOR, EnumSet.allOf(Action.class),
            Role.OPERATOR, EnumSet.of(Action.READ_DIRECTORY, Action.OPERATE, Action.READ_AUDIT),
            Role.EMULATION_OFFICER, EnumSet.of(Action.READ_DIRECTORY, Action.READ_PERSONAL_DATA,
                    Action.MANAGE_UNITS, Action.MANAGE_CAMPAIGNS, Action.MANAGE_BLOCS, Action.TAKE_PART_IN_BLOCS,
                    Action.MANAGE_REGISTRATIONS, Action.CHECK_ELIGIBILITY, Action.MANAGE_HONOURS, Action.NOMINATE,
                    Action.READ_NOMINATIONS, Action.APPRAISE_NOMINATIONS, Action.DECIDE_AWARDS,
                    Action.REGISTER_EXEMPLARS, Action.APPORTION, Action.ORGANISE_CONGRESSES, Action.PROPOSE_DELEGATES,
                    Action.APPROVE_DELEGATES, Action.READ_STATISTICS, Action.PUBLISH_HONOUR_BOARD),
            // A unit's head signs its bloc's covenant (and may score for it, as its officer does) and signs the
            // decisions within the unit's powers.
            Role.UNIT_LEADER, EnumSet.of(Action.READ_DIRECTORY, Action.READ_PERSONAL_DATA, Action.TAKE_PART_IN_BLOCS,
                    Action.CHECK_ELIGIBILITY, Action.READ_NOMINATIONS, Action.DECIDE_AWARDS, Action.APPORTION,
                    Action.PROPOSE_DELEGATES, Action.APPROVE_DELEGATES, Action.READ_STATISTICS),
            // The council's standing office (thường trực hội đồng) runs the blocs it follows, appraises the
            // dossiers and runs the council's sessions.
            Role.COUNCIL_SECRETARY, EnumSet.of(Action.READ_DIRECTORY, Action.MANAGE_BLOCS, Action.CHECK_ELIGIBILITY,
                    Action.READ_NOMINATIONS, Action.APPRAISE_NOMINATIONS, Action.RUN_COUNCIL, Action.APPORTION,
                    Action.READ_STATISTICS),
            // The periodic figures (READ_STATISTICS) are for those who write the reviews' reports: the officer, the
            // leader who signs them, the council's standing office and the congress's organisers; counts only.
            // A member reads the dossiers put to the vote and casts their own ballot; nothing else.
            Role.COUNCIL_MEMBER, EnumSet.of(Action.READ_DIRECTORY, Action.CHECK_ELIGIBILITY, Action.READ_NOMINATIONS,
                    Action.CAST_BALLOT, Action.APPORTION),
            // The organising committee (ban tổ chức) plans its level's congress, allocates its seats among the units
            // below and follows their delegate lists up to its roster. Those lists name people: the congress actions
            // carry the right to read them (audited), not the general READ_PERSONAL_DATA on contacts and dossiers.
            Role.CONGRESS_ORGANISER, EnumSet.of(Action.READ_DIRECTORY, Action.APPORTION,
                    Action.ORGANISE_CONGRESSES, Action.PROPOSE_DELEGATES, Action.APPROVE_DELEGATES,
                    Action.READ_STATISTICS));

    /**
     * Actions a unit role takes for its own unit only, not for the units below it: a lower unit's congress passes
     * its own delegate list (seed 002's programme), so an upper unit cannot approve it through the subtree rule.
     */
    private static final Set<Action> OWN_UNIT_ONLY = EnumSet.of(Action.APPROVE_DELEGATES);

    private AccessPolicy() {
    }

    /** The actions a role grants, for documentation and tests. */
    public static Set<Action> grants(Role role) {
        return Set.copyOf(GRANTS.get(role));
    }

    /**
     * May {@code actor} take {@code action} on something belonging to {@code targetUnit}? A null
     * target means the action concerns no particular unit (a top-level unit, the dead letters): only
     * a global role reaches it. Allowed as soon as one of the actor's roles allows it; otherwise
     * denied with the reason of every role.
     */
    public static Decision decide(Actor actor, Action action, String targetUnit, UnitTree tree) {
        List<String> reasons = new ArrayList<>();
        if (actor.roles().isEmpty()) {
            return Decision.denied(List.of("the token carries no role of this platform"));
        }
        for (Role role : actor.roles()) {
            if (!GRANTS.get(role).contains(action)) {
                reasons.add("role " + role + " may not " + describe(action));
            } else if (role.global()) {
                return Decision.allowed();
            } else if (actor.unitCode() == null) {
                reasons.add("role " + role + " acts for a unit, and the token names none");
            } else if (action == Action.READ_DIRECTORY) {
                return Decision.allowed(); // names, codes and phases are no secret inside the administration
            } else if ((action == Action.CHECK_ELIGIBILITY || action == Action.APPORTION) && targetUnit == null) {
                return Decision.allowed(); // a calculation on facts the caller sends: nothing stored is read
            } else if (targetUnit == null) {
                reasons.add("role " + role + " acts only under its unit " + actor.unitCode()
                        + ", and this concerns no unit under it");
            } else if (OWN_UNIT_ONLY.contains(action)) {
                if (targetUnit.equals(actor.unitCode())) {
                    return Decision.allowed();
                }
                reasons.add("role " + role + " may " + describe(action) + " only for its own unit "
                        + actor.unitCode() + ", not " + targetUnit);
            } else if (tree.isWithin(targetUnit, actor.unitCode())) {
                return Decision.allowed();
            } else {
                reasons.add("unit " + targetUnit + " is not " + actor.unitCode() + " or under it");
            }
        }
        return Decision.denied(reasons);
    }

    private static String describe(Action action) {
        return action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
