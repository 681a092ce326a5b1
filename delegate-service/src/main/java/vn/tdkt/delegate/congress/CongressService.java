package vn.tdkt.delegate.congress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.tdkt.delegate.congress.CongressFacts.CompositionPolicy;
import vn.tdkt.events.congress.CongressEvent;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.ConflictException;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.problem.RuleViolationException;
import vn.tdkt.support.security.UnitTree;
import vn.tdkt.support.unitdirectory.DirectoryUnit;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * Congress use cases: each loads, checks what needs other congresses or the unit tree, runs one command and
 * stores state and events in one write. Also the read-only {@link CongressCatalog} the delegate lists use.
 */
@Service
class CongressService implements CongressCatalog {

    /** Lower congresses read per upper congress, and nodes of a timeline: far above any real tree. */
    static final int MAX_LOWER = 2000;

    private final CongressRepository congresses;
    private final UnitDirectory units;
    private final UnitTree tree;
    private final SeatAllocator seats;
    private final OutboxRelay relay;
    private final Clock clock;

    CongressService(CongressRepository congresses, UnitDirectory units, UnitTree tree, SeatAllocator seats,
                    OutboxRelay relay, Clock clock) {
        this.congresses = congresses;
        this.units = units;
        this.tree = tree;
        this.seats = seats;
        this.relay = relay;
        this.clock = clock;
    }

    /**
     * Plans a congress of an acting unit (a merged one's successor organises), below a congress of one of its
     * ancestors, dated before that one unless the organiser overrides ({@code overrideReason}), in which case
     * the conflict is recorded and returned as a warning.
     */
    Outcome plan(PlanCommand command) {
        List<FieldError> errors = new ArrayList<>();
        DirectoryUnit organiser = organiser(command.organiserUnitCode(), errors);
        Congress upper = null;
        if (command.upperCongressId() != null) {
            upper = congresses.find(command.upperCongressId()).orElse(null);
            if (upper == null) {
                errors.add(new FieldError("upperCongressId", "no congress " + command.upperCongressId()));
            } else if (upper.status() == CongressStatus.CANCELLED) {
                errors.add(new FieldError("upperCongressId", "congress " + upper.id() + " was cancelled"));
            } else if (organiser != null && (upper.organiserUnitCode().equals(organiser.code())
                    || !tree.isWithin(organiser.code(), upper.organiserUnitCode()))) {
                errors.add(new FieldError("upperCongressId", "congress " + upper.id() + " is organised by "
                        + upper.organiserUnitCode() + ", which is not above " + organiser.code()
                        + ": a congress sends delegates to a congress of a unit above it"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("The congress refers to units or congresses it cannot", errors);
        }
        Optional<Congress> existing = congresses.live(organiser.code(), command.upperCongressId());
        if (existing.isPresent()) {
            throw new DuplicateCongressException(organiser.code(), command.upperCongressId(), existing.get());
        }
        CongressForm impliedForm = CongressRules.formFor(organiser.staffCount()).form();
        CongressForm form = command.form() != null ? command.form() : impliedForm;
        int maxDelegates = command.maxDelegates() != null ? command.maxDelegates()
                : defaultSize(organiser, form, upper);
        checkNotLargerThanUpper(form, maxDelegates, upper);
        List<String> conflicts = upper == null ? List.of() : upperConflicts(command.date(), upper);
        Congress.ScheduleOverride override = override(conflicts, command.overrideReason());
        Congress.Plan plan = new Congress.Plan(organiser.code(), command.title(), command.date(), maxDelegates,
                command.policy() != null ? command.policy() : defaultPolicy(),
                command.agenda() != null ? command.agenda() : CongressRules.DEFAULT_AGENDA, command.upperCongressId(),
                command.pilot());
        Congress.Draft draft = Congress.plan(CongressId.newId(), plan, organiser.level(), organiser.staffCount(),
                command.form(), override, clock);
        try {
            congresses.insert(draft.congress(), draft.events());
        } catch (DuplicateKeyException raced) {
            // Another plan for the same unit and upper congress was stored between the check above and this write.
            Congress winner = congresses.live(organiser.code(), command.upperCongressId()).orElseThrow(() -> raced);
            throw new DuplicateCongressException(organiser.code(), command.upperCongressId(), winner);
        }
        relay.nudge();
        return new Outcome(draft.congress(), warnings(draft.congress(), conflicts));
    }

    Outcome revise(CongressId id, Long expectedVersion, Congress.Revision revision) {
        Congress congress = get(id);
        requireVersion(congress, expectedVersion);
        if (revision.maxDelegates() != null || revision.form() != null) {
            CongressForm form = revision.form() != null ? revision.form() : congress.form();
            int size = revision.maxDelegates() != null ? revision.maxDelegates() : congress.maxDelegates();
            checkNotLargerThanUpper(form, size, congress.upperCongressId() == null ? null
                    : congresses.find(congress.upperCongressId()).orElse(null));
        }
        store(congress, congress.revise(revision, clock));
        return new Outcome(congress, warnings(congress, List.of()));
    }

    /**
     * Moves a congress. The new date must stay after every lower congress and before the upper one; where it does
     * not, the organiser must override ({@code overrideReason}), and the conflicts are recorded and returned.
     */
    Outcome reschedule(CongressId id, Long expectedVersion, LocalDate date, String overrideReason) {
        Congress congress = get(id);
        requireVersion(congress, expectedVersion);
        List<String> conflicts = new ArrayList<>();
        if (congress.upperCongressId() != null) {
            congresses.find(congress.upperCongressId()).ifPresent(upper -> conflicts.addAll(upperConflicts(date, upper)));
        }
        for (Congress lower : congresses.lowerOf(List.of(id), MAX_LOWER)) {
            if (!lower.date().isBefore(date)) {
                conflicts.add("the lower congress of %s (%s) is on %s, not before %s".formatted(
                        lower.organiserUnitCode(), lower.id(), lower.date(), date));
            }
        }
        store(congress, congress.reschedule(date, override(conflicts, overrideReason), clock));
        return new Outcome(congress, warnings(congress, conflicts));
    }

    Congress move(CongressId id, Long expectedVersion, CongressStatus to) {
        Congress congress = get(id);
        requireVersion(congress, expectedVersion);
        store(congress, congress.moveTo(to, clock));
        return congress;
    }

    /** The upper council received a document; the day cannot be in the future. */
    Congress receive(CongressId id, RequiredDocument document, LocalDate receivedOn) {
        if (receivedOn.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("A receipt is recorded once the document arrived", List.of(
                    new FieldError("receivedOn", "is in the future (today is " + LocalDate.now(clock) + ")")));
        }
        Congress congress = get(id);
        store(congress, congress.receive(document, receivedOn, clock));
        return congress;
    }

    Congress allocate(CongressId id, Long expectedVersion, SeatAllocator.Request request) {
        Congress congress = get(id);
        requireVersion(congress, expectedVersion);
        List<String> lowerOrganisers = congresses.lowerOf(List.of(id), MAX_LOWER).stream()
                .map(Congress::organiserUnitCode).distinct().toList();
        store(congress, congress.allocate(seats.allocate(congress, lowerOrganisers, request), clock));
        return congress;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Congress get(CongressId id) {
        return congresses.find(id).orElseThrow(() -> new NotFoundException("No congress " + id));
    }

    PageResponse<Congress> page(String organiser, CongressId upper, PageQuery page) {
        return congresses.page(organiser, upper, page);
    }

    /** The unit whose council receives this congress's documents: the upper congress's organiser, or the parent. */
    Optional<String> councilOf(Congress congress) {
        if (congress.upperCongressId() != null) {
            Optional<Congress> upper = congresses.find(congress.upperCongressId());
            if (upper.isPresent()) {
                return Optional.of(upper.get().organiserUnitCode());
            }
        }
        return tree.parentOf(congress.organiserUnitCode());
    }

    /** The tree below a congress, back-scheduled (see {@link Timeline}). */
    Timeline timeline(CongressId id) {
        Congress root = get(id);
        return Timeline.build(root, this::lowerOfAll, this::councilOf, LocalDate.now(clock), MAX_LOWER);
    }

    @Override
    public Optional<CongressFacts> find(String congressId) {
        CongressId id = CongressId.orNull(congressId);
        return id == null ? Optional.empty() : congresses.find(id).map(Congress::facts);
    }

    @Override
    public List<CongressFacts> lowerCongresses(String congressId) {
        CongressId id = CongressId.orNull(congressId);
        return id == null ? List.of() : congresses.lowerOf(List.of(id), MAX_LOWER).stream().map(Congress::facts)
                .toList();
    }

    private List<Congress> lowerOfAll(List<CongressId> uppers, int limit) {
        return congresses.lowerOf(uppers, limit);
    }

    private DirectoryUnit organiser(String code, List<FieldError> errors) {
        Optional<DirectoryUnit> unit = units.find(code);
        if (unit.isEmpty()) {
            errors.add(new FieldError("organiserUnitCode", "no unit " + code + " is known here"));
            return null;
        }
        if (unit.get().merged()) {
            String successor = units.current(code).map(DirectoryUnit::code).orElse(unit.get().successorCode());
            errors.add(new FieldError("organiserUnitCode", code + " was merged into " + successor
                    + ", which organises its congress now"));
            return null;
        }
        if (!DirectoryUnit.ACTIVE.equals(unit.get().status())) {
            errors.add(new FieldError("organiserUnitCode", code + " no longer acts (" + unit.get().status() + ")"));
            return null;
        }
        return unit.get();
    }

    /**
     * A plenary congress holds everyone (its staff count); otherwise the upper congress's size, at most the
     * level's maximum; the district's 300 where nothing else says.
     */
    private static int defaultSize(DirectoryUnit organiser, CongressForm form, Congress upper) {
        int levelMaximum = CongressRules.levelMaximum(organiser.level());
        if (form == CongressForm.PLENARY && organiser.staffCount() != null && organiser.staffCount() > 0) {
            return Math.min(organiser.staffCount(), levelMaximum);
        }
        if (upper != null) {
            return Math.min(upper.maxDelegates(), levelMaximum);
        }
        return CongressRules.DISTRICT_MAX_DELEGATES;
    }

    /** Seed 002 §II.2.1: a delegate conference has no more delegates than the congress of the level above. */
    private static void checkNotLargerThanUpper(CongressForm form, int maxDelegates, Congress upper) {
        if (form == CongressForm.DELEGATE && upper != null && maxDelegates > upper.maxDelegates()) {
            throw new RuleViolationException("A delegate conference is no larger than the upper level's", List.of(
                    new FieldError("maxDelegates", "at most %d, the size of the upper congress of %s".formatted(
                            upper.maxDelegates(), upper.organiserUnitCode()))));
        }
    }

    private static CompositionPolicy defaultPolicy() {
        return new CompositionPolicy(CongressRules.DEFAULT_EXEMPLARY_PERCENT, List.of());
    }

    private static List<String> upperConflicts(LocalDate date, Congress upper) {
        return date.isBefore(upper.date()) ? List.of() : List.of("the upper congress of %s (%s) is on %s: a lower"
                .formatted(upper.organiserUnitCode(), upper.id(), upper.date()) + " congress is held before it, not on "
                + date);
    }

    /** Conflicts without an override are refused; with one they are recorded. */
    private static Congress.ScheduleOverride override(List<String> conflicts, String reason) {
        if (conflicts.isEmpty()) {
            return null;
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("Lower levels hold their congresses first (seed 002 §II.2): "
                    + String.join("; ", conflicts) + ". Choose another date, or keep it with overrideReason",
                    conflicts.stream().map(c -> new FieldError("date", c)).toList());
        }
        return new Congress.ScheduleOverride(reason.strip(), conflicts);
    }

    private static List<String> warnings(Congress congress, List<String> conflicts) {
        List<String> warnings = new ArrayList<>();
        conflicts.forEach(c -> warnings.add("SCHEDULE_OVERRIDDEN: " + c));
        if (congress.formUndecided()) {
            warnings.add("FORM_UNDECIDED: " + formQuestion(congress.staffCount()));
        }
        return warnings;
    }

    static String formQuestion(Integer staffCount) {
        return staffCount == null
                ? "the organiser's staff count is not known here, so the organiser chooses PLENARY or DELEGATE"
                : "the organiser has exactly " + CongressRules.PLENARY_STAFF_LIMIT + " staff, a case seed 002 leaves"
                + " open (under 200 plenary, over 200 delegate conference): the organiser chooses PLENARY or DELEGATE";
    }

    private void store(Congress congress, List<CongressEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        congresses.update(congress, events);
        relay.nudge();
    }

    private static void requireVersion(Congress congress, Long expected) {
        if (expected != null && expected.longValue() != congress.version()) {
            throw new ConflictException(("Congress %s was changed meanwhile: it is at version %d, not %d. Read it"
                    + " again, reapply your change and send it with If-Match: \"%d\".").formatted(congress.id(),
                    congress.version(), expected, congress.version()));
        }
    }

    /** What the organiser asks for when planning; null fields take their defaults. */
    record PlanCommand(String organiserUnitCode, String title, LocalDate date, CongressForm form, Integer maxDelegates,
                       CompositionPolicy policy, List<String> agenda, CongressId upperCongressId, boolean pilot,
                       String overrideReason) {
    }

    /** The congress after a command, and what the organiser should know (an override, an open form). */
    record Outcome(Congress congress, List<String> warnings) {
    }
}
