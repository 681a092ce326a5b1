package vn.tdkt.delegate.delegation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.tdkt.delegate.congress.CongressFacts;
import vn.tdkt.events.congress.ApprovedDelegate;
import vn.tdkt.events.congress.DelegateListApproved;
import vn.tdkt.events.congress.DelegateListEvent;
import vn.tdkt.events.congress.DelegateListReopened;
import vn.tdkt.events.congress.DelegateListWarning;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.problem.RuleViolationException;

/**
 * The list of delegates a lower unit sends to an upper congress (danh sách đại biểu đi dự Đại hội cấp trên): one
 * per congress and unit. A draft changes (delegates added, replaced, removed); submitted, it waits for the unit's
 * own congress, which approves it; approved, it is locked and on the upper congress's roster. Reopening, with a
 * reason, takes it back to a draft. Whether it fits the seats and the tree's other lists is checked by
 * {@link ListPolicies}; this class keeps what holds within one list.
 */
final class DelegateList {

    /** No real unit sends more; a bound on the document and its event. */
    static final int MAX_DELEGATES = 500;
    static final int MAX_REASON = 1000;
    /** Dates that decide a birth year are read in Vietnam's time. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final DelegateListId id;
    private final Instant createdAt;
    private final List<Delegate> delegates;
    private final List<StatusChange> history;
    private ListStatus status;
    private int lastNumber;
    private Long version;

    private DelegateList(DelegateListId id, Instant createdAt, List<Delegate> delegates, List<StatusChange> history,
                         ListStatus status, int lastNumber, Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.createdAt = createdAt;
        this.delegates = new ArrayList<>(delegates);
        this.history = new ArrayList<>(history);
        this.status = status;
        this.lastNumber = lastNumber;
        this.version = version;
    }

    /** A new, empty draft (stored with its first delegate). */
    static DelegateList open(DelegateListId id, Clock clock) {
        return new DelegateList(id, clock.instant(), List.of(), List.of(), ListStatus.DRAFT, 0, null);
    }

    /** Rebuilds a list from storage; nothing is re-checked. */
    static DelegateList restore(DelegateListId id, Instant createdAt, List<Delegate> delegates,
                                List<StatusChange> history, ListStatus status, int lastNumber, long version) {
        return new DelegateList(id, createdAt, delegates, history, status, lastNumber, version);
    }

    /** Adds a delegate under a new id; only a draft changes. */
    Delegate add(Delegate delegate, Clock clock) {
        requireDraft("no delegate can be added");
        if (delegates.size() >= MAX_DELEGATES) {
            throw new RuleViolationException("A list holds at most " + MAX_DELEGATES + " delegates",
                    List.of(new FieldError("delegates", "at most " + MAX_DELEGATES)));
        }
        Delegate added = valid(delegate.withId("d-" + (lastNumber + 1)), clock);
        lastNumber++;
        delegates.add(added);
        return added;
    }

    /** Replaces a delegate in place, keeping its id and position. */
    Delegate replace(String delegateId, Delegate delegate, Clock clock) {
        requireDraft("no delegate can be replaced");
        int index = indexOf(delegateId);
        Delegate replaced = valid(delegate.withId(delegateId), clock);
        delegates.set(index, replaced);
        return replaced;
    }

    /**
     * Replaces every delegate at once, each under a new id (the old ones are not reused); every wrong field of every
     * delegate is named ({@code delegates[i].field}) and nothing changes.
     */
    void replaceAll(List<Delegate> newDelegates, Clock clock) {
        requireDraft("its delegates cannot be replaced");
        if (newDelegates.size() > MAX_DELEGATES) {
            throw new InvalidInputException("delegates", "at most " + MAX_DELEGATES);
        }
        int year = clock.instant().atZone(VIETNAM).getYear();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < newDelegates.size(); i++) {
            errors.addAll(Delegate.problems(newDelegates.get(i), year, "delegates[" + i + "]."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        delegates.clear();
        for (Delegate d : newDelegates) {
            lastNumber++;
            delegates.add(valid(d.withId("d-" + lastNumber), clock));
        }
    }

    /**
     * The unit says its delegate is another person than a namesake (same name and birth year) on another list, with
     * its reason; a draft or a list waiting for its congress's approval takes it (it changes nobody on the list). A
     * shared exemplary person is the same person whatever is said (see {@link ListPolicies#duplicates}).
     */
    Delegate confirmDistinct(String delegateId, String reason, String by, Clock clock) {
        if (status == ListStatus.APPROVED) {
            throw new ListLockedException(id, status, "no delegate can be confirmed");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "is required: say how the two people differ");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "must be at most " + MAX_REASON + " characters");
        }
        int index = indexOf(delegateId);
        Delegate confirmed = delegates.get(index).confirmedDistinct(new Delegate.DistinctPerson(reason.strip(), by,
                clock.instant()));
        delegates.set(index, confirmed);
        return confirmed;
    }

    void remove(String delegateId) {
        requireDraft("no delegate can be removed");
        delegates.remove(indexOf(delegateId));
    }

    /** DRAFT → PROPOSED: the list goes before the unit's own congress. An empty list proposes nobody. */
    void submit(String by, Clock clock) {
        move(ListStatus.PROPOSED);
        if (delegates.isEmpty()) {
            throw new RuleViolationException("An empty list cannot be submitted",
                    List.of(new FieldError("delegates", "name at least one delegate before submitting")));
        }
        changeTo(ListStatus.PROPOSED, by, null, clock);
    }

    /**
     * PROPOSED → APPROVED, if nothing blocks: the unit's congress passed the list. The event carries the delegates by
     * id and category, their count and the warnings that stood, worded without names: no personal attribute leaves
     * this service on the shared topic.
     *
     * @throws RuleViolationException naming every blocking finding (seats exceeded, a person sent twice)
     */
    List<DelegateListEvent> approve(CheckReport report, CongressFacts congress, String by, Clock clock) {
        move(ListStatus.APPROVED);
        List<ListCheck> blocking = report.blocking();
        if (!blocking.isEmpty()) {
            throw new RuleViolationException("The list cannot be approved: " + String.join("; ",
                    blocking.stream().map(ListCheck::message).toList()), blocking.stream().map(this::field).toList());
        }
        changeTo(ListStatus.APPROVED, by, null, clock);
        int seats = congress.seatsOf(id.unitCode()).orElse(0);
        return List.of(new DelegateListApproved(UUID.randomUUID(), clock.instant(), id.value(), nextVersion(),
                id.congressId(), id.unitCode(), congress.organiserUnitCode(), seats, delegates.size(),
                delegates.stream().map(DelegateList::approved).toList(),
                report.warnings().stream().map(DelegateList::published).toList()));
    }

    /**
     * PROPOSED or APPROVED → DRAFT, with the reason. Reopening an approved list takes its delegates off the roster,
     * which the event announces; a list only proposed was never announced.
     */
    List<DelegateListEvent> reopen(String reason, CongressFacts congress, String by, Clock clock) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "is required: say why the list is reopened");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "must be at most " + MAX_REASON + " characters");
        }
        ListStatus from = status;
        move(ListStatus.DRAFT);
        changeTo(ListStatus.DRAFT, by, reason.strip(), clock);
        if (from != ListStatus.APPROVED) {
            return List.of();
        }
        return List.of(new DelegateListReopened(UUID.randomUUID(), clock.instant(), id.value(), nextVersion(),
                id.congressId(), id.unitCode(), congress.organiserUnitCode(), reason.strip()));
    }

    void stored(long storedVersion) {
        this.version = storedVersion;
    }

    Optional<Delegate> delegate(String delegateId) {
        return delegates.stream().filter(d -> d.id().equals(delegateId)).findFirst();
    }

    DelegateListId id() {
        return id;
    }

    Instant createdAt() {
        return createdAt;
    }

    List<Delegate> delegates() {
        return List.copyOf(delegates);
    }

    List<StatusChange> history() {
        return List.copyOf(history);
    }

    ListStatus status() {
        return status;
    }

    int lastNumber() {
        return lastNumber;
    }

    /** The stored version; null before the first write. */
    Long version() {
        return version;
    }

    private void requireDraft(String what) {
        if (status != ListStatus.DRAFT) {
            throw new ListLockedException(id, status, what);
        }
    }

    private void move(ListStatus to) {
        if (!status.next().contains(to)) {
            throw new IllegalListMoveException(id, status, to);
        }
    }

    private void changeTo(ListStatus to, String by, String reason, Clock clock) {
        history.add(new StatusChange(status, to, clock.instant(), by, reason));
        status = to;
    }

    private int indexOf(String delegateId) {
        for (int i = 0; i < delegates.size(); i++) {
            if (delegates.get(i).id().equals(delegateId)) {
                return i;
            }
        }
        throw new NotFoundException("No delegate " + delegateId + " on the list of " + id.unitCode());
    }

    private Delegate valid(Delegate delegate, Clock clock) {
        List<FieldError> errors = Delegate.problems(delegate, clock.instant().atZone(VIETNAM).getYear(), "");
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Delegate(delegate.id(), delegate.fullName().strip(), delegate.birthYear(), delegate.gender(),
                delegate.ethnicity().strip(), delegate.position().strip(), delegate.category(),
                delegate.directProducerOrWorker(), delegate.scientist(), delegate.sector(),
                delegate.exemplaryPersonId(), delegate.distinctPerson());
    }

    /** A blocking finding as a field error: a person sent twice is named by the delegate's place on the list. */
    private FieldError field(ListCheck check) {
        if (check.delegateId() != null) {
            for (int i = 0; i < delegates.size(); i++) {
                if (delegates.get(i).id().equals(check.delegateId())) {
                    return new FieldError("delegates[" + i + "]", check.message());
                }
            }
        }
        return new FieldError("delegates", check.message());
    }

    private long nextVersion() {
        return version == null ? 0 : version + 1;
    }

    private static ApprovedDelegate approved(Delegate d) {
        return new ApprovedDelegate(d.id(), d.category().name(), d.exemplaryPersonId());
    }

    /** A warning as published: the share and targets are figures; a namesake is named by the delegate's id only. */
    private static DelegateListWarning published(ListCheck warning) {
        if (warning.code() == ListCheck.Code.POSSIBLE_NAMESAKE) {
            return new DelegateListWarning(warning.code().name(), "Đại biểu %s trùng họ tên và năm sinh với %d đại"
                    .formatted(warning.delegateId(), warning.elsewhere().size()) + " biểu ở nơi khác; đơn vị đã xác"
                    + " nhận là người khác");
        }
        return new DelegateListWarning(warning.code().name(), warning.message());
    }
}
