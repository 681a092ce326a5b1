package vn.tdkt.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The permission model as a table of role × action × unit, and the properties every row must keep. */
class AccessPolicyTest {

    /** LS ─┬─ LS-CL ─┬─ LS-CL-NL;  LS ── LS-HL;  LS-CL ── LS-CL-DM;  LS ── LS-STC. */
    static final Map<String, String> PARENTS = Map.of("LS-CL", "LS", "LS-HL", "LS", "LS-STC", "LS",
            "LS-CL-NL", "LS-CL", "LS-CL-DM", "LS-CL");
    static final UnitTree TREE = code -> Optional.ofNullable(PARENTS.get(code));
    static final Set<String> UNITS = Set.of("LS", "LS-CL", "LS-HL", "LS-STC", "LS-CL-NL", "LS-CL-DM");

    @ParameterizedTest(name = "{0} of {1} → {2} on {3}: {4}")
    @CsvSource(nullValues = "-", textBlock = """
            ADMINISTRATOR,      -,        MANAGE_UNITS,       -,        true
            ADMINISTRATOR,      -,        OPERATE,            -,        true
            ADMINISTRATOR,      -,        READ_PERSONAL_DATA, LS-HL,    true
            EMULATION_OFFICER,  LS-CL,    MANAGE_UNITS,       LS-CL,    true
            EMULATION_OFFICER,  LS-CL,    MANAGE_UNITS,       LS-CL-NL, true
            EMULATION_OFFICER,  LS-CL,    MANAGE_UNITS,       LS-HL,    false
            EMULATION_OFFICER,  LS-CL,    MANAGE_UNITS,       LS,       false
            EMULATION_OFFICER,  LS-CL,    MANAGE_UNITS,       -,        false
            EMULATION_OFFICER,  LS,       MANAGE_CAMPAIGNS,   LS-CL-DM, true
            EMULATION_OFFICER,  LS-CL-NL, MANAGE_CAMPAIGNS,   LS-CL,    false
            EMULATION_OFFICER,  LS-CL,    READ_PERSONAL_DATA, LS-CL-NL, true
            EMULATION_OFFICER,  LS-CL,    READ_PERSONAL_DATA, LS-HL,    false
            EMULATION_OFFICER,  LS-CL,    OPERATE,            -,        false
            EMULATION_OFFICER,  LS-CL,    READ_AUDIT,         -,        false
            EMULATION_OFFICER,  LS-CL,    READ_DIRECTORY,     -,        true
            EMULATION_OFFICER,  -,        MANAGE_UNITS,       LS-CL,    false
            EMULATION_OFFICER,  LS,       MANAGE_BLOCS,       LS,       true
            EMULATION_OFFICER,  LS-CL,    MANAGE_BLOCS,       LS,       false
            EMULATION_OFFICER,  LS-CL,    TAKE_PART_IN_BLOCS, LS-CL,    true
            EMULATION_OFFICER,  LS-CL,    TAKE_PART_IN_BLOCS, LS-HL,    false
            EMULATION_OFFICER,  LS-CL-NL, TAKE_PART_IN_BLOCS, LS-CL,    false
            UNIT_LEADER,        LS-CL,    TAKE_PART_IN_BLOCS, LS-CL,    true
            UNIT_LEADER,        LS-CL,    MANAGE_BLOCS,       LS-CL,    false
            COUNCIL_SECRETARY,  LS,       MANAGE_BLOCS,       LS,       true
            COUNCIL_SECRETARY,  LS,       TAKE_PART_IN_BLOCS, LS-CL,    false
            COUNCIL_MEMBER,     LS,       MANAGE_BLOCS,       LS,       false
            OPERATOR,           -,        MANAGE_BLOCS,       LS,       false
            EMULATION_OFFICER,  LS-CL-NL, MANAGE_REGISTRATIONS, LS-CL-NL, true
            EMULATION_OFFICER,  LS-CL,    MANAGE_REGISTRATIONS, LS-CL-DM, true
            EMULATION_OFFICER,  LS-CL-NL, MANAGE_REGISTRATIONS, LS-CL,  false
            UNIT_LEADER,        LS-CL,    MANAGE_REGISTRATIONS, LS-CL,  false
            UNIT_LEADER,        LS-CL,    READ_PERSONAL_DATA, LS-CL-DM, true
            UNIT_LEADER,        LS-CL,    MANAGE_CAMPAIGNS,   LS-CL,    false
            COUNCIL_SECRETARY,  LS,       READ_DIRECTORY,     -,        true
            COUNCIL_SECRETARY,  LS,       READ_PERSONAL_DATA, LS,       false
            COUNCIL_MEMBER,     LS,       MANAGE_UNITS,       LS,       false
            CONGRESS_ORGANISER, LS,       MANAGE_CAMPAIGNS,   LS,       false
            OPERATOR,           -,        OPERATE,            -,        true
            OPERATOR,           -,        READ_AUDIT,         -,        true
            OPERATOR,           -,        READ_DIRECTORY,     -,        true
            OPERATOR,           -,        READ_PERSONAL_DATA, LS,       false
            OPERATOR,           -,        MANAGE_UNITS,       LS-CL,    false
            EMULATION_OFFICER,  LS-CL,    CHECK_ELIGIBILITY,  -,        true
            EMULATION_OFFICER,  LS-CL,    CHECK_ELIGIBILITY,  LS-CL-NL, true
            EMULATION_OFFICER,  LS-CL,    CHECK_ELIGIBILITY,  LS-HL,    false
            COUNCIL_MEMBER,     LS,       CHECK_ELIGIBILITY,  -,        true
            UNIT_LEADER,        LS-CL,    CHECK_ELIGIBILITY,  LS-CL,    true
            CONGRESS_ORGANISER, LS,       CHECK_ELIGIBILITY,  -,        false
            OPERATOR,           -,        CHECK_ELIGIBILITY,  -,        false
            EMULATION_OFFICER,  LS-CL,    MANAGE_HONOURS,     LS-CL-DM, true
            EMULATION_OFFICER,  LS-CL,    MANAGE_HONOURS,     LS-HL,    false
            EMULATION_OFFICER,  LS-CL,    MANAGE_HONOURS,     -,        false
            COUNCIL_SECRETARY,  LS,       MANAGE_HONOURS,     LS,       false
            UNIT_LEADER,        LS-CL,    MANAGE_HONOURS,     LS-CL,    false
            EMULATION_OFFICER,  LS-CL,    NOMINATE,           LS-CL-NL, true
            EMULATION_OFFICER,  LS-CL,    NOMINATE,           LS-HL,    false
            COUNCIL_MEMBER,     LS,       NOMINATE,           LS,       false
            COUNCIL_SECRETARY,  LS,       APPRAISE_NOMINATIONS, LS-CL,  true
            COUNCIL_MEMBER,     LS,       APPRAISE_NOMINATIONS, LS,     false
            COUNCIL_SECRETARY,  LS,       RUN_COUNCIL,        LS,       true
            EMULATION_OFFICER,  LS,       RUN_COUNCIL,        LS,       false
            COUNCIL_MEMBER,     LS,       CAST_BALLOT,        LS,       true
            COUNCIL_SECRETARY,  LS,       CAST_BALLOT,        LS,       false
            COUNCIL_MEMBER,     LS,       READ_NOMINATIONS,   LS-CL,    true
            OPERATOR,           -,        READ_NOMINATIONS,   LS,       false
            UNIT_LEADER,        LS-CL,    DECIDE_AWARDS,      LS-CL,    true
            COUNCIL_MEMBER,     LS,       DECIDE_AWARDS,      LS,       false
            EMULATION_OFFICER,  LS-CL,    REGISTER_EXEMPLARS, LS-CL-NL, true
            UNIT_LEADER,        LS-CL,    REGISTER_EXEMPLARS, LS-CL,    false
            CONGRESS_ORGANISER, LS,       APPORTION,          -,        true
            EMULATION_OFFICER,  LS-CL-NL, APPORTION,          -,        true
            COUNCIL_MEMBER,     LS,       APPORTION,          -,        true
            UNIT_LEADER,        LS-CL,    APPORTION,          -,        true
            OPERATOR,           -,        APPORTION,          -,        false
            CONGRESS_ORGANISER, LS,       APPORTION,          LS-HL,    true
            CONGRESS_ORGANISER, LS-CL,    APPORTION,          LS-HL,    false
            CONGRESS_ORGANISER, LS,       ORGANISE_CONGRESSES, LS-CL,   true
            CONGRESS_ORGANISER, LS-CL,    ORGANISE_CONGRESSES, LS-HL,   false
            EMULATION_OFFICER,  LS-CL,    ORGANISE_CONGRESSES, LS-CL,   true
            UNIT_LEADER,        LS-CL,    ORGANISE_CONGRESSES, LS-CL,   false
            COUNCIL_SECRETARY,  LS,       ORGANISE_CONGRESSES, LS,      false
            EMULATION_OFFICER,  LS-CL-NL, PROPOSE_DELEGATES,  LS-CL-NL, true
            EMULATION_OFFICER,  LS-CL-NL, PROPOSE_DELEGATES,  LS-CL,    false
            UNIT_LEADER,        LS-CL,    PROPOSE_DELEGATES,  LS-CL-NL, true
            COUNCIL_MEMBER,     LS,       PROPOSE_DELEGATES,  LS,       false
            OPERATOR,           -,        PROPOSE_DELEGATES,  LS,       false
            EMULATION_OFFICER,  LS-CL-NL, APPROVE_DELEGATES,  LS-CL-NL, true
            UNIT_LEADER,        LS-CL-NL, APPROVE_DELEGATES,  LS-CL-NL, true
            CONGRESS_ORGANISER, LS-CL-NL, APPROVE_DELEGATES,  LS-CL-NL, true
            EMULATION_OFFICER,  LS-CL,    APPROVE_DELEGATES,  LS-CL-NL, false
            CONGRESS_ORGANISER, LS-CL,    APPROVE_DELEGATES,  LS-CL-NL, false
            UNIT_LEADER,        LS,       APPROVE_DELEGATES,  LS-CL,    false
            EMULATION_OFFICER,  LS-CL-NL, APPROVE_DELEGATES,  LS-CL,    false
            COUNCIL_SECRETARY,  LS-CL-NL, APPROVE_DELEGATES,  LS-CL-NL, false
            ADMINISTRATOR,      -,        APPROVE_DELEGATES,  LS-CL-NL, true
            EMULATION_OFFICER,  LS-CL,    READ_STATISTICS,    LS-CL-NL, true
            EMULATION_OFFICER,  LS-CL,    READ_STATISTICS,    LS-HL,    false
            UNIT_LEADER,        LS-CL,    READ_STATISTICS,    LS-CL,    true
            COUNCIL_SECRETARY,  LS,       READ_STATISTICS,    LS-CL,    true
            CONGRESS_ORGANISER, LS-CL,    READ_STATISTICS,    LS-CL-DM, true
            CONGRESS_ORGANISER, LS-CL,    READ_STATISTICS,    LS,       false
            COUNCIL_MEMBER,     LS,       READ_STATISTICS,    LS,       false
            OPERATOR,           -,        READ_STATISTICS,    LS,       false
            EMULATION_OFFICER,  LS-CL,    READ_STATISTICS,    -,        false
            EMULATION_OFFICER,  LS-CL,    PUBLISH_HONOUR_BOARD, LS-CL-NL, true
            EMULATION_OFFICER,  LS-CL-NL, PUBLISH_HONOUR_BOARD, LS-CL,  false
            UNIT_LEADER,        LS-CL,    PUBLISH_HONOUR_BOARD, LS-CL,  false
            COUNCIL_SECRETARY,  LS,       PUBLISH_HONOUR_BOARD, LS,     false
            """)
    void decides(Role role, String unit, Action action, String target, boolean allowed) {
        Decision decision = AccessPolicy.decide(new Actor("u", Set.of(role), unit), action, target, TREE);

        assertThat(decision.isAllowed()).isEqualTo(allowed);
        if (decision instanceof Decision.Denied denied) {
            assertThat(denied.reasons()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({"LS-HL", "LS-STC", "LS"})
    void aRefusalGivesTheReasonOfEveryRole(String target) {
        Actor both = new Actor("u", Set.of(Role.EMULATION_OFFICER, Role.COUNCIL_MEMBER), "LS-CL");

        Decision decision = AccessPolicy.decide(both, Action.MANAGE_UNITS, target, TREE);

        assertThat(decision).isInstanceOfSatisfying(Decision.Denied.class, denied -> assertThat(denied.reasons())
                .hasSize(2)
                .anySatisfy(reason -> assertThat(reason).contains("COUNCIL_MEMBER may not manage units"))
                .anySatisfy(reason -> assertThat(reason).contains(target).contains("LS-CL")));
    }

    @ParameterizedTest
    @CsvSource({"ADMINISTRATOR", "OPERATOR"})
    void aTokenWithoutRolesIsRefusedEverything(Role ignored) {
        assertThat(AccessPolicy.decide(new Actor("u", Set.of(), "LS"), Action.READ_DIRECTORY, null, TREE).isAllowed())
                .isFalse();
    }

    @Property
    void aUnitRoleNeverReachesOutsideItsSubtree(@ForAll("unitRoles") Role role, @ForAll("units") String own,
                                                @ForAll("units") String target, @ForAll Action action) {
        Decision decision = AccessPolicy.decide(new Actor("u", Set.of(role), own), action, target, TREE);

        if (decision.isAllowed() && action != Action.READ_DIRECTORY) {
            assertThat(TREE.isWithin(target, own)).as("%s of %s on %s", role, own, target).isTrue();
        }
    }

    /** The lower unit's congress passes its own list: a unit above never approves it through the subtree rule. */
    @Property
    void aUnitRoleApprovesOnlyItsOwnUnitsDelegates(@ForAll("unitRoles") Role role, @ForAll("units") String own,
                                                   @ForAll("units") String target) {
        boolean allowed = AccessPolicy.decide(new Actor("u", Set.of(role), own), Action.APPROVE_DELEGATES, target,
                TREE).isAllowed();

        assertThat(allowed).isEqualTo(target.equals(own) && AccessPolicy.grants(role).contains(Action.APPROVE_DELEGATES));
    }

    @Property
    void nothingIsAllowedThatNoRoleGrants(@ForAll Role role, @ForAll("unitsOrNone") String own,
                                          @ForAll("unitsOrNone") String target, @ForAll Action action) {
        boolean allowed = AccessPolicy.decide(new Actor("u", Set.of(role), own), action, target, TREE).isAllowed();

        if (!AccessPolicy.grants(role).contains(action)) {
            assertThat(allowed).isFalse();
        }
    }

    @Property
    void moreRolesNeverTakeAPermissionAway(@ForAll Role first, @ForAll Role second, @ForAll("units") String own,
                                           @ForAll("unitsOrNone") String target, @ForAll Action action) {
        boolean alone = AccessPolicy.decide(new Actor("u", Set.of(first), own), action, target, TREE).isAllowed();
        boolean together = AccessPolicy.decide(new Actor("u", EnumSet.of(first, second), own), action, target, TREE)
                .isAllowed();

        if (alone) {
            assertThat(together).isTrue();
        }
    }

    @Provide
    Arbitrary<Role> unitRoles() {
        return Arbitraries.of(Role.values()).filter(role -> !role.global());
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of(UNITS);
    }

    @Provide
    Arbitrary<String> unitsOrNone() {
        return Arbitraries.of(UNITS).injectNull(0.2);
    }
}
