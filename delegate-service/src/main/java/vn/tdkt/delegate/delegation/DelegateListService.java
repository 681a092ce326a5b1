package vn.tdkt.delegate.delegation;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.tdkt.delegate.congress.CongressCatalog;
import vn.tdkt.delegate.congress.CongressFacts;
import vn.tdkt.delegate.exemplary.ExemplaryDirectory;
import vn.tdkt.events.congress.DelegateListEvent;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.problem.RuleViolationException;
import vn.tdkt.support.security.UnitTree;

/**
 * Delegate-list use cases: each loads the list and the congress it goes to, runs one command, and stores the new
 * state with its events in one write. Congresses are only read, through {@link CongressCatalog}.
 */
@Service
class DelegateListService {

    /** Deeper or wider than any real tree of congresses (province → district → commune); stops a loop. */
    static final int MAX_CONGRESSES_IN_TREE = 5000;

    private final DelegateListRepository lists;
    private final CongressCatalog congresses;
    private final ExemplaryDirectory exemplary;
    private final UnitTree units;
    private final OutboxRelay relay;
    private final Clock clock;

    DelegateListService(DelegateListRepository lists, CongressCatalog congresses, ExemplaryDirectory exemplary,
                        UnitTree units, OutboxRelay relay, ObjectProvider<Clock> clock) {
        this.lists = lists;
        this.congresses = congresses;
        this.exemplary = exemplary;
        this.units = units;
        this.relay = relay;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    CongressFacts congress(String congressId) {
        return congresses.find(congressId).orElseThrow(() -> new NotFoundException("No congress " + congressId));
    }

    /**
     * The congress, if it still takes delegate lists: every command on a list asks this first, so a cancelled or
     * held congress refuses them all (409 naming its status), whatever its allocation says.
     */
    CongressFacts open(String congressId) {
        CongressFacts congress = congress(congressId);
        if (!congress.takesDelegateLists()) {
            throw new CongressClosedException(congress.id(), congress.status());
        }
        return congress;
    }

    DelegateList get(DelegateListId id) {
        congress(id.congressId());
        return lists.find(id).orElseThrow(() -> new NotFoundException("Unit " + id.unitCode()
                + " has no delegate list for congress " + id.congressId() + " yet"));
    }

    /** Adds a delegate; the unit's first delegate opens its list. The unit must have seats at the congress. */
    DelegateList add(DelegateListId id, Long expectedVersion, DelegateInput input) {
        CongressFacts congress = open(id.congressId());
        requireSeats(congress, id.unitCode());
        Optional<DelegateList> stored = lists.find(id);
        DelegateList list = stored.orElseGet(() -> DelegateList.open(id, clock));
        stored.ifPresent(existing -> requireVersion(existing, expectedVersion));
        list.add(resolve(input, id.unitCode()), clock);
        if (stored.isPresent()) {
            lists.update(list, List.of());
        } else {
            lists.insert(list, List.of());
        }
        return list;
    }

    DelegateList replace(DelegateListId id, long expectedVersion, String delegateId, DelegateInput input) {
        open(id.congressId());
        DelegateList list = get(id);
        requireVersion(list, expectedVersion);
        list.delegate(delegateId).orElseThrow(() -> new NotFoundException("No delegate " + delegateId
                + " on the list of " + id.unitCode()));
        list.replace(delegateId, resolve(input, id.unitCode()), clock);
        lists.update(list, List.of());
        return list;
    }

    /**
     * Replaces every delegate of a draft at once (a list prepared elsewhere), or opens the list with them; an
     * existing list needs the version read. Every wrong field of every delegate is named at once, and nothing
     * changes.
     */
    DelegateList replaceAll(DelegateListId id, Long expectedVersion, List<DelegateInput> inputs) {
        CongressFacts congress = open(id.congressId());
        requireSeats(congress, id.unitCode());
        Optional<DelegateList> stored = lists.find(id);
        if (stored.isPresent()) {
            if (expectedVersion == null) {
                throw new ListVersionRequiredException();
            }
            requireVersion(stored.get(), expectedVersion);
        }
        DelegateList list = stored.orElseGet(() -> DelegateList.open(id, clock));
        List<FieldError> errors = new ArrayList<>();
        List<Delegate> delegates = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            delegates.add(resolve(inputs.get(i), id.unitCode(), "delegates[" + i + "].", errors));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("Some delegates cannot be delegates of " + id.unitCode(), errors);
        }
        list.replaceAll(delegates, clock);
        if (stored.isPresent()) {
            lists.update(list, List.of());
        } else {
            lists.insert(list, List.of());
        }
        return list;
    }

    DelegateList remove(DelegateListId id, Long expectedVersion, String delegateId) {
        open(id.congressId());
        DelegateList list = get(id);
        requireVersion(list, expectedVersion);
        list.remove(delegateId);
        lists.update(list, List.of());
        return list;
    }

    /** The unit's delegate is another person than a namesake elsewhere: recorded on the entry with the reason. */
    DelegateList confirmDistinct(DelegateListId id, Long expectedVersion, String delegateId, String reason, String by) {
        open(id.congressId());
        DelegateList list = get(id);
        requireVersion(list, expectedVersion);
        list.confirmDistinct(delegateId, reason, by, clock);
        lists.update(list, List.of());
        return list;
    }

    DelegateList submit(DelegateListId id, Long expectedVersion, String by) {
        open(id.congressId());
        DelegateList list = get(id);
        requireVersion(list, expectedVersion);
        list.submit(by, clock);
        lists.update(list, List.of());
        return list;
    }

    /** Approves the list if no check blocks; the approval's event carries the delegates and the warnings. */
    DelegateList approve(DelegateListId id, Long expectedVersion, String by) {
        CongressFacts congress = open(id.congressId());
        DelegateList list = get(id);
        requireVersion(list, expectedVersion);
        CheckReport report = checks(list, congress);
        store(list, list.approve(report, congress, by, clock));
        return list;
    }

    DelegateList reopen(DelegateListId id, Long expectedVersion, String reason, String by) {
        CongressFacts congress = open(id.congressId());
        DelegateList list = get(id);
        requireVersion(list, expectedVersion);
        store(list, list.reopen(reason, congress, by, clock));
        return list;
    }

    CheckReport checks(DelegateList list) {
        return checks(list, congress(list.id().congressId()));
    }

    /**
     * Every check of the list against its congress and the other lists of the congress tree (the top congress and
     * everything below it): a person may be on one list per congress, and on lists of two congresses only when one
     * carries them on up from the other (design.md §4.10).
     */
    CheckReport checks(DelegateList list, CongressFacts congress) {
        CongressTree tree = tree(congress);
        return review(list, congress, tree, lists.ofCongresses(tree.congresses.keySet()));
    }

    /**
     * The checks of every list sent to the congress, by unit, reading the tree and its lists once (the roster's
     * summary shows what blocks or warns per unit).
     */
    Map<String, CheckReport> checksOfLists(CongressFacts congress) {
        CongressTree tree = tree(congress);
        List<DelegateList> inTree = lists.ofCongresses(tree.congresses.keySet());
        Map<String, CheckReport> reports = new LinkedHashMap<>();
        for (DelegateList list : inTree) {
            if (list.id().congressId().equals(congress.id())) {
                reports.put(list.id().unitCode(), review(list, congress, tree, inTree));
            }
        }
        return reports;
    }

    private static CheckReport review(DelegateList list, CongressFacts congress, CongressTree tree,
                                      List<DelegateList> inTree) {
        List<ListUnderReview.OtherList> others = new ArrayList<>();
        for (DelegateList other : inTree) {
            if (!other.id().equals(list.id()) && !tree.carriedUp(list.id(), other.id())) {
                others.add(new ListUnderReview.OtherList(other.id(), other.status(), other.delegates(),
                        other.id().congressId().equals(congress.id())));
            }
        }
        return ListPolicies.review(new ListUnderReview(list.id(), list.delegates(),
                congress.seatsOf(list.id().unitCode()).orElse(null), congress.policy(), others));
    }

    /** A unit's lists with their congress's facts (a congress no longer known is left out of the facts). */
    PageResponse<UnitList> ofUnit(String unitCode, ListStatus status, PageQuery page) {
        return lists.ofUnit(unitCode, status, page)
                .map(list -> new UnitList(list, congresses.find(list.id().congressId()).orElse(null)));
    }

    record UnitList(DelegateList list, CongressFacts congress) {
    }

    /** The lists sent to a congress, by unit. */
    List<DelegateList> listsOf(String congressId) {
        return lists.ofCongresses(List.of(congressId));
    }

    /** The congress's tree: from the top congress above it, every congress below the top. */
    private CongressTree tree(CongressFacts congress) {
        CongressFacts top = congress;
        Set<String> seen = new LinkedHashSet<>(List.of(congress.id()));
        while (top.upperCongressId() != null && seen.size() < MAX_CONGRESSES_IN_TREE) {
            Optional<CongressFacts> upper = congresses.find(top.upperCongressId());
            if (upper.isEmpty() || !seen.add(upper.get().id())) {
                break;
            }
            top = upper.get();
        }
        Map<String, CongressFacts> all = new LinkedHashMap<>();
        all.put(top.id(), top);
        all.put(congress.id(), congress);
        Deque<String> queue = new ArrayDeque<>(List.of(top.id()));
        while (!queue.isEmpty() && all.size() < MAX_CONGRESSES_IN_TREE) {
            for (CongressFacts lower : congresses.lowerCongresses(queue.poll())) {
                if (all.putIfAbsent(lower.id(), lower) == null) {
                    queue.add(lower.id());
                }
            }
        }
        return new CongressTree(all);
    }

    /** The congresses of one tree by id, each knowing the one above it. */
    private record CongressTree(Map<String, CongressFacts> congresses) {

        /** The congress and those above it within the tree, nearest first. */
        List<CongressFacts> chain(String congressId) {
            List<CongressFacts> chain = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            CongressFacts current = congresses.get(congressId);
            while (current != null && seen.add(current.id())) {
                chain.add(current);
                current = current.upperCongressId() == null ? null : congresses.get(current.upperCongressId());
            }
            return chain;
        }

        /**
         * Whether one list carries the other's delegates on up the levels, so that a person on both is no duplicate:
         * the higher list is sent by the organiser of the lower list's congress, or of a congress between the two
         * (Nhân Lý's delegate to Chi Lăng may be on Chi Lăng's list to the province, not on Hữu Lũng's).
         */
        boolean carriedUp(DelegateListId a, DelegateListId b) {
            return carries(a, b) || carries(b, a);
        }

        private boolean carries(DelegateListId lower, DelegateListId higher) {
            List<CongressFacts> chain = chain(lower.congressId());
            for (int i = 1; i < chain.size(); i++) {
                if (chain.get(i).id().equals(higher.congressId())) {
                    return chain.subList(0, i).stream()
                            .anyMatch(c -> c.organiserUnitCode().equals(higher.unitCode()));
                }
            }
            return false;
        }
    }

    private void store(DelegateList list, List<DelegateListEvent> events) {
        lists.update(list, events);
        if (!events.isEmpty()) {
            relay.nudge();
        }
    }

    /** A list is proposed within the seats the upper congress allocated to the unit: none yet, no list. */
    private static void requireSeats(CongressFacts congress, String unitCode) {
        if (congress.allocation() == null) {
            throw new RuleViolationException("Congress " + congress.id() + " has not allocated its seats yet",
                    List.of(new FieldError("unitCode", "đại hội " + congress.id() + " chưa phân bổ số đại biểu cho"
                            + " các đơn vị: the organiser allocates the seats first")));
        }
        if (congress.seatsOf(unitCode).isEmpty()) {
            throw new RuleViolationException("Unit " + unitCode + " has no seats at congress " + congress.id(),
                    List.of(new FieldError("unitCode", "đơn vị " + unitCode + " không có trong phân bổ đại biểu của"
                            + " đại hội " + congress.id())));
        }
    }

    private static void requireVersion(DelegateList list, Long expected) {
        if (expected != null && expected.longValue() != list.version()) {
            throw new StaleListException(list.id(), list.version(), expected);
        }
    }

    /**
     * A delegate picked from the exemplary people takes their name and, unless given, their position; the person
     * must be an individual of the unit's subtree. What is wrong is added to {@code errors}, each field under
     * {@code prefix}.
     */
    private Delegate resolve(DelegateInput in, String unitCode, String prefix, List<FieldError> errors) {
        String name = in.fullName();
        String position = in.position();
        String picked = in.exemplaryPersonId();
        if (picked != null) {
            Optional<ExemplaryDirectory.Entry> found = exemplary.find(picked);
            if (found.isEmpty()) {
                errors.add(new FieldError(prefix + "exemplaryPersonId", "no exemplary person " + picked + " is known"));
            } else {
                ExemplaryDirectory.Entry person = found.get();
                if (!units.isWithin(person.unitCode(), unitCode)) {
                    errors.add(new FieldError(prefix + "exemplaryPersonId", "belongs to unit " + person.unitCode()
                            + ", outside the subtree of " + unitCode));
                }
                if (!"INDIVIDUAL".equals(person.recipientKind())) {
                    errors.add(new FieldError(prefix + "exemplaryPersonId", "is a collective; a delegate is a person:"
                            + " enter its representative by hand"));
                }
                if (name != null && !Delegate.fold(name).equals(Delegate.fold(person.name()))) {
                    errors.add(new FieldError(prefix + "fullName", "is copied from the exemplary person ("
                            + person.name() + "); leave it out or give the same name"));
                }
                name = person.name();
                position = position != null ? position : person.position();
            }
        }
        return new Delegate(null, name, in.birthYear() == null ? 0 : in.birthYear(), in.gender(), in.ethnicity(),
                position, in.category(), Boolean.TRUE.equals(in.directProducerOrWorker()),
                Boolean.TRUE.equals(in.scientist()), in.sector(), picked);
    }

    private Delegate resolve(DelegateInput in, String unitCode) {
        List<FieldError> errors = new ArrayList<>();
        Delegate delegate = resolve(in, unitCode, "", errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException("The exemplary person cannot be a delegate of " + unitCode, errors);
        }
        return delegate;
    }
}
