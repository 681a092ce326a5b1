package vn.tdkt.nomination.council;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.tdkt.events.nomination.CouncilUpdated;
import vn.tdkt.events.nomination.NominationEvent;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;

/**
 * A unit's emulation and commendation council (hội đồng thi đua – khen thưởng): its voting members by user
 * name, the chair among them, and the secretary who runs its sessions. One per unit, identified by the unit's
 * code. The number of members is the denominator a vote is counted on.
 */
final class Council {

    static final String USERNAME = "[A-Za-z0-9._@-]{1,64}";
    static final String UNIT_CODE = "[A-Za-z0-9._-]{1,64}";
    static final int MAX_MEMBERS = 100;
    static final int MAX_NAME = 300;

    private final String unitCode;
    private Definition definition;
    private Long version;

    private Council(String unitCode, Definition definition, Long version) {
        this.unitCode = unitCode;
        this.definition = definition;
        this.version = version;
    }

    /** What the secretary states: the council's name, chair, secretary and members (members sorted). */
    record Definition(String name, String chair, String secretary, List<String> members) {
    }

    static Council restore(String unitCode, Definition definition, long version) {
        return new Council(unitCode, definition, version);
    }

    /** Sets up the council of {@code unitCode}; every wrong field is named at once. */
    static Council establish(String unitCode, Definition requested, String by, Clock clock, List<NominationEvent> out) {
        Council council = new Council(unitCode, checked(requested), null);
        out.add(council.updated(by, clock));
        return council;
    }

    /** Replaces the council's composition; sessions already open keep the membership they opened with. */
    List<NominationEvent> redefine(Definition requested, String by, Clock clock) {
        definition = checked(requested);
        return List.of(updated(by, clock));
    }

    private CouncilUpdated updated(String by, Clock clock) {
        return new CouncilUpdated(UUID.randomUUID(), clock.instant(), unitCode, nextVersion(), unitCode,
                definition.name(), definition.chair(), definition.secretary(), definition.members(), membership(), by);
    }

    private static Definition checked(Definition d) {
        List<FieldError> errors = new ArrayList<>();
        String name = d.name() == null ? null : d.name().strip();
        if (name == null || name.isEmpty()) {
            errors.add(new FieldError("name", "must not be blank"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldError("name", "must be at most " + MAX_NAME + " characters"));
        }
        List<String> members = d.members() == null ? List.of() : d.members();
        if (members.isEmpty()) {
            errors.add(new FieldError("members", "must name at least one member"));
        } else if (members.size() > MAX_MEMBERS) {
            errors.add(new FieldError("members", "must name at most " + MAX_MEMBERS + " members"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            String member = members.get(i);
            if (member == null || !member.matches(USERNAME)) {
                errors.add(new FieldError("members[" + i + "]", "must be a user name (1–64 letters, digits, '.', '_', '@' or '-')"));
            } else if (!seen.add(member)) {
                errors.add(new FieldError("members[" + i + "]", member + " is named twice"));
            }
        }
        if (d.chair() == null || !d.chair().matches(USERNAME)) {
            errors.add(new FieldError("chair", "must be a user name"));
        } else if (!members.contains(d.chair())) {
            errors.add(new FieldError("chair", d.chair() + " must be one of the members"));
        }
        if (d.secretary() == null || !d.secretary().matches(USERNAME)) {
            errors.add(new FieldError("secretary", "must be a user name"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Definition(name, d.chair(), d.secretary(), members.stream().sorted().toList());
    }

    void stored(long storedVersion) {
        this.version = storedVersion;
    }

    private long nextVersion() {
        return version == null ? 0 : version + 1;
    }

    String unitCode() {
        return unitCode;
    }

    Definition definition() {
        return definition;
    }

    int membership() {
        return definition.members().size();
    }

    boolean isMember(String username) {
        return definition.members().contains(username);
    }

    Long version() {
        return version;
    }
}
