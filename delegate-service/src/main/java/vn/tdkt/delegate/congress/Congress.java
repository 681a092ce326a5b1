package vn.tdkt.delegate.congress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tdkt.delegate.congress.CongressFacts.CompositionPolicy;
import vn.tdkt.events.congress.CongressDocumentReceived;
import vn.tdkt.events.congress.CongressEvent;
import vn.tdkt.events.congress.CongressPlanned;
import vn.tdkt.events.congress.CongressRescheduled;
import vn.tdkt.events.congress.CongressSeatsAllocated;
import vn.tdkt.events.congress.CongressTarget;
import vn.tdkt.events.congress.CongressUnitSeats;
import vn.tdkt.events.congress.CongressUpdated;
import vn.tdkt.support.problem.ConflictException;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.RuleViolationException;

/**
 * An emulation congress (đại hội / hội nghị điển hình tiên tiến) of one unit: its form, date, size, composition
 * policy, agenda, the congress above it, the documents its upper council has received and its seat allocations.
 * Every command checks what the congress itself can check, changes the state and returns the events of the
 * change; what needs other congresses or the unit tree (order of dates, ancestors) the service checks first and
 * passes in.
 */
final class Congress {

    /** How many allocations a congress keeps in full; older ones are dropped, their numbers not reused. */
    static final int KEPT_ALLOCATIONS = 10;

    private final CongressId id;
    private final String organiserUnitCode;
    private final String level;
    private final Integer staffCount;
    private final CongressId upperCongressId;
    private final Instant createdAt;
    private String title;
    private CongressForm form;
    private CongressStatus status;
    private LocalDate date;
    private int maxDelegates;
    private CompositionPolicy policy;
    private List<String> agenda;
    private boolean pilot;
    private ScheduleOverride scheduleOverride;
    private final Map<RequiredDocument, LocalDate> received;
    private final List<Allocation> allocations;
    /** The stored version this state was read at; {@code null} until first stored. */
    private Long version;

    private Congress(CongressId id, Plan plan, Integer staffCount, String level, CongressForm form,
                     CongressStatus status, ScheduleOverride scheduleOverride, Map<RequiredDocument, LocalDate> received,
                     List<Allocation> allocations, Instant createdAt, Long version) {
        this.id = id;
        this.organiserUnitCode = plan.organiserUnitCode();
        this.level = level;
        this.staffCount = staffCount;
        this.upperCongressId = plan.upperCongressId();
        this.createdAt = createdAt;
        this.title = plan.title();
        this.form = form;
        this.status = status;
        this.date = plan.date();
        this.maxDelegates = plan.maxDelegates();
        this.policy = plan.policy();
        this.agenda = List.copyOf(plan.agenda());
        this.pilot = plan.pilot();
        this.scheduleOverride = scheduleOverride;
        this.received = new EnumMap<>(RequiredDocument.class);
        this.received.putAll(received);
        this.allocations = new ArrayList<>(allocations);
        this.version = version;
    }

    /**
     * Plans a congress. The form follows the organiser's staff count (seed 002's rule); where the count leaves it
     * open (exactly 200, or unknown) the organiser's {@code chosenForm} is taken, or the congress stays
     * {@link #formUndecided() undecided} until one is chosen. A chosen form that contradicts the rule is refused.
     */
    static Draft plan(CongressId id, Plan plan, String level, Integer staffCount, CongressForm chosenForm,
                      ScheduleOverride scheduleOverride, Clock clock) {
        CongressForm form = checkedForm(CongressRules.formFor(staffCount), chosenForm, staffCount);
        checkSize(plan.maxDelegates(), level);
        checkAgenda(plan.agenda());
        Congress congress = new Congress(id, plan, staffCount, level, form, CongressStatus.PLANNED, scheduleOverride,
                Map.of(), List.of(), clock.instant(), null);
        CongressPlanned event = new CongressPlanned(UUID.randomUUID(), congress.createdAt, id.value(),
                congress.nextVersion(), congress.organiserUnitCode, congress.title, level, name(form),
                congress.formUndecided(), congress.status.name(), congress.date, congress.maxDelegates,
                congress.policy.exemplaryPercent(), targets(congress.policy), congress.agenda, congress.upperValue(),
                congress.pilot, scheduleOverride != null, reasonOf(scheduleOverride), conflictsOf(scheduleOverride));
        return new Draft(congress, List.of(event));
    }

    static Congress restore(CongressId id, Plan plan, String level, Integer staffCount, CongressForm form,
                            CongressStatus status, ScheduleOverride scheduleOverride,
                            Map<RequiredDocument, LocalDate> received, List<Allocation> allocations, Instant createdAt,
                            long version) {
        return new Congress(id, plan, staffCount, level, form, status, scheduleOverride, received, allocations,
                createdAt, version);
    }

    /**
     * Changes what the organiser may change after planning; null leaves a field as it is. Returns no event when
     * nothing changed.
     */
    List<CongressEvent> revise(Revision revision, Clock clock) {
        requirePlanned();
        List<String> changes = new ArrayList<>();
        if (revision.title() != null && !revision.title().equals(title)) {
            title = revision.title();
            changes.add("title");
        }
        if (revision.form() != null && revision.form() != form) {
            form = checkedForm(CongressRules.formFor(staffCount), revision.form(), staffCount);
            changes.add("form");
        }
        if (revision.maxDelegates() != null && revision.maxDelegates() != maxDelegates) {
            checkSize(revision.maxDelegates(), level);
            maxDelegates = revision.maxDelegates();
            changes.add("maxDelegates");
        }
        if (revision.policy() != null && !revision.policy().equals(policy)) {
            policy = revision.policy();
            changes.add("policy");
        }
        if (revision.agenda() != null && !revision.agenda().equals(agenda)) {
            checkAgenda(revision.agenda());
            agenda = List.copyOf(revision.agenda());
            changes.add("agenda");
        }
        if (revision.pilot() != null && revision.pilot() != pilot) {
            pilot = revision.pilot();
            changes.add("pilot");
        }
        return changes.isEmpty() ? List.of() : List.of(updated(changes, clock));
    }

    /** Moves the congress; {@code scheduleOverride} (null when the new date keeps the order of levels) is recorded. */
    List<CongressEvent> reschedule(LocalDate newDate, ScheduleOverride override, Clock clock) {
        requirePlanned();
        LocalDate previous = date;
        if (newDate.equals(previous) && java.util.Objects.equals(override, scheduleOverride)) {
            return List.of();
        }
        date = newDate;
        scheduleOverride = override;
        return List.of(new CongressRescheduled(UUID.randomUUID(), clock.instant(), id.value(), nextVersion(),
                organiserUnitCode, upperValue(), previous, newDate, override != null, reasonOf(override),
                conflictsOf(override)));
    }

    List<CongressEvent> moveTo(CongressStatus to, Clock clock) {
        if (!status.canMoveTo(to)) {
            throw new ConflictException("Congress %s is %s and cannot become %s; allowed: %s"
                    .formatted(id, status, to, status.allowedMoves()));
        }
        status = to;
        return List.of(updated(List.of("status"), clock));
    }

    /** The upper council received {@code document} on {@code receivedOn}; a second receipt corrects the first. */
    List<CongressEvent> receive(RequiredDocument document, LocalDate receivedOn, Clock clock) {
        if (status == CongressStatus.CANCELLED) {
            throw new ConflictException("Congress " + id + " was cancelled: it expects no documents");
        }
        if (receivedOn.equals(received.get(document))) {
            return List.of();
        }
        received.put(document, receivedOn);
        LocalDate dueOn = documentsDueOn();
        return List.of(new CongressDocumentReceived(UUID.randomUUID(), clock.instant(), id.value(), nextVersion(),
                organiserUnitCode, upperValue(), document.name(), dueOn, receivedOn, receivedOn.isAfter(dueOn)));
    }

    /**
     * Stores a new allocation of the seats among the units below, numbered after the last. The newest
     * {@value #KEPT_ALLOCATIONS} are kept in full (a document stays far below MongoDB's 16 MB); the numbering goes on.
     */
    List<CongressEvent> allocate(Allocation.Calculated calculated, Clock clock) {
        requirePlanned();
        Instant at = clock.instant();
        long number = allocations.isEmpty() ? 1 : allocations.getLast().version() + 1;
        Allocation allocation = new Allocation(number, calculated.method(), calculated.basis(),
                calculated.seats(), calculated.units(), calculated.warnings(), at);
        allocations.add(allocation);
        while (allocations.size() > KEPT_ALLOCATIONS) {
            allocations.removeFirst();
        }
        return List.of(new CongressSeatsAllocated(UUID.randomUUID(), at, id.value(), nextVersion(), organiserUnitCode,
                allocation.version(), allocation.method(), allocation.basis(), allocation.seats(),
                allocation.units().stream().map(u -> new CongressUnitSeats(u.unitCode(), u.weight(), u.quota(),
                        u.seats())).toList()));
    }

    /** The day the upper council must have the documents: {@value CongressRules#DOCUMENT_LEAD_DAYS} days before. */
    LocalDate documentsDueOn() {
        return date.minusDays(CongressRules.DOCUMENT_LEAD_DAYS);
    }

    DocumentState documentState(RequiredDocument document, LocalDate today) {
        return DocumentState.of(documentsDueOn(), received.get(document), today);
    }

    /** The exemplary seats to allocate when none are asked for ({@link CongressRules#exemplarySeats}). */
    long defaultExemplarySeats() {
        return CongressRules.exemplarySeats(maxDelegates, policy.exemplaryPercent());
    }

    boolean formUndecided() {
        return form == null;
    }

    Allocation currentAllocation() {
        return allocations.isEmpty() ? null : allocations.getLast();
    }

    CongressFacts facts() {
        Allocation current = currentAllocation();
        return new CongressFacts(id.value(), organiserUnitCode, upperValue(), date, maxDelegates, policy,
                current == null ? null : new CongressFacts.SeatAllocation(current.version(), current.method(),
                        current.units().stream().map(u -> new CongressFacts.UnitSeats(u.unitCode(),
                                Math.toIntExact(u.seats()))).toList()), status.name());
    }

    /** Called by the repository once the state is stored at {@code storedVersion}. */
    void stored(long storedVersion) {
        this.version = storedVersion;
    }

    private CongressUpdated updated(List<String> changes, Clock clock) {
        return new CongressUpdated(UUID.randomUUID(), clock.instant(), id.value(), nextVersion(), changes,
                organiserUnitCode, title, level, name(form), formUndecided(), status.name(), date, maxDelegates,
                policy.exemplaryPercent(), targets(policy), agenda, upperValue(), pilot, scheduleOverride != null,
                reasonOf(scheduleOverride), conflictsOf(scheduleOverride));
    }

    private void requirePlanned() {
        if (status != CongressStatus.PLANNED) {
            throw new ConflictException("Congress %s is %s: only a planned congress changes".formatted(id, status));
        }
    }

    private static CongressForm checkedForm(CongressRules.FormRule rule, CongressForm chosen, Integer staffCount) {
        if (rule.form() == null) {
            return chosen;
        }
        if (chosen != null && chosen != rule.form()) {
            throw new RuleViolationException("The organiser's staff count decides the form", List.of(new FieldError(
                    "form", "a unit with %d staff holds a %s conference (seed 002: under %d plenary, over %d a delegate"
                            .formatted(staffCount, rule.form(), CongressRules.PLENARY_STAFF_LIMIT,
                                    CongressRules.PLENARY_STAFF_LIMIT) + " conference), not " + chosen)));
        }
        return rule.form();
    }

    private static void checkSize(int maxDelegates, String level) {
        if (maxDelegates > CongressRules.levelMaximum(level)) {
            throw new RuleViolationException("The congress is larger than its level allows", List.of(new FieldError(
                    "maxDelegates", "a %s congress has at most %d delegates (seed 002)".formatted(level,
                            CongressRules.levelMaximum(level)))));
        }
    }

    private static void checkAgenda(List<String> agenda) {
        if (!agenda.contains(CongressRules.DELEGATE_LIST_ITEM)) {
            throw new RuleViolationException("The agenda must let the congress approve its delegates", List.of(
                    new FieldError("agenda", "must contain \"" + CongressRules.DELEGATE_LIST_ITEM + "\"")));
        }
    }

    private static List<CongressTarget> targets(CompositionPolicy policy) {
        return policy.targets().stream().map(t -> new CongressTarget(t.attribute().name(), t.minimumPercent()))
                .toList();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String reasonOf(ScheduleOverride override) {
        return override == null ? null : override.reason();
    }

    private static List<String> conflictsOf(ScheduleOverride override) {
        return override == null ? List.of() : override.conflicts();
    }

    /** The version the next write stores; events carry it so projections can drop stale ones. */
    private long nextVersion() {
        return version == null ? 0 : version + 1;
    }

    private String upperValue() {
        return upperCongressId == null ? null : upperCongressId.value();
    }

    CongressId id() {
        return id;
    }

    String organiserUnitCode() {
        return organiserUnitCode;
    }

    String level() {
        return level;
    }

    Integer staffCount() {
        return staffCount;
    }

    CongressId upperCongressId() {
        return upperCongressId;
    }

    Instant createdAt() {
        return createdAt;
    }

    String title() {
        return title;
    }

    CongressForm form() {
        return form;
    }

    CongressStatus status() {
        return status;
    }

    LocalDate date() {
        return date;
    }

    int maxDelegates() {
        return maxDelegates;
    }

    CompositionPolicy policy() {
        return policy;
    }

    List<String> agenda() {
        return agenda;
    }

    boolean pilot() {
        return pilot;
    }

    ScheduleOverride scheduleOverride() {
        return scheduleOverride;
    }

    Map<RequiredDocument, LocalDate> received() {
        return Map.copyOf(received);
    }

    List<Allocation> allocations() {
        return List.copyOf(allocations);
    }

    Long version() {
        return version;
    }

    /** What the organiser decides when planning. */
    record Plan(String organiserUnitCode, String title, LocalDate date, int maxDelegates, CompositionPolicy policy,
                List<String> agenda, CongressId upperCongressId, boolean pilot) {
    }

    /** A change after planning; null fields stay as they are. */
    record Revision(String title, CongressForm form, Integer maxDelegates, CompositionPolicy policy,
                    List<String> agenda, Boolean pilot) {
    }

    /** A date kept against the order of levels: why, and the conflicts accepted. */
    record ScheduleOverride(String reason, List<String> conflicts) {
        ScheduleOverride {
            conflicts = List.copyOf(conflicts);
        }
    }

    record Draft(Congress congress, List<CongressEvent> events) {
    }
}
