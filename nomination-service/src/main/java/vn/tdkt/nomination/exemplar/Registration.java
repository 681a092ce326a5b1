package vn.tdkt.nomination.exemplar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import vn.tdkt.events.nomination.ExemplarsRegistered;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.RuleViolationException;

/**
 * An office's registration of its exemplars for one month: made once, revised until the month's deadline,
 * then closed for good. Each command returns the full-state event it causes.
 */
final class Registration {

    private final RegistrationId id;
    private final String unitName;
    private final LocalDate deadline;
    private List<ExemplarEntry> entries;
    private final String registeredBy;
    private final Instant registeredAt;
    private String revisedBy;
    private Instant revisedAt;
    private Long version;

    private Registration(RegistrationId id, String unitName, LocalDate deadline, List<ExemplarEntry> entries,
                         String registeredBy, Instant registeredAt, String revisedBy, Instant revisedAt, Long version) {
        this.id = id;
        this.unitName = unitName;
        this.deadline = deadline;
        this.entries = List.copyOf(entries);
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
        this.revisedBy = revisedBy;
        this.revisedAt = revisedAt;
        this.version = version;
    }

    /** The first registration of the month, while it is open. */
    static Registration register(RegistrationId id, String unitName, List<ExemplarEntry> entries, Deadlines deadlines,
                                 LocalDate today, String by, Instant now) {
        requireOpen(id.month(), deadlines, today);
        return new Registration(id, unitName, deadlines.deadline(id.month()), entries, by, now, null, null, null);
    }

    static Registration restore(RegistrationId id, String unitName, LocalDate deadline, List<ExemplarEntry> entries,
                                String registeredBy, Instant registeredAt, String revisedBy, Instant revisedAt,
                                Long version) {
        return new Registration(id, unitName, deadline, entries, registeredBy, registeredAt, revisedBy, revisedAt,
                version);
    }

    /** Replaces the entries, while the month is open (its deadline as stored when it was registered). */
    ExemplarsRegistered revise(List<ExemplarEntry> newEntries, LocalDate today, String by, Instant now) {
        if (today.isAfter(deadline)) {
            throw closed(id.month(), deadline);
        }
        entries = List.copyOf(newEntries);
        revisedBy = by;
        revisedAt = now;
        return event(now, version == null ? 0 : version + 1);
    }

    /** The event of the first registration (version 0). */
    ExemplarsRegistered registered() {
        return event(registeredAt, 0);
    }

    private ExemplarsRegistered event(Instant now, long newVersion) {
        return new ExemplarsRegistered(UUID.randomUUID(), now, id.value(), newVersion, id.unitCode(), unitName,
                id.month().toString(), entries.stream().map(ExemplarEntry::event).toList());
    }

    private static void requireOpen(YearMonth month, Deadlines deadlines, LocalDate today) {
        if (today.isBefore(month.atDay(1))) {
            throw new RuleViolationException("A month is registered from its first day", List.of(new FieldError(
                    "month", month + " has not begun (today is " + today + ")")));
        }
        if (!deadlines.open(month, today)) {
            throw closed(month, deadlines.deadline(month));
        }
    }

    private static RuleViolationException closed(YearMonth month, LocalDate deadline) {
        return new RuleViolationException("The month's registration is closed", List.of(new FieldError("month",
                "the registration of " + month + " closed on " + deadline)));
    }

    void storedAs(long stored) {
        version = stored;
    }

    RegistrationId id() {
        return id;
    }

    String unitName() {
        return unitName;
    }

    LocalDate deadline() {
        return deadline;
    }

    List<ExemplarEntry> entries() {
        return entries;
    }

    String registeredBy() {
        return registeredBy;
    }

    Instant registeredAt() {
        return registeredAt;
    }

    String revisedBy() {
        return revisedBy;
    }

    Instant revisedAt() {
        return revisedAt;
    }

    Long version() {
        return version;
    }
}
