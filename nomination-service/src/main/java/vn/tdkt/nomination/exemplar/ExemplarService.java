package vn.tdkt.nomination.exemplar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.tdkt.events.DomainEvent;
import vn.tdkt.events.nomination.ExemplarRegistrationDue;
import vn.tdkt.events.nomination.ExemplarRegistrationMissed;
import vn.tdkt.events.nomination.ExemplarsRegistered;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.ConflictException;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.RuleViolationException;
import vn.tdkt.support.unitdirectory.DirectoryUnit;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * The exemplar register of seed 004: offices register their exemplary collectives and individuals every
 * month (revisable until the deadline), the register book lists them, and offices that have not registered
 * are reported and reminded (by events that notification-service mails).
 */
@Service
class ExemplarService {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int MAX_ENTRIES = 200;
    static final int MAX_MONTHS = 60;

    private final ExemplarRepository repository;
    private final UnitDirectory units;
    private final ExemplarProperties properties;
    private final Deadlines deadlines;
    private final OutboxRelay relay;
    private final Clock clock;

    ExemplarService(ExemplarRepository repository, UnitDirectory units, ExemplarProperties properties,
                    OutboxRelay relay, Clock clock) {
        this.repository = repository;
        this.units = units;
        this.properties = properties;
        this.deadlines = new Deadlines(properties.deadlineDay(), properties.remindDaysBefore());
        this.relay = relay;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    Deadlines deadlines() {
        return deadlines;
    }

    static YearMonth month(String value, String field) {
        try {
            return YearMonth.parse(String.valueOf(value).strip());
        } catch (java.time.DateTimeException e) {
            throw new InvalidInputException(field, "must be a month such as 2026-01 (yyyy-MM)");
        }
    }

    static List<ExemplarEntry> parseEntries(List<ExemplarEntry.Raw> raw) {
        List<FieldError> errors = new ArrayList<>();
        if (raw == null) {
            throw new InvalidInputException("entries", "is required (an empty list says: nobody this month)");
        }
        if (raw.size() > MAX_ENTRIES) {
            throw new InvalidInputException("entries", "a registration has at most " + MAX_ENTRIES + " entries");
        }
        List<ExemplarEntry> entries = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            ExemplarEntry entry = raw.get(i) == null ? null
                    : ExemplarEntry.parse(raw.get(i), "entries[" + i + "].", errors);
            if (raw.get(i) == null) {
                errors.add(new FieldError("entries[" + i + "]", "is required"));
            }
            if (entry != null) {
                entries.add(entry);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return entries;
    }

    /** The outcome of a registration: created (the month's first) or revised. */
    record Registered(Registration registration, boolean created, Long versionBefore) {
    }

    Registered register(String unitCode, YearMonth month, List<ExemplarEntry> entries, String by) {
        DirectoryUnit unit = units.find(unitCode).orElseThrow(() -> new RuleViolationException("Unknown unit",
                List.of(new FieldError("unitCode", unitCode + " is not a known unit"))));
        if (!DirectoryUnit.ACTIVE.equals(unit.status())) {
            throw new RuleViolationException("The unit is no longer active", List.of(new FieldError("unitCode",
                    unitCode + " is " + unit.status())));
        }
        RegistrationId id = new RegistrationId(unitCode, month);
        Optional<Registration> stored = repository.find(id);
        if (stored.isPresent()) {
            return revise(stored.get(), entries, by);
        }
        Registration registration = Registration.register(id, unit.name(), entries, deadlines, today(), by,
                clock.instant());
        try {
            repository.insert(registration, registration.registered());
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("month: " + unitCode + " registered " + month + " at the same time; read it "
                    + "and revise it");
        }
        relay.nudge();
        return new Registered(registration, true, null);
    }

    private Registered revise(Registration registration, List<ExemplarEntry> entries, String by) {
        Long before = registration.version();
        ExemplarsRegistered event = registration.revise(entries, today(), by, clock.instant());
        try {
            repository.update(registration, event);
        } catch (org.springframework.dao.OptimisticLockingFailureException raced) {
            throw new ConflictException("month: the registration was revised at the same time; read it again");
        }
        relay.nudge();
        return new Registered(registration, false, before);
    }

    Optional<Registration> find(RegistrationId id) {
        return repository.find(id);
    }

    PageResponse<BookLine> book(String unit, YearMonth from, YearMonth to, PageQuery page) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from (" + from + ")");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw new InvalidInputException("to", "a book spans at most " + MAX_MONTHS + " months");
        }
        List<String> codes = repository.subtree(unit).stream().map(DirectoryUnit::code).toList();
        return codes.isEmpty() ? PageResponse.of(page, List.of(), 0) : repository.book(codes, from, to, page);
    }

    /** An office that has not registered a month, with the month's deadline. */
    record Missing(DirectoryUnit office, YearMonth month, LocalDate deadline, boolean deadlinePassed) {
    }

    /** The registering offices under {@code unit} (active, of the registering levels) without a registration. */
    PageResponse<Missing> missing(String unit, YearMonth month, PageQuery page) {
        List<DirectoryUnit> offices = repository.subtree(unit).stream().filter(this::registers).toList();
        Set<String> registered = repository.registered(month, offices.stream().map(DirectoryUnit::code).toList());
        LocalDate deadline = deadlines.deadline(month);
        boolean passed = deadlines.missed(month, today());
        List<Missing> all = offices.stream().filter(o -> !registered.contains(o.code()))
                .map(o -> new Missing(o, month, deadline, passed)).toList();
        return PageResponse.of(page, all.stream().skip(page.offset()).limit(page.size()).toList(), all.size());
    }

    private boolean registers(DirectoryUnit unit) {
        return DirectoryUnit.ACTIVE.equals(unit.status()) && properties.registeringLevels().contains(unit.level());
    }

    /**
     * Publishes, once per office and month, that a registration is due soon (within the reminder days) or was
     * missed (the deadline passed). Looks at the two months before the current one and the current one.
     *
     * @return how many reminders were published by this pass
     */
    int remind() {
        LocalDate today = today();
        YearMonth current = YearMonth.from(today);
        List<DirectoryUnit> offices = repository.activeUnits(properties.registeringLevels());
        if (offices.isEmpty()) {
            return 0;
        }
        int published = 0;
        for (YearMonth month : List.of(current.minusMonths(2), current.minusMonths(1), current)) {
            boolean due = deadlines.reminderDue(month, today);
            boolean missed = deadlines.missed(month, today);
            if (!due && !missed) {
                continue;
            }
            Set<String> registered = repository.registered(month, offices.stream().map(DirectoryUnit::code).toList());
            for (DirectoryUnit office : offices) {
                if (!registered.contains(office.code())) {
                    published += remind(office, month, missed) ? 1 : 0;
                }
            }
        }
        if (published > 0) {
            relay.nudge();
        }
        return published;
    }

    private boolean remind(DirectoryUnit office, YearMonth month, boolean missed) {
        LocalDate deadline = deadlines.deadline(month);
        String key = office.code() + ":" + month;
        DomainEvent event = missed
                ? new ExemplarRegistrationMissed(UUID.randomUUID(), clock.instant(), key, 0, office.code(),
                office.name(), office.parentCode(), month.toString(), deadline)
                : new ExemplarRegistrationDue(UUID.randomUUID(), clock.instant(), key, 0, office.code(), office.name(),
                office.parentCode(), month.toString(), deadline);
        String kind = missed ? "MISSED" : "DUE";
        return repository.remind(new ReminderDocument(kind + ":" + key, kind, office.code(), month.toString(),
                deadline, clock.instant(), null, null), event);
    }
}
