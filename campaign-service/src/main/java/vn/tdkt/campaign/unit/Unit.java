package vn.tdkt.campaign.unit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.tdkt.campaign.unit.HistoryEntry.Change;
import vn.tdkt.events.unit.UnitContact;
import vn.tdkt.events.unit.UnitEvent;
import vn.tdkt.events.unit.UnitRegistered;
import vn.tdkt.events.unit.UnitUpdated;
import vn.tdkt.support.problem.ConflictException;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.RuleViolationException;

/**
 * A unit of the registry (đơn vị): one node of the organisation tree. Its contacts are whom the
 * other services write to about campaigns, so every change to them is an event. Every change also
 * adds to the unit's history, which stays readable under its code after it is merged or deactivated;
 * a unit that is no longer {@code ACTIVE} refuses every further change.
 */
final class Unit {

    static final int MAX_NAME_LENGTH = 300;
    /** Deliberately loose (one {@code @}, a dotted domain): the mail server is the real judge. */
    static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$";

    private final UnitCode code;
    private final UnitLevel level;
    private final Instant registeredAt;
    private final List<HistoryEntry> history;
    private UnitCode parentCode;
    private String name;
    private Integer staffCount;
    private List<String> contactEmails;
    private Contact officer;
    private Contact leader;
    private UnitStatus status;
    private UnitCode successorCode;
    private List<UnitCode> predecessorCodes;
    private LocalDate statusEffectiveDate;
    private Instant updatedAt;
    /** The stored version this state was read at; {@code null} until first stored. */
    private Long version;

    private Unit(State state, List<HistoryEntry> history, Long version) {
        this.code = Objects.requireNonNull(state.code(), "code");
        this.level = Objects.requireNonNull(state.level(), "level");
        this.parentCode = state.parentCode();
        this.name = state.name();
        this.staffCount = state.staffCount();
        this.contactEmails = state.contactEmails();
        this.officer = state.officer();
        this.leader = state.leader();
        this.status = state.status() == null ? UnitStatus.ACTIVE : state.status();
        this.successorCode = state.successorCode();
        this.predecessorCodes = state.predecessorCodes() == null ? List.of() : List.copyOf(state.predecessorCodes());
        this.statusEffectiveDate = state.statusEffectiveDate();
        this.registeredAt = state.registeredAt();
        this.updatedAt = state.updatedAt();
        this.history = new ArrayList<>(history);
        this.version = version;
    }

    /** A new unit and the event announcing it. Whether the parent exists is the registry's to check. */
    static Registration register(UnitCode code, String name, UnitLevel level, UnitCode parentCode,
                                 Integer staffCount, Collection<String> contactEmails, Clock clock) {
        return register(code, name, level, parentCode, staffCount, contactEmails, null, null, clock);
    }

    /** As above, with the unit's emulation officer and leader (either may be null). */
    static Registration register(UnitCode code, String name, UnitLevel level, UnitCode parentCode,
                                 Integer staffCount, Collection<String> contactEmails, Contact officer,
                                 Contact leader, Clock clock) {
        if (code.equals(parentCode)) {
            throw new InvalidInputException("parentCode", "A unit cannot be its own parent");
        }
        Instant now = clock.instant();
        Unit unit = new Unit(new State(code, validName(name), level, parentCode, validStaffCount(staffCount),
                normalisedEmails(contactEmails), officer, leader, UnitStatus.ACTIVE, null, List.of(), null, now, now),
                List.of(new HistoryEntry(now, null, Change.REGISTERED, null, parentValue(parentCode), List.of())), null);
        return new Registration(unit, List.of(unit.snapshot(true)));
    }

    /**
     * A unit created by a merger as the successor of {@code predecessors}: registered and succeeding in one
     * event, so that no consumer ever sees the successor without its predecessors.
     */
    static Registration succeed(UnitCode code, String name, UnitLevel level, UnitCode parentCode, Integer staffCount,
                                Collection<String> contactEmails, List<UnitCode> predecessors, LocalDate effectiveDate,
                                Clock clock) {
        if (code.equals(parentCode)) {
            throw new InvalidInputException("successor.parentCode", "A unit cannot be its own parent");
        }
        Instant now = clock.instant();
        Unit unit = new Unit(new State(code, validName(name), level, parentCode, validStaffCount(staffCount),
                normalisedEmails(contactEmails), null, null, UnitStatus.ACTIVE, null, predecessors, null, now, now),
                List.of(new HistoryEntry(now, effectiveDate, Change.REGISTERED, null, parentValue(parentCode), List.of()),
                        new HistoryEntry(now, effectiveDate, Change.SUCCEEDED, null, null, values(predecessors))),
                null);
        return new Registration(unit, List.of(unit.snapshot(true)));
    }

    /** Rebuilds a unit from storage; no rules are re-checked and no events are produced. */
    static Unit restore(State state, List<HistoryEntry> history, long version) {
        return new Unit(state.withContactEmails(List.copyOf(state.contactEmails())), history, version);
    }

    /**
     * Renames the unit or changes its staff count or contacts. Nothing changed, no event: a repeated
     * request does not mail anyone again.
     */
    List<UnitEvent> update(String newName, Integer newStaffCount, Collection<String> newContactEmails, Clock clock) {
        return update(newName, newStaffCount, newContactEmails, officer, leader, clock);
    }

    /** As above, replacing the officer and the leader too (null clears them). */
    List<UnitEvent> update(String newName, Integer newStaffCount, Collection<String> newContactEmails,
                           Contact newOfficer, Contact newLeader, Clock clock) {
        requireActive("changed");
        String checkedName = validName(newName);
        Integer checkedStaff = validStaffCount(newStaffCount);
        List<String> emails = normalisedEmails(newContactEmails);
        boolean renamed = !checkedName.equals(name);
        if (!renamed && Objects.equals(checkedStaff, staffCount) && emails.equals(contactEmails)
                && Objects.equals(newOfficer, officer) && Objects.equals(newLeader, leader)) {
            return List.of();
        }
        Instant now = clock.instant();
        history.add(renamed ? new HistoryEntry(now, null, Change.RENAMED, name, checkedName, List.of())
                : new HistoryEntry(now, null, Change.UPDATED, null, null, List.of()));
        this.name = checkedName;
        this.staffCount = checkedStaff;
        this.contactEmails = emails;
        this.officer = newOfficer;
        this.leader = newLeader;
        return changed(now);
    }

    /**
     * Takes the unit out of use from {@code effectiveDate}; it stays readable with its history. Whether it
     * still has active units below it is the registry's to check.
     */
    List<UnitEvent> deactivate(LocalDate effectiveDate, Clock clock) {
        requireActive("deactivated");
        Instant now = clock.instant();
        this.status = UnitStatus.INACTIVE;
        this.statusEffectiveDate = effectiveDate;
        history.add(new HistoryEntry(now, effectiveDate, Change.DEACTIVATED, null, null, List.of()));
        return changed(now);
    }

    /**
     * Moves the unit under {@code newParent}, whose own ancestors (nearest first) the registry gives: a unit
     * moved under itself or under one of its descendants would make a cycle, and is refused.
     */
    List<UnitEvent> moveTo(UnitCode newParent, List<UnitCode> ancestorsOfNewParent, LocalDate effectiveDate,
                           Clock clock) {
        requireActive("moved");
        if (newParent.equals(code) || ancestorsOfNewParent.contains(code)) {
            throw new RuleViolationException("A unit cannot be moved under itself or one of its own units",
                    List.of(new FieldError("newParentCode", newParent + " is " + (newParent.equals(code)
                            ? "the unit itself" : "below " + code) + ": the tree would have a cycle")));
        }
        if (newParent.equals(parentCode)) {
            throw new RuleViolationException("The unit is already there",
                    List.of(new FieldError("newParentCode", code + " is already under " + newParent)));
        }
        return reparent(newParent, effectiveDate, clock);
    }

    /** Merges this unit into {@code successor}: it keeps its code and history, and acts no more. */
    List<UnitEvent> mergeInto(UnitCode successor, LocalDate effectiveDate, Clock clock) {
        requireActive("merged");
        Instant now = clock.instant();
        this.status = UnitStatus.MERGED;
        this.successorCode = successor;
        this.statusEffectiveDate = effectiveDate;
        history.add(new HistoryEntry(now, effectiveDate, Change.MERGED, null, successor.value(), List.of()));
        return changed(now);
    }

    /**
     * This unit, kept by a merger, takes over {@code predecessors} and the successor's new particulars. No
     * check of "nothing changed": a merger is always an event.
     */
    List<UnitEvent> succeed(String newName, UnitCode newParent, Integer newStaffCount,
                            Collection<String> newContactEmails, List<UnitCode> predecessors,
                            LocalDate effectiveDate, Clock clock) {
        requireActive("kept by a merger");
        Instant now = clock.instant();
        String checkedName = validName(newName);
        if (!checkedName.equals(name)) {
            history.add(new HistoryEntry(now, effectiveDate, Change.RENAMED, name, checkedName, List.of()));
        }
        if (!Objects.equals(newParent, parentCode)) {
            history.add(new HistoryEntry(now, effectiveDate, Change.MOVED, parentValue(parentCode),
                    parentValue(newParent), List.of()));
        }
        history.add(new HistoryEntry(now, effectiveDate, Change.SUCCEEDED, null, null, values(predecessors)));
        this.name = checkedName;
        this.parentCode = newParent;
        this.staffCount = validStaffCount(newStaffCount);
        this.contactEmails = normalisedEmails(newContactEmails);
        List<UnitCode> all = new ArrayList<>(predecessorCodes);
        predecessors.stream().filter(p -> !all.contains(p)).forEach(all::add);
        this.predecessorCodes = List.copyOf(all);
        return changed(now);
    }

    /**
     * Follows its merged parent to the successor. Unlike a move, an inactive unit follows too, so that the
     * tree holds no unit under a parent that acts no more; a merged one keeps the parent it had.
     */
    List<UnitEvent> followMergedParent(UnitCode successor, LocalDate effectiveDate, Clock clock) {
        if (status == UnitStatus.MERGED) {
            throw new ConflictException("Unit " + code + " was merged; it stays where it was");
        }
        return reparent(successor, effectiveDate, clock);
    }

    /** Whether {@link #succeed} already ran for these predecessors: a merger re-run skips it. */
    boolean succeeds(Collection<UnitCode> predecessors) {
        return predecessorCodes.containsAll(predecessors);
    }

    private List<UnitEvent> reparent(UnitCode newParent, LocalDate effectiveDate, Clock clock) {
        Instant now = clock.instant();
        history.add(new HistoryEntry(now, effectiveDate, Change.MOVED, parentValue(parentCode), newParent.value(),
                List.of()));
        this.parentCode = newParent;
        return changed(now);
    }

    private void requireActive(String what) {
        if (status != UnitStatus.ACTIVE) {
            throw new ConflictException("Unit " + code + " is " + status + (successorCode == null ? ""
                    : " (into " + successorCode + ")") + " and kept only for its history: it cannot be " + what);
        }
    }

    private List<UnitEvent> changed(Instant now) {
        this.updatedAt = now;
        return List.of(snapshot(false));
    }

    /** Called by the repository once the state is stored at {@code storedVersion}. */
    void stored(long storedVersion) {
        this.version = storedVersion;
    }

    /** The whole state as an event: consumers keep only the newest. */
    private UnitEvent snapshot(boolean registered) {
        UnitContact officerEvent = officer == null ? null : officer.toEvent();
        UnitContact leaderEvent = leader == null ? null : leader.toEvent();
        String successor = successorCode == null ? null : successorCode.value();
        return registered
                ? new UnitRegistered(UUID.randomUUID(), updatedAt, code.value(), nextVersion(), code.value(), name,
                        level.name(), parentValue(parentCode), staffCount, contactEmails, status.name(), successor,
                        values(predecessorCodes), statusEffectiveDate, officerEvent, leaderEvent)
                : new UnitUpdated(UUID.randomUUID(), updatedAt, code.value(), nextVersion(), code.value(), name,
                        level.name(), parentValue(parentCode), staffCount, contactEmails, status.name(), successor,
                        values(predecessorCodes), statusEffectiveDate, officerEvent, leaderEvent);
    }

    /** The version the next write stores; events carry it so projections can drop stale ones. */
    private long nextVersion() {
        return version == null ? 0 : version + 1;
    }

    private static String parentValue(UnitCode parentCode) {
        return parentCode == null ? null : parentCode.value();
    }

    private static List<String> values(Collection<UnitCode> codes) {
        return codes.stream().map(UnitCode::value).toList();
    }

    static String validName(String name) {
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
    static List<String> normalisedEmails(Collection<String> emails) {
        if (emails == null) {
            return List.of();
        }
        Set<String> normalised = new LinkedHashSet<>();
        List<String> given = new ArrayList<>(emails);
        for (int i = 0; i < given.size(); i++) {
            String email = given.get(i) == null ? "" : given.get(i).strip().toLowerCase(Locale.ROOT);
            if (!Syntax.isEmail(email)) {
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

    Contact officer() {
        return officer;
    }

    Contact leader() {
        return leader;
    }

    UnitStatus status() {
        return status;
    }

    UnitCode successorCode() {
        return successorCode;
    }

    List<UnitCode> predecessorCodes() {
        return predecessorCodes;
    }

    LocalDate statusEffectiveDate() {
        return statusEffectiveDate;
    }

    List<HistoryEntry> history() {
        return List.copyOf(history);
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

    /** A unit's state as stored, without its history. */
    record State(UnitCode code, String name, UnitLevel level, UnitCode parentCode, Integer staffCount,
                 List<String> contactEmails, Contact officer, Contact leader, UnitStatus status,
                 UnitCode successorCode, List<UnitCode> predecessorCodes, LocalDate statusEffectiveDate,
                 Instant registeredAt, Instant updatedAt) {

        State withContactEmails(List<String> emails) {
            return new State(code, name, level, parentCode, staffCount, emails, officer, leader, status, successorCode,
                    predecessorCodes, statusEffectiveDate, registeredAt, updatedAt);
        }
    }
}
