package vn.tdkt.campaign.unit;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.tdkt.campaign.unit.UnitLookup.TreeListener;
import vn.tdkt.events.unit.UnitEvent;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.ConflictException;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.problem.RuleViolationException;

/** The unit registry's use cases: each loads, runs one command, stores state and events in one write per unit. */
@Service
class UnitService implements UnitLookup {

    private static final Logger log = LoggerFactory.getLogger(UnitService.class);

    private final UnitRepository units;
    private final UnitMergerRepository mergers;
    private final OutboxRelay relay;
    private final Clock clock;
    private final ObjectProvider<TreeListener> listeners;

    /**
     * @param listeners resolved at each use: the features listening (blocs) also ask the registry, so
     *                  resolving them while it is built would be a cycle; none in a slice without them
     */
    UnitService(UnitRepository units, UnitMergerRepository mergers, OutboxRelay relay, Clock clock,
                ObjectProvider<TreeListener> listeners) {
        this.units = units;
        this.mergers = mergers;
        this.relay = relay;
        this.clock = clock;
        this.listeners = listeners;
    }

    Unit register(RegisterUnit command) {
        if (units.find(command.code()).isPresent()) {
            throw new ConflictException("Unit " + command.code() + " is already registered");
        }
        if (command.parentCode() != null) {
            Unit parent = units.find(command.parentCode()).orElseThrow(() -> new RuleViolationException(
                    "The parent unit is not registered",
                    List.of(new FieldError("parentCode", "no unit " + command.parentCode() + " is registered"))));
            requireActiveParent(parent, "parentCode");
        }
        Unit.Registration registration = Unit.register(command.code(), command.name(), command.level(),
                command.parentCode(), command.staffCount(), command.contactEmails(), command.officer(),
                command.leader(), clock);
        units.insert(registration.unit(), registration.events());
        relay.nudge();
        return registration.unit();
    }

    Unit update(UnitCode code, UpdateUnit command) {
        Unit unit = get(code);
        List<UnitEvent> events = unit.update(command.name(), command.staffCount(), command.contactEmails(),
                command.officer(), command.leader(), clock);
        return store(unit, events);
    }

    /** Takes a unit out of use; refused while active units remain below it (they would be orphans). */
    Unit deactivate(UnitCode code, LocalDate effectiveDate) {
        Unit unit = get(code);
        if (unit.status() == UnitStatus.ACTIVE && units.hasActiveChildren(code)) {
            throw new RuleViolationException("Active units remain below " + code,
                    List.of(new FieldError("code", "move, merge or deactivate the active units below " + code
                            + " first")));
        }
        return store(unit, unit.deactivate(effectiveDate == null ? LocalDate.now(clock) : effectiveDate, clock));
    }

    /** Moves a unit under another active parent; the aggregate refuses a cycle. */
    Unit move(UnitCode code, UnitCode newParentCode, LocalDate effectiveDate) {
        Unit unit = get(code);
        Unit parent = units.find(newParentCode).orElseThrow(() -> new RuleViolationException(
                "The new parent is not registered",
                List.of(new FieldError("newParentCode", "no unit " + newParentCode + " is registered"))));
        requireActiveParent(parent, "newParentCode");
        List<UnitCode> ancestors = units.ancestorsOf(newParentCode);
        store(unit, unit.moveTo(newParentCode, ancestors,
                effectiveDate == null ? LocalDate.now(clock) : effectiveDate, clock));
        // After the unit's own write: a crash in between leaves derived data stale (see docs/design.md), never
        // a unit whose move was announced to features but not stored.
        List<UnitCode> above = new ArrayList<>(List.of(newParentCode));
        above.addAll(ancestors);
        for (TreeListener listener : listeners.orderedStream().toList()) {
            try {
                listener.moved(code, List.copyOf(above));
            } catch (RuntimeException e) {
                // the move stands; the derived data catches up at its own next write
                log.error("A feature could not follow the move of {} under {}", code, newParentCode, e);
            }
        }
        return unit;
    }

    /** The units whose officers decide a move: those above the unit now and above it afterwards. */
    List<String> movers(UnitCode code, UnitCode newParentCode) {
        List<String> deciders = new ArrayList<>();
        deciders.add(units.find(code).map(unit -> unit.parentCode() == null ? null : unit.parentCode().value())
                .orElse(code.value()));
        deciders.add(newParentCode.value());
        return deciders;
    }

    /** The unit whose officers decide about {@code code} as a whole (deactivate it): its parent. */
    String decider(UnitCode code) {
        return units.find(code).map(unit -> unit.parentCode() == null ? null : unit.parentCode().value())
                .orElse(code.value()); // unknown: the check passes to the 404 of the command
    }

    /**
     * Merges the sources into the successor, all or nothing as far as the rules go: every rule is checked
     * on a snapshot before anything is written, and a refusal lists every reason.
     *
     * <p>Why a merger record first: MongoDB without a replica set cannot write several units atomically,
     * and each unit must carry its own event in its own document (the outbox). So the merger is first
     * stored as one document ({@code unit_mergers}, {@code PENDING}) holding everything needed to finish it;
     * then each unit is written with its event (successor, then sources, then the children of the sources);
     * then the record is marked {@code COMPLETED}. Every step is idempotent (a source already merged into
     * this successor is skipped, a successor that already lists its predecessors is not written again), so
     * a crash between steps leaves a pending record that {@link UnitMergerRecovery} completes: every unit
     * change that became visible has its event beside it, and the rest follows.
     */
    MergerView merge(Merger merger, String requestedBy) {
        Set<UnitCode> lookup = new LinkedHashSet<>(merger.sourceCodes());
        lookup.add(merger.successor().code());
        UnitCode parent = merger.successor().parentCode();
        if (parent != null) {
            lookup.add(parent);
        }
        Map<UnitCode, Unit> registered = units.findAll(lookup);
        List<UnitCode> parentAncestors = parent == null ? List.of() : units.ancestorsOf(parent);
        List<FieldError> errors = merger.check(registered, parentAncestors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException("The merger is refused; nothing was changed", errors);
        }
        UnitMergerDocument record = UnitMergerDocument.pending(UUID.randomUUID().toString(), merger, requestedBy,
                clock.instant());
        mergers.insert(record);
        UnitMergerDocument completed = complete(record);
        relay.nudge();
        return view(completed);
    }

    /** The units whose officers decide a merger: the parents of the sources and the successor's parent. */
    List<String> mergerDeciders(Merger merger) {
        List<String> deciders = new ArrayList<>();
        units.findAll(merger.sourceCodes()).values().forEach(source ->
                deciders.add(source.parentCode() == null ? null : source.parentCode().value()));
        deciders.add(merger.successor().parentCode() == null ? null : merger.successor().parentCode().value());
        return deciders;
    }

    MergerView merger(String id) {
        return mergers.find(id).map(this::view).orElseThrow(() -> new NotFoundException("No merger " + id));
    }

    /** Completes mergers that were interrupted (recorded more than {@code olderThan} ago and still pending). */
    int completePending(Duration olderThan) {
        int completed = 0;
        for (UnitMergerDocument pending : mergers.pendingBefore(clock.instant().minus(olderThan), 50)) {
            try {
                complete(pending);
                completed++;
            } catch (RuntimeException e) {
                log.error("Merger {} could not be completed yet; will try again", pending.id(), e);
            }
        }
        if (completed > 0) {
            relay.nudge();
        }
        return completed;
    }

    /** The idempotent steps of a recorded merger; see {@link #merge}. */
    private UnitMergerDocument complete(UnitMergerDocument record) {
        Merger merger = record.merger();
        Merger.Successor successor = merger.successor();
        LocalDate date = merger.effectiveDate();
        List<UnitCode> merged = merger.mergedCodes();
        Unit kept = units.find(successor.code()).orElse(null);
        if (kept == null) {
            Unit.Registration registration = Unit.succeed(successor.code(), successor.name(), successor.level(),
                    successor.parentCode(), successor.staffCount(), successor.contactEmails(), merged, date, clock);
            units.insert(registration.unit(), registration.events());
        } else if (!kept.succeeds(merged)) {
            units.update(kept, kept.succeed(successor.name(), successor.parentCode(), successor.staffCount(),
                    successor.contactEmails(), merged, date, clock));
        }
        for (UnitCode code : merged) {
            Unit source = get(code);
            if (source.status() == UnitStatus.MERGED && successor.code().equals(source.successorCode())) {
                continue; // done before an interruption
            }
            units.update(source, source.mergeInto(successor.code(), date, clock));
        }
        List<String> moved = new ArrayList<>();
        for (Unit child : units.childrenOf(merged)) {
            if (child.status() != UnitStatus.MERGED) {
                units.update(child, child.followMergedParent(successor.code(), date, clock));
                moved.add(child.code().value());
            }
        }
        // Before the record is marked completed: an interruption here is finished by the recovery, which
        // calls the listeners again (they are idempotent).
        List<UnitCode> successorAncestors = units.ancestorsOf(successor.code());
        List<String> allMoved = new ArrayList<>(record.movedCodes() == null ? List.of() : record.movedCodes());
        moved.stream().filter(code -> !allMoved.contains(code)).forEach(allMoved::add);
        try {
            listeners.orderedStream().forEach(listener -> listener.merged(merged, successor.code(), successorAncestors));
        } catch (RuntimeException e) {
            // every unit is written with its event; the record stays pending, so the recovery tells them again
            log.error("Merger {}: a feature could not follow it yet; the recovery will try again", record.id(), e);
            UnitMergerDocument pending = record.moved(allMoved);
            mergers.save(pending);
            return pending;
        }
        UnitMergerDocument completed = record.completed(allMoved, clock.instant());
        mergers.save(completed);
        return completed;
    }

    private MergerView view(UnitMergerDocument record) {
        Merger merger = record.merger();
        Map<UnitCode, Unit> found = units.findAll(merger.sourceCodes());
        return new MergerView(record.id(), record.status(), merger.effectiveDate(),
                units.find(merger.successor().code()).orElse(null),
                merger.sourceCodes().stream().map(found::get).filter(java.util.Objects::nonNull).toList(),
                record.movedCodes() == null ? List.of() : record.movedCodes(), record.createdAt());
    }

    /** One page of a unit's history, oldest first. */
    PageResponse<HistoryEntry> history(UnitCode code, PageQuery page) {
        List<HistoryEntry> history = get(code).history();
        int from = (int) Math.min(history.size(), page.offset());
        int to = Math.min(history.size(), from + page.size());
        return PageResponse.of(page, history.subList(from, to), history.size());
    }

    Unit get(UnitCode code) {
        return units.find(code).orElseThrow(() -> new NotFoundException("No unit " + code + " is registered"));
    }

    PageResponse<Unit> list(UnitCode parentCode, PageQuery page) {
        return units.findAll(parentCode, page);
    }

    @Override
    public Set<UnitCode> unknown(Collection<UnitCode> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        Set<UnitCode> existing = units.existing(Set.copyOf(codes));
        return codes.stream().filter(code -> !existing.contains(code))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** In the order of {@code codes}. */
    @Override
    public Map<UnitCode, Standing> retired(Collection<UnitCode> codes) {
        Map<UnitCode, Standing> retired = new java.util.LinkedHashMap<>();
        if (codes.isEmpty()) {
            return retired;
        }
        Map<UnitCode, Unit> found = units.findAll(codes);
        codes.stream().distinct().map(found::get).filter(java.util.Objects::nonNull)
                .filter(unit -> unit.status() != UnitStatus.ACTIVE)
                .forEach(unit -> retired.put(unit.code(), new Standing(unit.code(), unit.status() == UnitStatus.MERGED,
                        unit.status() == UnitStatus.MERGED ? actingSuccessor(unit.successorCode()) : null,
                        unit.statusEffectiveDate())));
        return retired;
    }

    /** The end of a chain of mergers (a commune merged in 2025, its successor merged again later). */
    private UnitCode actingSuccessor(UnitCode successor) {
        UnitCode current = successor;
        Set<UnitCode> seen = new java.util.HashSet<>();
        for (int depth = 0; current != null && seen.add(current)
                && depth < vn.tdkt.support.security.UnitTree.MAX_DEPTH; depth++) {
            Unit next = units.find(current).orElse(null);
            if (next == null || next.status() != UnitStatus.MERGED || next.successorCode() == null) {
                return current;
            }
            current = next.successorCode();
        }
        return current;
    }

    private Unit store(Unit unit, List<UnitEvent> events) {
        if (!events.isEmpty()) {
            units.update(unit, events);
            relay.nudge();
        }
        return unit;
    }

    private static void requireActiveParent(Unit parent, String field) {
        if (parent.status() != UnitStatus.ACTIVE) {
            throw new RuleViolationException("The parent unit is no longer active",
                    List.of(new FieldError(field, parent.code() + " is " + parent.status()
                            + (parent.successorCode() == null ? "" : "; its successor is " + parent.successorCode()))));
        }
    }

    record RegisterUnit(UnitCode code, String name, UnitLevel level, UnitCode parentCode, Integer staffCount,
                        List<String> contactEmails, Contact officer, Contact leader) {

        RegisterUnit(UnitCode code, String name, UnitLevel level, UnitCode parentCode, Integer staffCount,
                     List<String> contactEmails) {
            this(code, name, level, parentCode, staffCount, contactEmails, null, null);
        }
    }

    record UpdateUnit(String name, Integer staffCount, List<String> contactEmails, Contact officer, Contact leader) {

        UpdateUnit(String name, Integer staffCount, List<String> contactEmails) {
            this(name, staffCount, contactEmails, null, null);
        }
    }

    /** A merger as recorded, with the units as they are now. */
    record MergerView(String id, String status, LocalDate effectiveDate, Unit successor, List<Unit> sources,
                      List<String> movedCodes, java.time.Instant recordedAt) {
    }
}
