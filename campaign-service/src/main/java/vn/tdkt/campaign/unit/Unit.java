package vn.tdkt.campaign.unit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.tdkt.events.unit.UnitEvent;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.events.unit.UnitUpdated;
import vn.tdkt.support.problem.InvalidInputException;

/**
 * A unit of the registry (đơn vị): one node of the organisation tree. Its contacts are whom the
 * other services write to about campaigns, so every change to them is an event.
 */
final class Unit {

    static final int MAX_NAME_LENGTH = 300;
    /** Deliberately loose (one {@code @}, a dotted domain): the mail server is the real judge. */
    static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$";
    private static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);

    private final UnitCode code;
    private final UnitLevel level;
    private final UnitCode parentCode;
    private final Instant registeredAt;
    private String name;
    private Integer staffCount;
    private List<String> contactEmails;
    private Instant updatedAt;
    /** The stored version this state was read at; {@code null} until first stored. */
    private Long version;

    private Unit(UnitCode code, String name, UnitLevel level, UnitCode parentCode, Integer staffCount,
                 List<String> contactEmails, Instant registeredAt, Instant updatedAt, Long version) {
        this.code = Objects.requireNonNull(code, "code");
        this.level = Objects.requireNonNull(level, "level");
        this.parentCode = parentCode;
        this.name = name;
        this.staffCount = staffCount;
        this.contactEmails = contactEmails;
        this.registeredAt = registeredAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A new unit and the event announcing it. Whether the parent exists is the registry's to check. */
    static Registration register(UnitCode code, String name, UnitLevel level, UnitCode parentCode,
                                 Integer staffCount, Collection<String> contactEmails, Clock clock) {
        if (code.equals(parentCode)) {
            throw new InvalidInputException("parentCode", "A unit cannot be its own parent");
        }
        Instant now = clock.instant();
        Unit unit = new Unit(code, validName(name), level, parentCode, validStaffCount(staffCount),
                normalisedEmails(contactEmails), now, now, null);
        return new Registration(unit, List.of(unit.registered(now)));
    }

    /** Rebuilds a unit from storage; no rules are re-checked and no events are produced. */
    static Unit restore(UnitCode code, String name, UnitLevel level, UnitCode parentCode, Integer staffCount,
                        List<String> contactEmails, Instant registeredAt, Instant updatedAt, long version) {
        return new Unit(code, name, level, parentCode, staffCount, List.copyOf(contactEmails), registeredAt,
                updatedAt, version);
    }

    /**
     * Renames the unit or changes its staff count or contacts. Nothing changed, no event: a repeated
     * request does not mail anyone again.
     */
    List<UnitEvent> update(String newName, Integer newStaffCount, Collection<String> newContactEmails, Clock clock) {
        String checkedName = validName(newName);
        Integer checkedStaff = validStaffCount(newStaffCount);
        List<String> emails = normalisedEmails(newContactEmails);
        if (checkedName.equals(name) && Objects.equals(checkedStaff, staffCount) && emails.equals(contactEmails)) {
            return List.of();
        }
        this.name = checkedName;
        this.staffCount = checkedStaff;
        this.contactEmails = emails;
        this.updatedAt = clock.instant();
        return List.of(new UnitUpdated(UUID.randomUUID(), updatedAt, code.value(), nextVersion(), code.value(),
                name, level.name(), parentValue(), staffCount, contactEmails));
    }

    /** Called by the repository once the state is stored at {@code storedVersion}. */
    void stored(long storedVersion) {
        this.version = storedVersion;
    }

    private UnitRegistered registered(Instant at) {
        return new UnitRegistered(UUID.randomUUID(), at, code.value(), nextVersion(), code.value(), name,
                level.name(), parentValue(), staffCount, contactEmails);
    }

    /** The version the next write stores; events carry it so projections can drop stale ones. */
    private long nextVersion() {
        return version == null ? 0 : version + 1;
    }

    private String parentValue() {
        return parentCode == null ? null : parentCode.value();
    }

    private static String validName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("name", "must not be blank");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return trimmed;
    }

    private static Integer validStaffCount(Integer staffCount) {
        if (staffCount != null && staffCount < 0) {
            throw new InvalidInputException("staffCount", "must be 0 or more");
        }
        return staffCount;
    }

    /** Lower-cased and de-duplicated in their first order: mail addresses are compared that way. */
    private static List<String> normalisedEmails(Collection<String> emails) {
        if (emails == null) {
            return List.of();
        }
        Set<String> normalised = new LinkedHashSet<>();
        List<String> given = new ArrayList<>(emails);
        for (int i = 0; i < given.size(); i++) {
            String email = given.get(i) == null ? "" : given.get(i).strip().toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches()) {
                throw new InvalidInputException("contactEmails[" + i + "]", "must be an email address");
            }
            normalised.add(email);
        }
        return List.copyOf(normalised);
    }

    UnitCode code() {
        return code;
    }

    String name() {
        return name;
    }

    UnitLevel level() {
        return level;
    }

    UnitCode parentCode() {
        return parentCode;
    }

    Integer staffCount() {
        return staffCount;
    }

    List<String> contactEmails() {
        return contactEmails;
    }

    Instant registeredAt() {
        return registeredAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Long version() {
        return version;
    }

    /** A registered unit with the event that announces it. */
    record Registration(Unit unit, List<UnitEvent> events) {
    }
}
